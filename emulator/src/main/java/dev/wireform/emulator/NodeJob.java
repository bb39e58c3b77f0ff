package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One node to run, with the values wired into it.
 *
 * @param executionId the execution it belongs to
 * @param workflowId the workflow it belongs to
 * @param node the node
 * @param inputs input port id to the values wired into it, in edge order
 * @param outputs the node's output ports (declared on the node, else from the catalog)
 */
record NodeJob(
    String executionId,
    String workflowId,
    Graph.GraphNode node,
    Map<String, List<String>> inputs,
    List<OutputPort> outputs) {

  /** An output port and its type ({@code TEXT}, {@code IMAGE}, {@code VIDEO}, ...). */
  record OutputPort(String id, String type) {}

  /** What a node produced: its {@code output} JSON and a value per output port. */
  record Result(ObjectNode output, Map<String, String> values) {}

  NodeJob {
    inputs = Map.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** The first value wired into one of {@code ports}, else into any port. */
  Optional<String> input(String... ports) {
    for (String p : ports) {
      List<String> v = inputs.get(p);
      if (v != null && !v.isEmpty()) {
        return Optional.of(v.get(0));
      }
    }
    return inputs.values().stream().filter(v -> !v.isEmpty()).map(v -> v.get(0)).findFirst();
  }

  /** The first of {@code names} set as a param, as text. */
  Optional<String> textParam(String... names) {
    for (String n : names) {
      Optional<JsonNode> v = node.param(n);
      if (v.isPresent() && v.get().isValueNode()) {
        return Optional.of(v.get().asText());
      }
    }
    return Optional.empty();
  }

  /**
   * An integer param within bounds.
   *
   * @throws NodeFailure naming the param, the bounds and the value found
   */
  int intParam(String name, int dflt, int min, int max) throws NodeFailure {
    Optional<JsonNode> v = node.param(name);
    if (v.isEmpty()) {
      return dflt;
    }
    JsonNode n = v.get();
    BigDecimal d = null;
    if (n.isNumber()) {
      d = n.decimalValue();
    } else if (n.isTextual()) {
      try {
        d = new BigDecimal(n.textValue().trim());
      } catch (NumberFormatException e) {
        d = null;
      }
    }
    if (d == null || d.stripTrailingZeros().scale() > 0
        || d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new NodeFailure(name + " must be an integer from " + min + " to " + max
          + ", found '" + n.asText() + "'");
    }
    return d.intValueExact();
  }

  String describe() {
    return "node '" + node.id() + "' (" + node.nodeType() + ")";
  }
}
