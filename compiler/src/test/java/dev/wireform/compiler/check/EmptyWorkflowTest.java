package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.error;
import static dev.wireform.compiler.check.CheckFixture.located;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmptyWorkflowTest {
  private final Check check = new EmptyWorkflow();

  @Test
  void rejectsWorkflowWithoutNodesAtTheNodesKey() {
    var workflow = workflow(located("/nodes", 2, "nodes: {}", 1, 8));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "EmptyWorkflow",
                2,
                1,
                "workflow 'w' has no nodes",
                "declare at least one node under 'nodes', e.g. 'input-1: { type: input:text }'",
                "nodes: {}"));
  }

  @Test
  void acceptsOneNode() {
    assertThat(run(check, workflow(node("in", "input:text")))).isEmpty();
  }
}
