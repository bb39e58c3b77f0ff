package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.diag.Diagnostics;

/** A workflow's name is empty or only whitespace; Wireflow requires a name. */
public final class BlankWorkflowName implements Check {

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    if (!workflow.workflow().name().isBlank()) {
      return;
    }
    out.add(
        workflow
            .source()
            .errorAtValue(
                id(),
                "/name",
                "workflow '" + workflow.workflow().key() + "' has a blank name '"
                    + workflow.workflow().name() + "'")
            .withFix("set a name, e.g. 'name: " + workflow.workflow().key() + "'"));
  }
}
