package dev.wireform.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.compiler.check.Check;
import dev.wireform.compiler.check.Checks;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.Workflow;
import dev.wireform.dsl.yaml.YamlWorkflowReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check has its page {@code docs/errors/<ID>.md}, and the diagnostics each page shows are
 * exactly what its example produces: the page's {@code yaml} blocks (a path may follow the
 * language, default {@code workflows/example.yaml}) are read, compiled with the built-in catalog
 * and rendered. {@code -Dgolden.update=true} rewrites the pages' {@code text} blocks.
 */
class ErrorDocsTest {
  private static final Path DOCS = Paths.get("../docs/errors");
  private static final Pattern YAML =
      Pattern.compile("```yaml( [^\\n]+)?\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL);

  /** Examples that are not YAML files: too big to show whole, or only possible in Java. */
  private static final Map<String, Supplier<List<Workflow>>> IN_CODE =
      Map.of(
          "TooLarge", ErrorDocsTest::tooLarge,
          "DuplicateNodeId",
          () ->
              List.of(
                  Workflow.builder("product-photos", "Product photos")
                      .node(Node.builder("photo", "input:image").build())
                      .node(Node.builder("photo", "input:text").build())
                      .build()),
          "BlankWorkflowName",
          () ->
              List.of(
                  Workflow.builder("upscale", " ")
                      .node(Node.builder("input-1", "input:text").build())
                      .build()));

  static Stream<String> checks() {
    return Checks.all().stream().map(Check::id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checks")
  void everyCheckHasAPageWhoseExampleGivesTheDiagnosticsItShows(String id) throws IOException {
    Path page = DOCS.resolve(id + ".md");
    assertThat(page).exists();
    String text = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("# " + id + "\n\nSeverity: ")
        .contains("\n## Example\n", "\n## How to fix\n");

    Diagnostics all = new Diagnostics();
    List<Workflow> workflows = new ArrayList<>();
    if (IN_CODE.containsKey(id)) {
      workflows.addAll(IN_CODE.get(id).get());
    } else {
      Matcher yaml = YAML.matcher(text);
      while (yaml.find()) {
        String path = yaml.group(1) == null ? "workflows/example.yaml" : yaml.group(1).strip();
        byte[] content = yaml.group(2).getBytes(StandardCharsets.UTF_8);
        YamlWorkflowReader.read(path, content, all).ifPresent(workflows::add);
      }
      assertThat(workflows).as("the page's yaml examples").isNotEmpty();
    }
    Compilation compilation = new Compiler(Catalog.builtin()).compile(workflows);
    all.addAll(compilation.diagnostics());
    List<Diagnostic> found = all.sorted();
    assertThat(found).extracting(Diagnostic::id).contains(id);
    String severity = found.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow()
        .severity().word();
    assertThat(text).contains("Severity: " + severity + "\n");

    String rendered = new DiagnosticFormatter().format(found);
    Matcher shown = TEXT.matcher(text);
    assertThat(shown.find()).as("a ```text block with the diagnostics").isTrue();
    if (Boolean.getBoolean("golden.update")) {
      String updated =
          text.substring(0, shown.start(1)) + rendered + text.substring(shown.end(1));
      Files.writeString(page, updated, StandardCharsets.UTF_8);
    } else {
      assertThat(shown.group(1)).isEqualTo(rendered);
    }
  }

  private static List<Workflow> tooLarge() {
    StringBuilder yaml = new StringBuilder("name: Everything at once\nnodes:\n");
    for (int i = 1; i <= 101; i++) {
      yaml.append(String.format("  in-%03d:%n    type: input:text%n", i));
    }
    return List.of(
        YamlWorkflowReader.read(
                "workflows/example.yaml",
                yaml.toString().getBytes(StandardCharsets.UTF_8),
                new Diagnostics())
            .orElseThrow());
  }
}
