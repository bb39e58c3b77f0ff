package dev.wireform.compiler.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.wireform.compiler.TestCatalog;
import dev.wireform.compiler.Workflows;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Position;
import dev.wireform.dsl.model.Workflow;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {

  private static Map<String, Position> layout(Workflow workflow) {
    return AutoLayout.positions(WorkflowGraph.of(workflow, TestCatalog.catalog()));
  }

  @Test
  void placesTheGuideInputAtTheOriginAndTheUpscalerFiveHundredToTheRight() {
    assertThat(layout(Workflows.clarityGuide()))
        .containsExactly(
            entry("input-1", new Position(0, 0)), entry("upscale-1", new Position(500, 0)));
  }

  @Test
  void stacksNodesOfOneLayerByIdTwoHundredApart() {
    assertThat(layout(Workflows.fanOut()))
        .containsExactly(
            entry("crystal-2x", new Position(500, 0)),
            entry("crystal-4x", new Position(500, 200)),
            entry("merge", new Position(1000, 0)),
            entry("photo", new Position(0, 0)));
  }

  @Test
  void putsANodeOneLayerAfterItsLongestIncomingPath() {
    Workflow workflow =
        Workflow.builder("k", "N")
            .node(Node.builder("a", "input:image").build())
            .node(bg("b", "a.image"))
            .node(bg("c", "b.image"))
            .node(
                Node.builder("d", "process:image_merge")
                    .input("images", PortRef.parse("a.image"))
                    .input("images", PortRef.parse("c.image"))
                    .build())
            .build();

    assertThat(layout(workflow))
        .containsEntry("a", new Position(0, 0))
        .containsEntry("b", new Position(500, 0))
        .containsEntry("c", new Position(1000, 0))
        .containsEntry("d", new Position(1500, 0));
  }

  @Test
  void keepsPinnedPositionsAndSkipsTheSlotsTheyTake() {
    Workflow workflow =
        Workflow.builder("k", "N")
            .node(Node.builder("a", "input:image").position(new Position(0, 0)).build())
            .node(Node.builder("b", "input:image").build())
            .node(
                Node.builder("c", "process:background_removal")
                    .input("image", PortRef.parse("a.image"))
                    .position(new Position(42.5, -10))
                    .build())
            .build();

    assertThat(layout(workflow))
        .containsExactly(
            entry("a", new Position(0, 0)),
            entry("b", new Position(0, 200)),
            entry("c", new Position(42.5, -10)));
  }

  @Test
  void refusesACycle() {
    Workflow workflow =
        Workflow.builder("loop", "N").node(bg("a", "b.image")).node(bg("b", "a.image")).build();

    assertThatThrownBy(() -> layout(workflow))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workflow 'loop' has a cycle; lay out acyclic graphs only");
  }

  private static Node bg(String id, String from) {
    return Node.builder(id, "process:background_removal")
        .input("image", PortRef.parse(from))
        .build();
  }
}
