package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import java.util.List;

/** A node's {@code type} is not a nodeType of the catalog. */
public final class UnknownNodeType implements Check {

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    List<String> known = null;
    for (Node node : workflow.nodes().values()) {
      if (workflow.type(node.id()).isPresent()) {
        continue;
      }
      if (known == null) {
        known = workflow.catalog().all().stream().map(NodeType::nodeType).toList();
      }
      String pointer = SourceMap.pointer("nodes", node.id(), "type");
      out.add(
          workflow
              .source()
              .errorAtValue(
                  id(),
                  pointer,
                  "node '" + node.id() + "' has unknown type '" + node.type() + "'")
              .withFix(fix(node.type(), known)));
    }
  }

  private static String fix(String found, List<String> known) {
    String closest = Suggestions.didYouMean(found, known);
    int colon = found.indexOf(':');
    String category = colon > 0 ? found.substring(0, colon + 1) : "";
    List<String> sameCategory =
        category.isEmpty()
            ? List.<String>of()
            : known.stream().filter(t -> t.startsWith(category)).toList();
    String candidates =
        sameCategory.isEmpty()
            ? "Known types: " + Suggestions.list(known)
            : "Known " + category.substring(0, category.length() - 1) + " types: "
                + Suggestions.list(sameCategory);
    return closest
        + candidates
        + ". If Wireflow has '"
        + found
        + "', declare it in the project's node catalog";
  }
}
