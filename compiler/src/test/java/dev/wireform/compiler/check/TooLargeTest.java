package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.fileError;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.ref;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.model.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TooLargeTest {
  private final Check check = new TooLarge();
  private static final String FIX =
      "split it into smaller workflows; run them one after another with 'wireform run'";

  @Test
  void rejectsMoreThanOneHundredNodes() {
    assertThat(run(check, workflow(inputs(101).toArray(Node.Builder[]::new))))
        .containsExactly(
            fileError(
                "TooLarge", "workflow 'w' has 101 nodes, Wireflow accepts at most 100", FIX));
  }

  @Test
  void acceptsExactlyOneHundredNodesAndFiveHundredEdges() {
    List<Node.Builder> nodes = inputs(95);
    nodes.addAll(merges(5, 95, 25));
    var workflow = workflow(nodes.toArray(Node.Builder[]::new));
    assertThat(workflow.nodes()).hasSize(100);
    assertThat(workflow.nodes().stream().mapToInt(n -> n.inputs().values().stream()
        .mapToInt(List::size).sum()).sum()).isEqualTo(500);

    assertThat(run(check, workflow)).isEmpty();
  }

  @Test
  void rejectsMoreThanFiveHundredEdges() {
    List<Node.Builder> nodes = inputs(95);
    nodes.addAll(merges(5, 95, 26));

    assertThat(run(check, workflow(nodes.toArray(Node.Builder[]::new))))
        .containsExactly(
            fileError(
                "TooLarge", "workflow 'w' has 501 edges, Wireflow accepts at most 500", FIX));
  }

  private static List<Node.Builder> inputs(int count) {
    List<Node.Builder> nodes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      nodes.add(node("in-" + i, "input:image"));
    }
    return nodes;
  }

  /** {@code count} merges fed by the first {@code inputs} inputs; the last gets extra wires. */
  private static List<Node.Builder> merges(int count, int inputs, int extra) {
    List<Node.Builder> nodes = new ArrayList<>();
    for (int m = 0; m < count; m++) {
      Node.Builder merge = node("merge-" + m, "process:image_merge");
      for (int i = 0; i < inputs; i++) {
        merge.input("images", ref("in-" + i + ".image"));
      }
      if (m == count - 1) {
        for (int i = 0; i < extra; i++) {
          merge.input("mask", ref("in-" + i + ".image"));
        }
      }
      nodes.add(merge);
    }
    return nodes;
  }
}
