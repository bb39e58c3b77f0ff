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

class PortTypeMismatchTest {
  private final Check check = new PortTypeMismatch();

  @Test
  void rejectsImageIntoAudioAndListsOutputsThatFit() {
    String line = "      audio: photo.image";
    var workflow =
        workflow(
            located("/nodes/speech/inputs/audio/0", 12, line, 7, 14),
            node("photo", "input:image"),
            node("words", "input:text"),
            node("speech", "process:transcribe").input("audio", ref("photo.image")));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "PortTypeMismatch",
                12,
                14,
                "input 'audio' of node 'speech' takes AUDIO, found IMAGE from 'photo.image'",
                "wire an output that can feed AUDIO: words.prompt",
                line));
  }

  @Test
  void suggestsAConverterWhenNoOutputFits() {
    var workflow =
        workflow(
            node("photo", "input:image"),
            node("speech", "process:transcribe").input("audio", ref("photo.image")));

    assertThat(run(check, workflow))
        .containsExactly(
            fileError(
                "PortTypeMismatch",
                "input 'audio' of node 'speech' takes AUDIO, found IMAGE from 'photo.image'",
                "wire an output that can feed AUDIO, or add a node that turns IMAGE into AUDIO"));
  }

  @Test
  void acceptsTextAsAnImageUrlAsInTheWireflowGuide() {
    var workflow =
        workflow(
            node("input-1", "input:text"),
            node("up", "process:clarityai_crystal_upscaler")
                .input("image_url", ref("input-1.prompt")));

    assertThat(run(check, workflow)).isEmpty();
  }

  @Test
  void rejectsImageIntoText() {
    var workflow =
        workflow(
            node("photo", "input:image"),
            node("gen", "process:text_to_image").input("prompt", ref("photo.image")));

    assertThat(run(check, workflow))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .isEqualTo(
                        "input 'prompt' of node 'gen' takes TEXT, found IMAGE from 'photo.image'"));
  }
}
