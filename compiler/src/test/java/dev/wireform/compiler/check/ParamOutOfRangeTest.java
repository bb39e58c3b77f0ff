package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.error;
import static dev.wireform.compiler.check.CheckFixture.fileError;
import static dev.wireform.compiler.check.CheckFixture.located;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ParamOutOfRangeTest {
  private final Check check = new ParamOutOfRange();

  @Test
  void rejectsScaleFactorAboveSixteen() {
    String line = "    params: { scale_factor: 32 }";
    var workflow =
        workflow(
            located("/nodes/up/params/scale_factor", 3, line, 15, 29),
            node("up", "process:clarityai_crystal_upscaler").param("scale_factor", 32L));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "ParamOutOfRange",
                3,
                29,
                "param 'scale_factor' of node 'up' is '32', expected a value from 1 to 16",
                "use a value from 1 to 16 (the default is 2)",
                line));
  }

  @Test
  void rejectsCreativityAboveOneExactly() {
    var workflow =
        workflow(
            node("up", "process:clarityai_crystal_upscaler")
                .param("creativity", new BigDecimal("1.05")));

    assertThat(run(check, workflow))
        .containsExactly(
            fileError(
                "ParamOutOfRange",
                "param 'creativity' of node 'up' is '1.05', expected a value from 0 to 1",
                "use a value from 0 to 1 (the default is 0)"));
  }

  @Test
  void rejectsValueBelowAMinimumWithoutMaximum() {
    var workflow = workflow(node("gen", "process:text_to_image").param("seed", -1L));

    assertThat(run(check, workflow))
        .containsExactly(
            fileError(
                "ParamOutOfRange",
                "param 'seed' of node 'gen' is '-1', expected a value of at least 0",
                "use a value of at least 0"));
  }

  @Test
  void acceptsTheBoundsThemselves() {
    var workflow =
        workflow(
            node("a", "process:clarityai_crystal_upscaler").param("scale_factor", 1L),
            node("b", "process:clarityai_crystal_upscaler").param("scale_factor", 16L),
            node("c", "process:clarityai_crystal_upscaler").param("creativity", 1.0d));

    assertThat(run(check, workflow)).isEmpty();
  }

  @Test
  void rejectsEnumValueOutsideItsListAndSuggestsTheClosest() {
    var workflow =
        workflow(node("up", "process:clarityai_crystal_upscaler").param("output_format", "jpeg"));

    assertThat(run(check, workflow))
        .containsExactly(
            fileError(
                "ParamOutOfRange",
                "param 'output_format' of node 'up' is 'jpeg', expected one of png, jpg, webp",
                "did you mean 'jpg'? use one of: png, jpg, webp"));
  }

  @Test
  void leavesValuesOfTheWrongTypeToParamTypeMismatch() {
    var workflow =
        workflow(node("up", "process:clarityai_crystal_upscaler").param("scale_factor", "99"));

    assertThat(run(check, workflow)).isEmpty();
  }
}
