package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.error;
import static dev.wireform.compiler.check.CheckFixture.located;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.ref;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingNodeReferenceTest {
  private final Check check = new MissingNodeReference();

  @Test
  void reportsReferenceToUndeclaredNodeAndSuggestsTheClosestId() {
    String line = "      image_url: inptu-1.prompt";
    var workflow =
        workflow(
            located("/nodes/up/inputs/image_url/0", 7, line, 7, 18),
            node("up", "process:clarityai_crystal_upscaler")
                .input("image_url", ref("inptu-1.prompt")),
            node("input-1", "input:text"));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "MissingNodeReference",
                7,
                18,
                "input 'image_url' of node 'up' refers to unknown node 'inptu-1'",
                "did you mean 'input-1'? Nodes in this workflow: input-1, up",
                line));
  }

  @Test
  void listsTheNodesWhenNoIdIsClose() {
    var workflow =
        workflow(
            node("up", "process:clarityai_crystal_upscaler")
                .input("image_url", ref("camera.image")),
            node("input-1", "input:text"));

    assertThat(run(check, workflow))
        .singleElement()
        .satisfies(d -> assertThat(d.fix()).isEqualTo("Nodes in this workflow: input-1, up"));
  }

  @Test
  void acceptsReferencesToDeclaredNodesWhateverTheirPort() {
    var workflow =
        workflow(
            node("input-1", "input:text"),
            node("up", "process:clarityai_crystal_upscaler").input("image_url", ref("input-1.x")));

    assertThat(run(check, workflow)).isEmpty();
  }
}
