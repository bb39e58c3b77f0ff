package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.error;
import static dev.wireform.compiler.check.CheckFixture.fileError;
import static dev.wireform.compiler.check.CheckFixture.located;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownParamTest {
  private final Check check = new UnknownParam();

  @Test
  void reportsUnknownParamAtItsKeyAndSuggestsTheClosest() {
    String line = "    params: { scale: 2 }";
    var workflow =
        workflow(
            located("/nodes/up/params/scale", 3, line, 15, 22),
            node("up", "process:clarityai_crystal_upscaler").param("scale", 2L));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "UnknownParam",
                3,
                15,
                "node 'up' has no param 'scale'",
                "did you mean 'scale_factor'? Params of process:clarityai_crystal_upscaler:"
                    + " scale_factor, creativity, output_format",
                line));
  }

  @Test
  void suggestsTheParamATypoMeant() {
    var workflow =
        workflow(node("up", "process:clarityai_crystal_upscaler").param("creativty", 0.3));

    assertThat(run(check, workflow))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.fix())
                    .isEqualTo(
                        "did you mean 'creativity'? Params of process:clarityai_crystal_upscaler:"
                            + " scale_factor, creativity, output_format"));
  }

  @Test
  void saysWhenTheTypeTakesNoParams() {
    var workflow = workflow(node("bg", "process:background_removal").param("mode", "fast"));

    assertThat(run(check, workflow))
        .containsExactly(
            fileError(
                "UnknownParam",
                "node 'bg' has no param 'mode'",
                "process:background_removal takes no params; remove 'mode'"));
  }
}
