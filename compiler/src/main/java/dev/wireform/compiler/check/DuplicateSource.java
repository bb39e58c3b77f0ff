package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same source is listed twice for one input. Wireflow would get two identical edges; each
 * repetition after the first is reported.
 */
public final class DuplicateSource implements Check {

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    for (Node node : workflow.nodes().values()) {
      for (Map.Entry<String, List<PortRef>> input : node.inputs().entrySet()) {
        List<PortRef> refs = input.getValue();
        Set<PortRef> seen = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
          if (seen.add(refs.get(i))) {
            continue;
          }
          out.add(
              workflow
                  .source()
                  .errorAtValue(
                      id(),
                      SourceMap.pointer("nodes", node.id(), "inputs", input.getKey(), i),
                      "input '"
                          + input.getKey()
                          + "' of node '"
                          + node.id()
                          + "' lists source '"
                          + refs.get(i)
                          + "' twice")
                  .withFix("remove the repeated '" + refs.get(i) + "'"));
        }
      }
    }
  }
}
