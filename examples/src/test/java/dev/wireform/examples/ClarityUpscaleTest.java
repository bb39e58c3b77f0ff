package dev.wireform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.compiler.Compilation;
import dev.wireform.compiler.Compiler;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.model.Workflow;
import dev.wireform.dsl.yaml.YamlWorkflowReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide's workflow, written in YAML and in Java, compiles to the guide's request body. */
class ClarityUpscaleTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String YAML = "workflows/clarity-upscale.yaml";

  @Test
  void yamlAndJavaFormsCompileToTheSameJson() throws IOException {
    String fromYaml = compile(yaml());
    String fromJava = compile(new ClarityUpscale().define());

    assertThat(fromJava).isEqualTo(fromYaml);
  }

  @Test
  void compilesToTheGuidesCreateWorkflowBodyWithAnEndpointEdgeId() throws IOException {
    JsonNode compiled = MAPPER.readTree(compile(yaml()));
    JsonNode guide;
    try (InputStream in = getClass().getResourceAsStream("clarity-guide-body.json")) {
      guide = MAPPER.readTree(in);
    }

    // The guide numbers its edge; wireform derives edge ids from their endpoints, so adding a
    // node never renames an existing edge.
    assertThat(compiled.at("/edges/0/id").asText())
        .isEqualTo("input-1.prompt->upscale-1.image_url");
    ((ObjectNode) guide.at("/edges/0")).put("id", compiled.at("/edges/0/id").asText());
    assertThat(compiled).isEqualTo(guide);
  }

  private static Workflow yaml() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Workflow wf =
        YamlWorkflowReader.read(YAML, Files.readAllBytes(Path.of(YAML)), diagnostics)
            .orElseThrow();
    assertThat(diagnostics.sorted()).isEmpty();
    return wf;
  }

  private static String compile(Workflow workflow) {
    Compilation c = new Compiler(Catalog.builtin()).compile(List.of(workflow));
    assertThat(c.diagnostics()).isEmpty();
    return c.workflows().get(0).json();
  }
}
