package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.error;
import static dev.wireform.compiler.check.CheckFixture.fileError;
import static dev.wireform.compiler.check.CheckFixture.located;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.diag.Diagnostic;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ParamTypeMismatchTest {
  private final Check check = new ParamTypeMismatch();

  @Test
  void rejectsStringForIntegerAtTheValueAndSuggestsTheDefault() {
    String line = "    params: { scale_factor: 2x }";
    var workflow =
        workflow(
            located("/nodes/up/params/scale_factor", 3, line, 15, 29),
            node("up", "process:clarityai_crystal_upscaler").param("scale_factor", "2x"));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "ParamTypeMismatch",
                3,
                29,
                "param 'scale_factor' of node 'up' takes an integer, found '2x' (a string)",
                "write a whole number, e.g. 'scale_factor: 2'",
                line));
  }

  @Test
  void rejectsFractionForInteger() {
    var workflow =
        workflow(
            node("up", "process:clarityai_crystal_upscaler")
                .param("scale_factor", new BigDecimal("2.5")));

    assertThat(run(check, workflow))
        .containsExactly(
            fileError(
                "ParamTypeMismatch",
                "param 'scale_factor' of node 'up' takes an integer, found '2.5' (a number)",
                "write a whole number, e.g. 'scale_factor: 2'"));
  }

  @Test
  void acceptsEveryWholeNumberFormForInteger() {
    for (Object value : List.of(2, 2L, new BigDecimal("2.0"), 2.0d, java.math.BigInteger.TWO)) {
      var workflow =
          workflow(node("up", "process:clarityai_crystal_upscaler").param("scale_factor", value));
      assertThat(run(check, workflow)).as("%s", value.getClass()).isEmpty();
    }
  }

  @Test
  void suggestsQuotesForNumberWhereStringIsExpected() {
    var workflow = workflow(node("in", "input:text").param("prompt", 123L));

    assertThat(run(check, workflow))
        .containsExactly(
            fileError(
                "ParamTypeMismatch",
                "param 'prompt' of node 'in' takes a string, found '123' (an integer)",
                "quote it: 'prompt: \"123\"'"));
  }

  @Test
  void suggestsEmptyStringForNull() {
    var workflow = workflow(node("in", "input:text").param("prompt", null));

    assertThat(run(check, workflow))
        .extracting(Diagnostic::message, Diagnostic::fix)
        .containsExactly(
            Tuple.tuple(
                "param 'prompt' of node 'in' takes a string, found null",
                "write an empty string: 'prompt: \"\"'"));
  }

  @Test
  void rejectsQuotedBooleanAndNumberForEnum() {
    var workflow =
        workflow(
            node("gen", "process:text_to_image").param("safe", "yes"),
            node("up", "process:clarityai_crystal_upscaler").param("output_format", 5L));

    assertThat(run(check, workflow))
        .extracting(Diagnostic::message, Diagnostic::fix)
        .containsExactly(
            Tuple.tuple(
                "param 'output_format' of node 'up' takes one of png, jpg, webp, found '5' (an"
                    + " integer)",
                "write one of: png, jpg, webp"),
            Tuple.tuple(
                "param 'safe' of node 'gen' takes true or false, found 'yes' (a string)",
                "write true or false, without quotes"));
  }

  @Test
  void rejectsNonFiniteNumbers() {
    var workflow =
        workflow(node("up", "process:clarityai_crystal_upscaler").param("creativity", Double.NaN));

    assertThat(run(check, workflow))
        .extracting(Diagnostic::message, Diagnostic::fix)
        .containsExactly(
            Tuple.tuple(
                "param 'creativity' of node 'up' takes a number, found 'NaN' (not a finite"
                    + " number)",
                "write a number, e.g. 'creativity: 0'"));
  }

  @Test
  void acceptsAnyJsonButNotJavaObjectsForJsonParams() {
    var ok =
        workflow(
            node("m", "process:image_merge")
                .param("layout", Map.of("grid", Arrays.asList(1L, "a", null, true))));
    var bad = workflow(node("m", "process:image_merge").param("layout", new Object()));

    assertThat(run(check, ok)).isEmpty();
    assertThat(run(check, bad))
        .extracting(Diagnostic::message, Diagnostic::fix)
        .containsExactly(
            Tuple.tuple(
                "param 'layout' of node 'm' takes a JSON value, found a value of Java type"
                    + " java.lang.Object",
                "use only strings, finite numbers, true/false, null, lists and maps with string"
                    + " keys"));
  }
}
