package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.Wire;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.diag.Diagnostics;
import java.util.List;

/** An input is wired from {@code node.port} where no node of that id is declared. */
public final class MissingNodeReference implements Check {

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    List<String> ids = null;
    for (Wire wire : workflow.wires()) {
      if (workflow.nodes().containsKey(wire.sourceNode())) {
        continue;
      }
      if (ids == null) {
        ids = workflow.nodes().keySet().stream().sorted().toList();
      }
      out.add(
          workflow
              .source()
              .errorAtValue(
                  id(),
                  wire.pointer(),
                  "input '"
                      + wire.input()
                      + "' of node '"
                      + wire.target()
                      + "' refers to unknown node '"
                      + wire.sourceNode()
                      + "'")
              .withFix(
                  Suggestions.didYouMean(wire.sourceNode(), ids)
                      + "Nodes in this workflow: "
                      + Suggestions.list(ids)));
    }
  }
}
