package dev.wireform.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wireform.dsl.diag.SourcePosition;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Position;
import dev.wireform.dsl.model.Workflow;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowsTest {

  @Test
  void buildsTheClarityExampleAsTheModelRecords() {
    Workflow wf =
        Workflows.workflow("clarity-upscale")
            .name("ClarityAI Image Upscaler")
            .description("Upscale an image 2x")
            .node("input-1", "input:text").label("Image URL").param("prompt", "")
            .node("upscale-1", "process:clarityai_crystal_upscaler").label("ClarityAI Upscaler")
                .param("scale_factor", 2)
                .input("image_url", "input-1", "prompt")
            .build();

    Workflow expected =
        Workflow.builder("clarity-upscale", "ClarityAI Image Upscaler")
            .description("Upscale an image 2x")
            .node(
                Node.builder("input-1", "input:text")
                    .label("Image URL")
                    .param("prompt", "")
                    .build())
            .node(
                Node.builder("upscale-1", "process:clarityai_crystal_upscaler")
                    .label("ClarityAI Upscaler")
                    .param("scale_factor", 2L)
                    .input("image_url", new PortRef("input-1", "prompt"))
                    .build())
            .source(wf.source())
            .build();
    assertThat(wf).isEqualTo(expected);
  }

  @Test
  void leavesOptionalPartsAtTheirDefaults() {
    Workflow wf = Workflows.workflow("w").name("W").node("a", "input:text").build();

    assertThat(wf.description()).isEmpty();
    assertThat(wf.tags()).isEmpty();
    assertThat(wf.active()).isTrue();
    assertThat(wf.renamedFrom()).isEmpty();
    assertThat(wf.adoptId()).isEmpty();
    assertThat(wf.protect()).isEmpty();
    Node a = wf.nodes().get(0);
    assertThat(a.label()).isEmpty();
    assertThat(a.params()).isEmpty();
    assertThat(a.inputs()).isEmpty();
    assertThat(a.position()).isEmpty();
  }

  @Test
  void setsEveryWorkflowSetting() {
    Workflow wf =
        Workflows.workflow("photos")
            .name("Photos")
            .tags("images", "shop")
            .tags("nightly")
            .active(false)
            .renamedFrom("product-photos", "old-photos")
            .adopt("wf_123")
            .protect(true)
            .node("a", "input:image").position(0, 250.5)
            .build();

    assertThat(wf.tags()).containsExactly("images", "shop", "nightly");
    assertThat(wf.active()).isFalse();
    assertThat(wf.renamedFrom()).containsExactly("product-photos", "old-photos");
    assertThat(wf.adoptId()).contains("wf_123");
    assertThat(wf.protect()).contains(true);
    assertThat(wf.nodes().get(0).position()).contains(new Position(0, 250.5));
  }

  @Test
  void normalisesParamValuesToTheModelTypes() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("width", 640);
    nested.put("ratio", 1.5f);
    nested.put("none", null);
    Node n =
        Workflows.workflow("w")
            .name("W")
            .node("a", "process:x")
                .param("int", 2)
                .param("long", 5_000_000_000L)
                .param("double", 0.3)
                .param("decimal", new BigDecimal("0.10"))
                .param("flag", true)
                .param("text", "png")
                .paramNull("nothing")
                .param("list", Arrays.asList(1, 2.5, "x", null, BigInteger.TEN))
                .param("map", nested)
                .params(Map.of("boxed", Integer.valueOf(7)))
            .build()
            .nodes()
            .get(0);

    Map<String, Object> p = n.params();
    assertThat(p.get("int")).isEqualTo(2L);
    assertThat(p.get("long")).isEqualTo(5_000_000_000L);
    assertThat(p.get("double")).isEqualTo(new BigDecimal("0.3"));
    assertThat(p.get("decimal")).isEqualTo(new BigDecimal("0.10"));
    assertThat(p.get("flag")).isEqualTo(true);
    assertThat(p.get("text")).isEqualTo("png");
    assertThat(p).containsEntry("nothing", null);
    assertThat(p.get("list"))
        .isEqualTo(Arrays.asList(1L, new BigDecimal("2.5"), "x", null, 10L));
    Map<String, Object> expectedMap = new LinkedHashMap<>();
    expectedMap.put("width", 640L);
    expectedMap.put("ratio", new BigDecimal("1.5"));
    expectedMap.put("none", null);
    assertThat(p.get("map")).isEqualTo(expectedMap);
    assertThat(p.get("boxed")).isEqualTo(7L);
    assertThat(p.keySet())
        .containsExactly(
            "int", "long", "double", "decimal", "flag", "text", "nothing", "list", "map", "boxed");
  }

  @Test
  void addsASourceForEachInputCallOfTheSamePort() {
    Node merge =
        Workflows.workflow("w")
            .name("W")
            .node("a", "input:text")
            .node("b", "input:text")
            .node("m", "process:merge")
                .input("texts", "a.prompt")
                .input("texts", new PortRef("b", "prompt"))
            .build()
            .node("m")
            .orElseThrow();

    assertThat(merge.inputs())
        .containsExactly(
            Map.entry("texts", List.of(new PortRef("a", "prompt"), new PortRef("b", "prompt"))));
  }

  @Test
  void recordsTheLineOfEachBuilderCallUnderTheYamlPointers() {
    int line = here();
    Workflow wf =
        Workflows.workflow("w") // +2
            .name("W") // +3
            .description("d") // +4
            .node("in", "input:text") // +5
            .label("In") // +6
            .node("up", "process:clarityai_crystal_upscaler") // +7
            .param("scale_factor", 99) // +8
            .input("image_url", "in.prompt") // +9
            .input("image_url", "in", "other") // +10
            .position(500, 0) // +11
            .build();

    var source = wf.source();
    assertThat(source.file()).isEqualTo("WorkflowsTest.java");
    assertThat(source.key("")).isEqualTo(at(line + 2));
    assertThat(source.key("/name")).isEqualTo(at(line + 3));
    assertThat(source.key("/description")).isEqualTo(at(line + 4));
    assertThat(source.key("/nodes/in")).isEqualTo(at(line + 5));
    assertThat(source.key("/nodes/in/type")).isEqualTo(at(line + 5));
    assertThat(source.key("/nodes/in/label")).isEqualTo(at(line + 6));
    assertThat(source.key("/nodes/up")).isEqualTo(at(line + 7));
    assertThat(source.value("/nodes/up/params/scale_factor")).isEqualTo(at(line + 8));
    assertThat(source.key("/nodes/up/inputs/image_url")).isEqualTo(at(line + 9));
    assertThat(source.value("/nodes/up/inputs/image_url/0")).isEqualTo(at(line + 9));
    assertThat(source.value("/nodes/up/inputs/image_url/1")).isEqualTo(at(line + 10));
    assertThat(source.key("/nodes/up/position")).isEqualTo(at(line + 11));
    // Parts never declared fall back to the nearest recorded parent.
    assertThat(source.key("/nodes/up/params/creativity")).isEqualTo(at(line + 7));
    assertThat(source.key("/nodes")).isEqualTo(at(line + 2));
  }

  @Test
  void rejectsANodeDeclaredTwice() {
    NodeStep step = Workflows.workflow("clarity").name("C").node("x", "input:text");

    assertThatThrownBy(() -> step.node("x", "input:image"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node 'x' already declared in workflow 'clarity'");
  }

  @Test
  void rejectsMalformedNodeIds() {
    WorkflowStep step = Workflows.workflow("w").name("W");

    assertThatThrownBy(() -> step.node("in.put", "input:text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid node id 'in.put' in workflow 'w': ids hold only letters, digits, '_' and"
                + " '-'");
    assertThatThrownBy(() -> step.node(" ", "input:text"))
        .hasMessage(
            "invalid node id ' ' in workflow 'w': ids hold only letters, digits, '_' and '-'");
    assertThatThrownBy(() -> step.node("a", ""))
        .hasMessage("type of node 'a' in workflow 'w' is blank");
  }

  @Test
  void rejectsMalformedWorkflowKeysAndNames() {
    assertThatThrownBy(() -> Workflows.workflow("my flow"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid workflow key 'my flow': keys must be non-blank, without whitespace or '/'");
    assertThatThrownBy(() -> Workflows.workflow("w").name(" "))
        .hasMessage("name of workflow 'w' is blank");
    assertThatThrownBy(() -> Workflows.workflow(null)).hasMessage("key == null");
  }

  @Test
  void rejectsAMalformedPortReference() {
    NodeStep step = Workflows.workflow("w").name("W").node("up", "process:x");

    assertThatThrownBy(() -> step.input("image_url", "input1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "input 'image_url' of node 'up' in workflow 'w' expects 'node.output', found"
                + " 'input1'");
  }

  @Test
  void rejectsSettingAPartTwice() {
    NodeStep node = Workflows.workflow("w").name("W").node("up", "process:x")
        .label("Up").param("scale_factor", 2).position(1, 2);

    assertThatThrownBy(() -> node.label("Again"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("label already set on node 'up' in workflow 'w'");
    assertThatThrownBy(() -> node.param("scale_factor", 4))
        .hasMessage("param 'scale_factor' already set on node 'up' in workflow 'w'");
    assertThatThrownBy(() -> node.position(3, 4))
        .hasMessage("position already set on node 'up' in workflow 'w'");

    WorkflowStep wf = Workflows.workflow("w").name("W").description("d").active(true);
    assertThatThrownBy(() -> wf.description("e"))
        .hasMessage("description already set in workflow 'w'");
    assertThatThrownBy(() -> wf.active(false)).hasMessage("active already set in workflow 'w'");
  }

  @Test
  void rejectsParamValuesOutsideTheModel() {
    NodeStep node = Workflows.workflow("w").name("W").node("up", "process:x");

    assertThatThrownBy(() -> node.param("when", List.of(new Object())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "param 'when' of node 'up' in workflow 'w': unsupported value type java.lang.Object;"
                + " expected text, number, boolean, null, list or map");
    assertThatThrownBy(() -> node.param("ratio", Double.NaN))
        .hasMessage("param 'ratio' of node 'up' in workflow 'w': value must be finite, found NaN");
    assertThatThrownBy(() -> node.params(Map.of("m", Map.of(1, "x"))))
        .hasMessage(
            "param 'm' of node 'up' in workflow 'w': map keys must be text, found"
                + " java.lang.Integer '1'");
    assertThatThrownBy(() -> node.position(Double.POSITIVE_INFINITY, 0))
        .hasMessage("position of node 'up' in workflow 'w' must be finite, found Infinity, 0.0");
  }

  private static int here() {
    return StackWalker.getInstance().walk(s -> s.skip(1).findFirst()).orElseThrow().getLineNumber();
  }

  private static SourcePosition at(int line) {
    return new SourcePosition("WorkflowsTest.java", line, 0);
  }
}
