package dev.wireform.cli.deploy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanJsonTest {
  @Test
  void aBrokenPlanFileNamesTheLineAndColumnOfTheProblem() {
    assertThatThrownBy(() -> PlanJson.read("{\n  \"formatVersion\": 1, oops\n}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not valid JSON at line 2, column 23: Unexpected character ('o' (code 111)): was"
                + " expecting double-quote to start field name");
  }

  @Test
  void aPlanOfAnotherFormatVersionIsRefusedWithHowToFix() {
    assertThatThrownBy(() -> PlanJson.read("{\"formatVersion\": 99}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "plan format version 99 is not supported; this wireform reads version 1: make the"
                + " plan again with this wireform");
  }
}
