package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.error;
import static dev.wireform.compiler.check.CheckFixture.fileError;
import static dev.wireform.compiler.check.CheckFixture.located;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.ref;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingRequiredInputTest {
  private final Check check = new MissingRequiredInput();

  @Test
  void reportsUnwiredRequiredInputAtTheNodeAndListsOutputsThatFit() {
    String line = "  upscale-1:";
    var workflow =
        workflow(
            located("/nodes/upscale-1", 6, line, 3, 13),
            node("photo", "input:image"),
            node("input-1", "input:text"),
            node("upscale-1", "process:clarityai_crystal_upscaler"));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "MissingRequiredInput",
                6,
                3,
                "node 'upscale-1' leaves required input 'image_url' (IMAGE) unconnected",
                "wire it: 'inputs: { image_url: input-1.prompt }'; outputs that can feed IMAGE:"
                    + " input-1.prompt, photo.image",
                line));
  }

  @Test
  void suggestsAddingANodeWhenNothingFits() {
    var workflow = workflow(node("speech", "process:transcribe"));

    assertThat(run(check, workflow))
        .containsExactly(
            fileError(
                "MissingRequiredInput",
                "node 'speech' leaves required input 'audio' (AUDIO) unconnected",
                "add a node with an output that can feed AUDIO and wire it:"
                    + " 'inputs: { audio: <node>.<port> }'"));
  }

  @Test
  void acceptsUnwiredOptionalInput() {
    var workflow =
        workflow(
            node("photo", "input:image"),
            node("merge", "process:image_merge").input("images", ref("photo.image")));

    assertThat(run(check, workflow)).isEmpty();
  }

  @Test
  void staysQuietWhenTheNodeNamesAnUnknownInputThatIsProbablyTheMissingOne() {
    var workflow =
        workflow(
            node("input-1", "input:text"),
            node("up", "process:clarityai_crystal_upscaler")
                .input("image", ref("input-1.prompt")));

    assertThat(run(check, workflow)).isEmpty();
  }

  @Test
  void countsAnInputWiredToAMissingNodeAsConnected() {
    var workflow =
        workflow(
            node("up", "process:clarityai_crystal_upscaler").input("image_url", ref("gone.x")));

    assertThat(run(check, workflow)).isEmpty();
  }
}
