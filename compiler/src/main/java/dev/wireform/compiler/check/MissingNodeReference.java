package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.Wire;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.diag.Diagnostics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An input is wired from {@code node.port} where no node of that id is declared. */
public final class MissingNodeReference implements Check {

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    List<String> ids = null;
    // One suggestion per missing id, not per reference: many wires often repeat one typo.
    Map<String, String> suggestion = new HashMap<>();
    for (Wire wire : workflow.wires()) {
      if (workflow.nodes().containsKey(wire.sourceNode())) {
        continue;
      }
      if (ids == null) {
        ids = workflow.nodes().keySet().stream().sorted().toList();
      }
      List<String> all = ids;
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
              .withFix(suggestion.computeIfAbsent(wire.sourceNode(), m -> fix(m, all))));
    }
  }

  private static String fix(String missing, List<String> ids) {
    return Suggestions.didYouMean(missing, ids)
        + "Nodes in this workflow: "
        + Suggestions.list(ids);
  }
}
