package dev.wireform.compiler.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.compiler.TestCatalog;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Workflow;
import org.junit.jupiter.api.Test;

class WorkflowGraphTest {

  private static WorkflowGraph graph(Node... nodes) {
    Workflow.Builder w = Workflow.builder("k", "N");
    for (Node n : nodes) {
      w.node(n);
    }
    return WorkflowGraph.of(w.build(), TestCatalog.catalog());
  }

  @Test
  void keepsParallelWiresAndSelfLoopsAsDeclaredPointingDownstream() {
    WorkflowGraph g =
        graph(
            Node.builder("a", "input:image").build(),
            Node.builder("m", "process:image_merge")
                .input("images", PortRef.parse("a.image"))
                .input("mask", PortRef.parse("a.image"))
                .input("images", PortRef.parse("m.image"))
                .build());

    assertThat(g.graph().vertexSet()).containsExactly("a", "m");
    assertThat(g.graph().getAllEdges("a", "m"))
        .containsExactlyInAnyOrder(
            new Wire("m", "images", 0, PortRef.parse("a.image")),
            new Wire("m", "mask", 0, PortRef.parse("a.image")));
    assertThat(g.graph().getAllEdges("m", "m"))
        .containsExactly(new Wire("m", "images", 1, PortRef.parse("m.image")));
  }

  @Test
  void listsWiresFromUndeclaredNodesButLeavesThemOutOfTheGraph() {
    WorkflowGraph g =
        graph(
            Node.builder("up", "process:clarityai_crystal_upscaler")
                .input("image_url", PortRef.parse("ghost.image"))
                .build());

    assertThat(g.wires())
        .containsExactly(new Wire("up", "image_url", 0, PortRef.parse("ghost.image")));
    assertThat(g.graph().edgeSet()).isEmpty();
  }

  @Test
  void resolvesTypesAndPortsAndKeepsTheFirstOfARepeatedId() {
    Node first = Node.builder("a", "input:image").build();
    Node second = Node.builder("a", "input:text").build();
    WorkflowGraph g =
        graph(
            first,
            second,
            Node.builder("x", "process:nope").build(),
            Node.builder("up", "process:clarityai_crystal_upscaler")
                .input("image_url", PortRef.parse("a.image"))
                .build());
    Wire wire = g.wires().get(0);

    assertThat(g.node("a")).containsSame(first);
    assertThat(g.duplicateNodes()).containsExactly(second);
    assertThat(g.type("a").orElseThrow().nodeType()).isEqualTo("input:image");
    assertThat(g.type("x")).isEmpty();
    assertThat(g.inputSpec(wire).orElseThrow().id()).isEqualTo("image_url");
    assertThat(g.outputSpec(wire).orElseThrow().id()).isEqualTo("image");
    assertThat(wire.pointer()).isEqualTo("/nodes/up/inputs/image_url/0");
    assertThat(wire.edgeId()).isEqualTo("a.image->up.image_url");
  }
}
