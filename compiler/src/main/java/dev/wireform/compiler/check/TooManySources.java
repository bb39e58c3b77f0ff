package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.PortSpec;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Several different sources are wired into an input that takes one ({@code many: false}). The
 * error points at the second distinct source; a repeated source is {@link DuplicateSource}'s.
 */
public final class TooManySources implements Check {

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    for (Node node : workflow.nodes().values()) {
      NodeType type = workflow.type(node.id()).orElse(null);
      if (type == null) {
        continue;
      }
      for (Map.Entry<String, List<PortRef>> input : node.inputs().entrySet()) {
        PortSpec port = type.input(input.getKey()).orElse(null);
        if (port == null || port.many()) {
          continue;
        }
        List<PortRef> refs = input.getValue();
        List<PortRef> distinct = new ArrayList<>(new LinkedHashSet<>(refs));
        if (distinct.size() < 2) {
          continue;
        }
        int second = refs.indexOf(distinct.get(1));
        List<String> quoted = distinct.stream().map(r -> "'" + r + "'").toList();
        out.add(
            workflow
                .source()
                .errorAtValue(
                    id(),
                    SourceMap.pointer("nodes", node.id(), "inputs", port.id(), second),
                    "input '"
                        + port.id()
                        + "' of node '"
                        + node.id()
                        + "' takes one source, found "
                        + distinct.size()
                        + ": "
                        + String.join(", ", quoted))
                .withFix(
                    // the example names a source that exists, so following it fixes the file
                    distinct.stream()
                            .filter(r -> workflow.nodes().containsKey(r.node()))
                            .findFirst()
                            .map(r -> "keep one source, e.g. '" + port.id() + ": " + r + "'")
                            .orElse("keep one source")
                        + "; to process each, add one "
                        + type.nodeType()
                        + " node per source"));
      }
    }
  }
}
