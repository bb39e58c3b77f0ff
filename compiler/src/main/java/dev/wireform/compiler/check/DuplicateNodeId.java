package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Two nodes share an id. YAML rejects the repeated key while reading; the Java builder can
 * declare it, and the first declaration would silently win.
 */
public final class DuplicateNodeId implements Check {

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    Map<String, Integer> extra = new LinkedHashMap<>();
    for (Node node : workflow.duplicateNodes()) {
      extra.merge(node.id(), 1, Integer::sum);
    }
    extra.forEach(
        (id, count) ->
            out.add(
                workflow
                    .source()
                    .errorAtKey(
                        id(),
                        SourceMap.pointer("nodes", id),
                        "node id '" + id + "' is declared " + (count + 1) + " times")
                    .withFix("give each node its own id, e.g. '" + id + "-2'")));
  }
}
