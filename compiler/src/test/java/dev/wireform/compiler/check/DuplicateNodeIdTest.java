package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.fileError;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateNodeIdTest {
  private final Check check = new DuplicateNodeId();

  @Test
  void reportsAnIdDeclaredThreeTimesOnce() {
    var workflow =
        workflow(
            node("in", "input:text"),
            node("in", "input:image"),
            node("up", "process:clarityai_crystal_upscaler"),
            node("in", "input:text"));

    assertThat(run(check, workflow))
        .containsExactly(
            fileError(
                "DuplicateNodeId",
                "node id 'in' is declared 3 times",
                "give each node its own id, e.g. 'in-2'"));
  }

  @Test
  void acceptsDistinctIds() {
    assertThat(run(check, workflow(node("a", "input:text"), node("b", "input:text")))).isEmpty();
  }
}
