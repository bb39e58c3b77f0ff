package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.Wire;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.PortSpec;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import java.util.List;

/**
 * An input port name under {@code inputs} is not an input of the node's type, or a reference
 * {@code node.port} names an output port the source node's type does not have. Nodes of an
 * unknown type are left to {@link UnknownNodeType}.
 */
public final class UnknownPort implements Check {

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    for (Node node : workflow.nodes().values()) {
      NodeType type = workflow.type(node.id()).orElse(null);
      if (type == null) {
        continue;
      }
      for (String input : node.inputs().keySet()) {
        if (type.input(input).isEmpty()) {
          out.add(unknownInput(workflow, node, type, input));
        }
      }
    }
    for (Wire wire : workflow.wires()) {
      NodeType sourceType = workflow.type(wire.sourceNode()).orElse(null);
      if (sourceType != null && sourceType.output(wire.output()).isEmpty()) {
        out.add(unknownOutput(workflow, wire, sourceType));
      }
    }
  }

  private Diagnostic unknownInput(WorkflowGraph workflow, Node node, NodeType type, String input) {
    List<String> ports = ids(type.inputs());
    String fix =
        ports.isEmpty()
            ? type.nodeType() + " has no input ports; remove '" + input + "' from 'inputs'"
            : Suggestions.didYouMean(input, ports)
                + "Input ports of "
                + type.nodeType()
                + ": "
                + Suggestions.list(ports);
    return workflow
        .source()
        .errorAtKey(
            id(),
            SourceMap.pointer("nodes", node.id(), "inputs", input),
            "node '" + node.id() + "' has no input port '" + input + "'")
        .withFix(fix);
  }

  private Diagnostic unknownOutput(WorkflowGraph workflow, Wire wire, NodeType sourceType) {
    List<String> ports = ids(sourceType.outputs());
    String fix;
    if (ports.isEmpty()) {
      fix = sourceType.nodeType() + " has no output ports; wire another node into '" + wire.input()
          + "'";
    } else {
      fix =
          Suggestions.closest(wire.output(), ports)
                  .map(p -> "did you mean '" + wire.sourceNode() + "." + p + "'? ")
                  .orElse("")
              + "Output ports of "
              + sourceType.nodeType()
              + ": "
              + Suggestions.list(ports);
    }
    return workflow
        .source()
        .errorAtValue(
            id(),
            wire.pointer(),
            "node '" + wire.sourceNode() + "' has no output port '" + wire.output() + "'")
        .withFix(fix);
  }

  private static List<String> ids(List<PortSpec> ports) {
    return ports.stream().map(PortSpec::id).toList();
  }
}
