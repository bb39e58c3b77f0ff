package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.Wire;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Warning: a node no input node leads to, so it never receives data when the workflow runs.
 * A node of unknown type, one wired from an undeclared node and one with a required input left
 * unwired count as reachable, and so does what they feed: those are errors of their own, and
 * once fixed the node is most likely wired in; warning now would only add noise.
 */
public final class UnreachableNode implements Check {
  static final String INPUT_CATEGORY = "input";

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    Set<String> roots = new HashSet<>();
    for (Node node : workflow.nodes().values()) {
      NodeType type = workflow.type(node.id()).orElse(null);
      if (type == null
          || type.category().equals(INPUT_CATEGORY)
          || MissingRequiredInput.hasUnwiredRequiredInput(node, type)) {
        roots.add(node.id());
      }
    }
    for (Wire wire : workflow.wires()) {
      if (!workflow.nodes().containsKey(wire.sourceNode())) {
        roots.add(wire.target());
      }
    }
    Set<String> reached = new HashSet<>();
    if (!roots.isEmpty()) {
      new BreadthFirstIterator<>(workflow.graph(), roots).forEachRemaining(reached::add);
    }
    List<String> inputs =
        workflow.nodes().keySet().stream()
            .filter(id -> workflow.type(id).filter(t -> t.category().equals(INPUT_CATEGORY))
                .isPresent())
            .sorted()
            .toList();
    for (String id : workflow.nodes().keySet()) {
      if (reached.contains(id)) {
        continue;
      }
      SourceMap source = workflow.source();
      String fix =
          inputs.isEmpty()
              ? "this workflow has no input node; add one (e.g. input:text or input:image) and"
                  + " wire it towards '" + id + "'"
              : "wire one of its inputs from a node downstream of an input node, or remove it;"
                  + " input nodes: " + Suggestions.list(inputs);
      out.add(
          source
              .at(
                  Diagnostic.warning(
                      id(),
                      source.key(SourceMap.pointer("nodes", id)),
                      "node '" + id + "' is not reachable from any input node"))
              .withFix(fix));
    }
  }
}
