package dev.wireform.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.model.Workflow;
import dev.wireform.dsl.yaml.YamlWorkflowReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden corpus under {@code src/test/resources/golden}: YAML in, whole rendered diagnostics
 * and canonical JSON out, through the real YAML reader, the built-in catalog and the compiler.
 *
 * <ul>
 *   <li>{@code broken/<case>/}: one or more {@code *.yaml} inputs (usually {@code input.yaml};
 *       display paths are relative to the case folder) and {@code expected.diagnostics}: every
 *       diagnostic, rendered by {@link DiagnosticFormatter}. At least one must be an error.
 *   <li>{@code ok/<case>/}: {@code input.yaml} and {@code expected.json}, its canonical JSON;
 *       {@code expected.diagnostics} too when it has warnings.
 * </ul>
 *
 * Run with {@code -Dgolden.update=true} to rewrite the expectations from the current output;
 * review the diff before committing.
 */
class GoldenTest {
  private static final Path ROOT = Paths.get("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Catalog CATALOG = Catalog.builtin();

  static Stream<String> brokenCases() {
    return cases("broken");
  }

  static Stream<String> okCases() {
    return cases("ok");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenCases")
  void brokenInputGivesExactlyTheExpectedDiagnostics(String name) throws IOException {
    Path dir = ROOT.resolve("broken").resolve(name);
    Result result = compile(dir);

    assertThat(result.compilation.hasErrors() || result.readErrors)
        .as("a broken case must have an error")
        .isTrue();
    check(dir.resolve("expected.diagnostics"), result.diagnostics);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("okCases")
  void validInputCompilesToTheExpectedJson(String name) throws IOException {
    Path dir = ROOT.resolve("ok").resolve(name);
    Result result = compile(dir);

    assertThat(result.compilation.hasErrors() || result.readErrors)
        .as("errors in an ok case:\n%s", result.diagnostics)
        .isFalse();
    assertThat(result.compilation.workflows()).hasSize(1);
    check(dir.resolve("expected.json"), result.compilation.workflows().get(0).json());
    Path warnings = dir.resolve("expected.diagnostics");
    if (!result.diagnostics.isEmpty() || Files.exists(warnings)) {
      check(warnings, result.diagnostics);
    }
  }

  @Test
  void theCorpusHasNoOrphanOrStrayFiles() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String kind : List.of("broken", "ok")) {
      try (Stream<Path> dirs = Files.list(ROOT.resolve(kind))) {
        for (Path dir : dirs.sorted().toList()) {
          String where = kind + "/" + dir.getFileName();
          if (!Files.isDirectory(dir)) {
            problems.add(where + " is not a case folder");
            continue;
          }
          if (!Files.exists(dir.resolve("input.yaml"))) {
            problems.add(where + " has no input.yaml");
          }
          String expected = kind.equals("broken") ? "expected.diagnostics" : "expected.json";
          if (!UPDATE && !Files.exists(dir.resolve(expected))) {
            problems.add(where + " has no " + expected);
          }
          Set<String> allowed = Set.of("expected.diagnostics", "expected.json");
          try (Stream<Path> files = Files.walk(dir)) {
            files
                .filter(Files::isRegularFile)
                .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                .filter(f -> !f.endsWith(".yaml") && !allowed.contains(f))
                .forEach(f -> problems.add(where + "/" + f + " is neither an input nor expected"));
          }
          if (kind.equals("broken") && Files.exists(dir.resolve("expected.json"))) {
            problems.add(where + "/expected.json: a broken case compiles to nothing");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(cases("broken").count()).isGreaterThanOrEqualTo(30);
  }

  private static Stream<String> cases(String kind) {
    try (Stream<Path> dirs = Files.list(ROOT.resolve(kind))) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Result(Compilation compilation, String diagnostics, boolean readErrors) {}

  private static Result compile(Path dir) throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.walk(dir)) {
      inputs = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    Diagnostics read = new Diagnostics();
    List<Workflow> workflows = new ArrayList<>();
    for (Path input : inputs) {
      String display = dir.relativize(input).toString().replace('\\', '/');
      YamlWorkflowReader.read(display, Files.readAllBytes(input), read).ifPresent(workflows::add);
    }
    Compilation compilation = new Compiler(CATALOG).compile(workflows);
    Diagnostics all = new Diagnostics();
    all.addAll(read.sorted());
    all.addAll(compilation.diagnostics());
    String rendered = new DiagnosticFormatter().format(all.sorted());
    return new Result(compilation, rendered, read.hasErrors());
  }

  private static void check(Path expectedFile, String actual) throws IOException {
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(expectedFile).as("missing; run with -Dgolden.update=true").exists();
    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }
}
