package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.error;
import static dev.wireform.compiler.check.CheckFixture.fileError;
import static dev.wireform.compiler.check.CheckFixture.located;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.ref;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.model.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleTest {
  private final Check check = new Cycle();

  @Test
  void rejectsCycleBetweenTwoNodesAtTheWireThatClosesIt() {
    String line = "      images: b.image";
    var workflow =
        workflow(
            located("/nodes/a/inputs/images/0", 5, line, 7, 15),
            node("a", "process:image_merge").input("images", ref("b.image")),
            node("b", "process:background_removal").input("image", ref("a.image")));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "Cycle",
                5,
                15,
                "node 'a' feeds its own input through a cycle: 'a' -> 'b' -> 'a'",
                "remove one wire of the cycle, e.g. input 'images' of node 'a' from 'b.image';"
                    + " Wireflow runs a workflow as an acyclic graph",
                line));
  }

  @Test
  void rejectsNodeWiredIntoItself() {
    var workflow = workflow(node("a", "process:background_removal").input("image", ref("a.image")));

    assertThat(run(check, workflow))
        .containsExactly(
            fileError(
                "Cycle",
                "node 'a' feeds its own input: 'a' -> 'a'",
                "remove one wire of the cycle, e.g. input 'image' of node 'a' from 'a.image';"
                    + " Wireflow runs a workflow as an acyclic graph"));
  }

  @Test
  void namesTheNodesInDataFlowOrderWhateverTheDeclarationOrder() {
    var workflow =
        workflow(
            node("c", "process:background_removal").input("image", ref("b.image")),
            node("b", "process:background_removal").input("image", ref("a.image")),
            node("a", "process:image_merge")
                .input("images", ref("photo.image"))
                .input("images", ref("c.image")),
            node("photo", "input:image"));

    assertThat(run(check, workflow))
        .extracting(Diagnostic::message)
        .containsExactly(
            "node 'a' feeds its own input through a cycle: 'a' -> 'b' -> 'c' -> 'a'");
  }

  @Test
  void reportsEachSeparateCycleOnce() {
    var workflow =
        workflow(
            node("a", "process:background_removal").input("image", ref("b.image")),
            node("b", "process:background_removal").input("image", ref("a.image")),
            node("x", "process:background_removal").input("image", ref("y.image")),
            node("y", "process:background_removal").input("image", ref("x.image")));

    assertThat(run(check, workflow))
        .extracting(Diagnostic::message)
        .containsExactly(
            "node 'a' feeds its own input through a cycle: 'a' -> 'b' -> 'a'",
            "node 'x' feeds its own input through a cycle: 'x' -> 'y' -> 'x'");
  }

  @Test
  void acceptsDiamond() {
    var workflow =
        workflow(
            node("in", "input:image"),
            node("l", "process:background_removal").input("image", ref("in.image")),
            node("r", "process:background_removal").input("image", ref("in.image")),
            node("m", "process:image_merge")
                .input("images", ref("l.image"))
                .input("images", ref("r.image")));

    assertThat(run(check, workflow)).isEmpty();
  }

  @Test
  void findsACycleThroughTenThousandNodesWithoutRecursion() {
    List<Node.Builder> nodes = new ArrayList<>();
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      nodes.add(
          node(String.format("n%05d", i), "process:background_removal")
              .input("image", ref(String.format("n%05d.image", (i + n - 1) % n))));
    }
    var workflow = workflow(nodes.toArray(Node.Builder[]::new));

    assertThat(run(check, workflow))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .startsWith("node 'n00000' feeds its own input through a cycle: 'n00000' ->"
                        + " 'n00001' -> 'n00002'")
                    .endsWith("'n09999' -> 'n00000'"));
  }
}
