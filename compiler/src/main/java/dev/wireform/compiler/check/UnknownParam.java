package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.ParamSpec;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import java.util.List;

/** A node declares a param its type does not accept. */
public final class UnknownParam implements Check {

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    for (Node node : workflow.nodes().values()) {
      NodeType type = workflow.type(node.id()).orElse(null);
      if (type == null) {
        continue;
      }
      List<String> names = null;
      for (String param : node.params().keySet()) {
        if (type.param(param).isPresent()) {
          continue;
        }
        if (names == null) {
          names = type.params().stream().map(ParamSpec::name).toList();
        }
        String fix =
            names.isEmpty()
                ? type.nodeType() + " takes no params; remove '" + param + "'"
                : Suggestions.didYouMean(param, names)
                    + "Params of "
                    + type.nodeType()
                    + ": "
                    + Suggestions.list(names);
        out.add(
            workflow
                .source()
                .errorAtKey(
                    id(),
                    SourceMap.pointer("nodes", node.id(), "params", param),
                    "node '" + node.id() + "' has no param '" + param + "'")
                .withFix(fix));
      }
    }
  }
}
