package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.PortSpec;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import java.util.List;

/**
 * A required input port of a node has no source. A node that also names an input its type does
 * not have is skipped: that is most likely the required input misspelt, and {@link UnknownPort}
 * already says so.
 */
public final class MissingRequiredInput implements Check {

  /** Whether {@code node} leaves a required input of {@code type} without any source. */
  static boolean hasUnwiredRequiredInput(Node node, NodeType type) {
    return type.inputs().stream().anyMatch(port -> unwired(node, port));
  }

  private static boolean unwired(Node node, PortSpec port) {
    return port.required() && node.inputs().getOrDefault(port.id(), List.of()).isEmpty();
  }

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    FeedCandidates candidates = null;
    for (Node node : workflow.nodes().values()) {
      NodeType type = workflow.type(node.id()).orElse(null);
      if (type == null || node.inputs().keySet().stream().anyMatch(i -> type.input(i).isEmpty())) {
        continue;
      }
      for (PortSpec port : type.inputs()) {
        if (!unwired(node, port)) {
          continue;
        }
        if (candidates == null) {
          candidates = new FeedCandidates(workflow);
        }
        List<String> fitting = candidates.forInput(port.type(), node.id());
        String fix =
            fitting.isEmpty()
                ? "add a node with an output that can feed "
                    + port.type()
                    + " and wire it: 'inputs: { "
                    + port.id()
                    + ": <node>.<port> }'"
                : "wire it: 'inputs: { "
                    + port.id()
                    + ": "
                    + fitting.get(0)
                    + " }'; outputs that can feed "
                    + port.type()
                    + ": "
                    + Suggestions.list(fitting);
        out.add(
            workflow
                .source()
                .errorAtKey(
                    id(),
                    SourceMap.pointer("nodes", node.id()),
                    "node '"
                        + node.id()
                        + "' leaves required input '"
                        + port.id()
                        + "' ("
                        + port.type()
                        + ") unconnected")
                .withFix(fix));
      }
    }
  }
}
