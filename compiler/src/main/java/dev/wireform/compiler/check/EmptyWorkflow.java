package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.diag.Diagnostics;

/** A workflow declares no nodes; Wireflow has nothing to run. */
public final class EmptyWorkflow implements Check {

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    if (!workflow.workflow().nodes().isEmpty()) {
      return;
    }
    out.add(
        workflow
            .source()
            .errorAtKey(id(), "/nodes", "workflow '" + workflow.workflow().key() + "' has no nodes")
            .withFix(
                "declare at least one node under 'nodes', e.g. 'input-1: { type: input:text }'"));
  }
}
