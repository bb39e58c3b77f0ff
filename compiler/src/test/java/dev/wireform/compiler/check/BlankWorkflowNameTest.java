package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.FILE;
import static dev.wireform.compiler.check.CheckFixture.error;
import static dev.wireform.compiler.check.CheckFixture.located;
import static dev.wireform.compiler.check.CheckFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Workflow;
import org.junit.jupiter.api.Test;

class BlankWorkflowNameTest {
  private final Check check = new BlankWorkflowName();

  @Test
  void rejectsWhitespaceNameAtItsValue() {
    var workflow =
        Workflow.builder("upscale", "  ").source(located("/name", 1, "name: '  '", 1, 7)).build();

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "BlankWorkflowName",
                1,
                7,
                "workflow 'upscale' has a blank name '  '",
                "set a name, e.g. 'name: upscale'",
                "name: '  '"));
  }

  @Test
  void acceptsAnyOtherName() {
    var workflow = Workflow.builder("w", "x").source(SourceMap.empty(FILE)).build();
    assertThat(run(check, workflow)).isEmpty();
  }
}
