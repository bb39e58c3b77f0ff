package dev.wireform.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.compiler.Compilation;
import dev.wireform.compiler.CompiledWorkflow;
import dev.wireform.compiler.Compiler;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.model.Workflow;
import dev.wireform.dsl.yaml.YamlWorkflowReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What wireform compiles, the emulator accepts and runs: the bundled YAML examples end to end. */
class CompiledExamplesTest {
  static final Path EXAMPLES = Path.of("..", "examples", "workflows");
  static final String WEBP_FAILURE = "output_format 'webp' is not supported by the emulator";

  @TempDir Path dir;
  @TempDir Path images;

  @Test
  void everyYamlExampleIsAcceptedWithoutLintErrorsAndRuns() throws Exception {
    List<Workflow> workflows = new ArrayList<>();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".yaml")).sorted()
          ::iterator) {
        Diagnostics d = new Diagnostics();
        workflows.add(YamlWorkflowReader.read(f.toString(), Files.readAllBytes(f), d)
            .orElseThrow(() -> new AssertionError(f + ": " + d.sorted())));
      }
    }
    Compilation compiled = new Compiler(Catalog.builtin()).compile(workflows);
    assertThat(compiled.hasErrors()).as(compiled.diagnostics().toString()).isFalse();
    assertThat(compiled.workflows()).hasSizeGreaterThanOrEqualTo(4);
    String photo = Fixtures.png(images, "photo.png", 40, 30, true).toUri().toString();

    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      Http http = new Http(s);
      for (CompiledWorkflow w : compiled.workflows()) {
        Http.Response created = http.post("workflows", w.json());
        assertThat(created.status()).as(w.key() + ": " + created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();

        ObjectNode inputs = Json.object();
        for (JsonNode in : http.get("workflows/" + id + "/run").json().get("data").get("inputs")) {
          if (in.get("required").asBoolean()) {
            inputs.put(in.get("nodeId").asText(), photo);
          }
        }
        Http.Response run = http.post("workflows/" + id + "/run", "{\"inputs\":" + inputs + "}");
        assertThat(run.status()).as(w.key() + ": " + run.body()).isEqualTo(202);
        assertThat(s.awaitIdle(Duration.ofSeconds(60))).isTrue();
        JsonNode poll = http.get("workflows/executions/"
            + run.json().get("executionId").asText() + "/poll").json();

        if (poll.get("status").asText().equals("FAILED")) {
          assertThat(poll.get("error").asText()).as(w.key()).contains(WEBP_FAILURE);
        } else {
          assertThat(poll.get("status").asText()).as(w.key()).isEqualTo("COMPLETED");
          assertThat(poll.get("finalOutput").get("url").asText()).startsWith(s.rootUrl());
        }
      }
    }
  }
}
