package dev.wireform.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphDifferTest {
  private final Normalizer normalizer = new Normalizer(ParamDefaults.NONE);

  private WorkflowDiff diff(Spec before, Spec after) {
    return diff(before.json(), after.json());
  }

  private WorkflowDiff diff(ObjectNode before, ObjectNode after) {
    return GraphDiffer.diff(
        normalizer.normalize(before, Set.of()), normalizer.normalize(after, Set.of()));
  }

  private static List<String> lines(WorkflowDiff d) {
    Change.Update u =
        new Change.Update("k", "n", "id", "t", Json.object(), Set.of(), "h", d);
    return DiffLines.of(u).stream()
        .map(l -> "    ".repeat(l.depth()) + l.symbol() + " " + l.text())
        .toList();
  }

  @Test
  void equalWorkflowsHaveAnEmptyDiff() {
    assertThat(diff(Spec.clarity("c", "C"), Spec.clarity("c", "C")).isEmpty()).isTrue();
  }

  @Test
  void aParamChangeNamesItsPath() {
    WorkflowDiff d =
        diff(Spec.clarity("c", "C"), Spec.clarity("c", "C").param("upscale-1", "scale_factor", 4));
    assertThat(lines(d))
        .containsExactly(
            "~ node upscale-1 (process:clarityai_crystal_upscaler)",
            "    ~ params.scale_factor: 2 → 4");
  }

  @Test
  void nestedParamsAreWalkedAndArraysCompareWhole() {
    Spec before = Spec.wf("c", "C").node("r", "video:remotion", "R",
        Map.of("sceneGraph", Map.of("fps", 30, "scenes", List.of("a", "b"))));
    Spec after = Spec.wf("c", "C").node("r", "video:remotion", "R",
        Map.of("sceneGraph", Map.of("fps", 24, "scenes", List.of("a", "b", "c")), "seed", 7));
    assertThat(lines(diff(before, after)))
        .containsExactly(
            "~ node r (video:remotion)",
            "    ~ params.sceneGraph.fps: 30 → 24",
            "    ~ params.sceneGraph.scenes: [\"a\",\"b\"] → [\"a\",\"b\",\"c\"]",
            "    + params.seed: 7");
  }

  @Test
  void insertingANodeIsOneAdditionNotAShiftOfEveryLaterNode() {
    Spec before = Spec.clarity("c", "C");
    Spec after = Spec.wf("c", "C")
        .node("input-0", "input:text", "Prompt", Map.of("prompt", "cat"))
        .node("input-1", "input:text", "Image URL", Map.of("prompt", ""))
        .node("upscale-1", "process:clarityai_crystal_upscaler", "ClarityAI Upscaler",
            Map.of("scale_factor", 2))
        .edge("input-1", "prompt", "upscale-1", "image_url");
    assertThat(lines(diff(before, after)))
        .containsExactly("+ node input-0 (input:text) \"Prompt\"");
  }

  @Test
  void anInputWiredToAnotherSourceIsOneRewire() {
    Spec before = Spec.clarity("c", "C").node("input-2", "input:text", "Other", Map.of());
    Spec after = Spec.wf("c", "C")
        .node("input-1", "input:text", "Image URL", Map.of("prompt", ""))
        .node("upscale-1", "process:clarityai_crystal_upscaler", "ClarityAI Upscaler",
            Map.of("scale_factor", 2))
        .node("input-2", "input:text", "Other", Map.of())
        .edge("input-2", "prompt", "upscale-1", "image_url");
    assertThat(lines(diff(before, after)))
        .containsExactly("~ input upscale-1.image_url: input-1.prompt → input-2.prompt");
  }

  @Test
  void removedNodesLabelsTagsAndFieldsAreListed() {
    Spec before = Spec.clarity("c", "Old name").tag("keep").tag("drop")
        .node("note", "utility:sticky_note", "Note", Map.of());
    Spec after = Spec.clarity("c", "New name").tag("keep").tag("new").active(false);
    ObjectNode a = after.json();
    ((ObjectNode) a.withArray("nodes").get(0).get("data")).put("label", "URL");
    assertThat(lines(diff(before.json(), a)))
        .containsExactly(
            "~ name: \"Old name\" → \"New name\"",
            "~ isActive: true → false",
            "+ tag \"new\"",
            "- tag \"drop\"",
            "- node note (utility:sticky_note) \"Note\"",
            "~ node input-1 (input:text)",
            "    ~ label: \"Image URL\" → \"URL\"");
  }

  @Test
  void aChangedNodeTypeIsReported() {
    Spec before = Spec.clarity("c", "C");
    ObjectNode after = before.json();
    ((ObjectNode) after.withArray("nodes").get(1).get("data"))
        .put("nodeType", "process:clarityai_creative_upscaler");
    assertThat(lines(diff(before.json(), after)))
        .containsExactly(
            "~ node upscale-1 (process:clarityai_creative_upscaler)",
            "    ~ nodeType: \"process:clarityai_crystal_upscaler\" →"
                + " \"process:clarityai_creative_upscaler\"");
  }

  @Test
  void longValuesAreCutWithTheirLength() {
    String prompt = "x".repeat(300);
    Spec before = Spec.clarity("c", "C");
    Spec after = Spec.clarity("c", "C").param("input-1", "prompt", prompt);
    assertThat(lines(diff(before, after)).get(1))
        .isEqualTo("    ~ params.prompt: \"\" → \"" + "x".repeat(119) + "… (302 chars)");
  }
}
