package dev.wireform.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Workflow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  private static String compile(Workflow workflow) {
    Compilation c = new Compiler(TestCatalog.catalog()).compile(List.of(workflow));
    assertThat(c.diagnostics()).isEmpty();
    return c.workflows().get(0).json();
  }

  @Test
  void compilingTheSameWorkflowTwiceGivesIdenticalBytes() {
    byte[] first = compile(Workflows.fanOut()).getBytes(StandardCharsets.UTF_8);
    byte[] second = compile(Workflows.fanOut()).getBytes(StandardCharsets.UTF_8);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void permutingNodesParamsInputsAndSourcesChangesNoByte() {
    String expected = compile(Workflows.fanOut());
    Random random = new Random(42);
    for (int round = 0; round < 25; round++) {
      assertThat(compile(permuted(Workflows.fanOut(), random))).isEqualTo(expected);
    }
  }

  @Test
  void reorderingYamlKeysChangesNoByte() throws Exception {
    String declared =
        """
        name: Upscale
        description: d
        nodes:
          photo:
            type: input:image
          up:
            type: process:clarityai_crystal_upscaler
            label: Big
            params: { scale_factor: 4, creativity: 0.5, output_format: webp }
            inputs:
              image_url: photo.image
          merge:
            type: process:image_merge
            inputs:
              images: [up.images, photo.image]
        """;
    String reordered =
        """
        nodes:
          merge:
            inputs:
              images: [photo.image, up.images]
            type: process:image_merge
          up:
            inputs:
              image_url: photo.image
            params: { output_format: webp, creativity: 0.5, scale_factor: 4 }
            label: Big
            type: process:clarityai_crystal_upscaler
          photo:
            type: input:image
        description: d
        name: Upscale
        """;

    assertThat(compile(yaml(reordered))).isEqualTo(compile(yaml(declared)));
  }

  private static Workflow yaml(String text) {
    dev.wireform.dsl.diag.Diagnostics read = new dev.wireform.dsl.diag.Diagnostics();
    Workflow workflow =
        dev.wireform.dsl.yaml.YamlWorkflowReader.read(
                "w.yaml", text.getBytes(StandardCharsets.UTF_8), read)
            .orElseThrow();
    assertThat(read.sorted()).isEmpty();
    return workflow;
  }

  @Test
  void addingANodeKeepsEveryExistingEdgeAsItWas() throws Exception {
    Workflow before = Workflows.fanOut();
    Workflow after =
        before.toBuilder()
            .node(
                Node.builder("a-first", "process:clarityai_crystal_upscaler")
                    .input("image_url", PortRef.parse("photo.image"))
                    .build())
            .build();

    Map<String, JsonNode> edgesBefore = edges(compile(before));
    Map<String, JsonNode> edgesAfter = edges(compile(after));

    assertThat(edgesBefore).hasSize(4);
    assertThat(edgesAfter).containsAllEntriesOf(edgesBefore).hasSize(5);
  }

  private static Map<String, JsonNode> edges(String json) throws Exception {
    Map<String, JsonNode> byId = new HashMap<>();
    new ObjectMapper().readTree(json).get("edges").forEach(e -> byId.put(e.get("id").asText(), e));
    return byId;
  }

  /** The same workflow with nodes, params, inputs and many-sources in a random order. */
  private static Workflow permuted(Workflow workflow, Random random) {
    List<Node> nodes = new ArrayList<>();
    for (Node node : workflow.nodes()) {
      Node.Builder b = Node.builder(node.id(), node.type()).label(node.label());
      node.position().ifPresent(b::position);
      shuffled(node.params(), random).forEach(b::param);
      shuffled(node.inputs(), random)
          .forEach(
              (port, refs) -> {
                List<PortRef> copy = new ArrayList<>(refs);
                Collections.shuffle(copy, random);
                copy.forEach(r -> b.input(port, r));
              });
      nodes.add(b.build());
    }
    Collections.shuffle(nodes, random);
    Workflow.Builder w =
        Workflow.builder(workflow.key(), workflow.name())
            .description(workflow.description())
            .active(workflow.active());
    workflow.tags().forEach(w::tag);
    nodes.forEach(w::node);
    return w.build();
  }

  private static <V> Map<String, V> shuffled(Map<String, V> map, Random random) {
    List<String> keys = new ArrayList<>(map.keySet());
    Collections.shuffle(keys, random);
    Map<String, V> out = new LinkedHashMap<>();
    keys.forEach(k -> out.put(k, map.get(k)));
    return out;
  }
}
