package dev.wireform.compiler.json;

import dev.wireform.compiler.graph.Wire;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.PortSpec;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.Position;
import dev.wireform.dsl.model.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a workflow as the body of Wireflow's {@code POST /workflows}, canonically: the same
 * workflow always gives the same bytes, however its YAML keys or builder calls were ordered.
 *
 * <pre>
 * {name, description?, tags?, isActive?,
 *  nodes: [{id, type: "basedNode", position: {x, y},
 *           data: {label, nodeType, category, params,
 *                  inputs: [{id, type, label}], outputs: [{id, type, label}]}}],
 *  edges: [{id, source, target, sourceHandle: "out-PORT", targetHandle: "in-PORT"}]}
 * </pre>
 *
 * <ul>
 *   <li>Fields in exactly that order. {@code description} is left out when empty, {@code tags}
 *       when empty, {@code isActive} when true (Wireflow's default), so the guide's example
 *       compiles to the guide's body.
 *   <li>Nodes sorted by id, edges by id. An edge id is {@code <source>.<output>-><target>.<input>}
 *       ({@link Wire#edgeId()}), so adding a node never renames an existing edge.
 *   <li>{@code label} defaults to the catalog's label. {@code params} holds the declared params
 *       only, keys sorted (also inside nested maps): catalog defaults are not injected, because
 *       Wireflow applies them itself and a later catalog default change must not rewrite every
 *       workflow. Ports, port types and the category come from the catalog, in catalog order.
 *   <li>Numbers in their shortest exact plain form ({@code 500}, {@code 0.3}, never {@code 500.0}
 *       or {@code 1E+3}); 2-space indent, LF, final newline; non-ASCII text written as UTF-8.
 * </ul>
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /**
   * The canonical JSON of a workflow that passed every check.
   *
   * @param positions every node's canvas position (see {@code AutoLayout.positions})
   * @throws IllegalArgumentException when a node's type or a wire's port is unknown, a position
   *     is missing or a param value is not JSON: the checks reject such workflows first
   */
  public static String write(WorkflowGraph workflow, Map<String, Position> positions) {
    Workflow w = workflow.workflow();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", w.name());
    if (!w.description().isEmpty()) {
      root.put("description", w.description());
    }
    if (!w.tags().isEmpty()) {
      root.put("tags", w.tags());
    }
    if (!w.active()) {
      root.put("isActive", false);
    }
    List<Object> nodes = new ArrayList<>();
    workflow.nodes().values().stream()
        .sorted(Comparator.comparing(Node::id))
        .forEach(n -> nodes.add(node(workflow, n, positions)));
    root.put("nodes", nodes);
    Map<String, Wire> byEdgeId = new TreeMap<>();
    for (Wire wire : workflow.wires()) {
      requirePorts(workflow, wire);
      if (byEdgeId.put(wire.edgeId(), wire) != null) {
        throw new IllegalArgumentException("edge '" + wire.edgeId() + "' is declared twice");
      }
    }
    List<Object> edges = new ArrayList<>();
    for (Map.Entry<String, Wire> e : byEdgeId.entrySet()) {
      Wire wire = e.getValue();
      Map<String, Object> edge = new LinkedHashMap<>();
      edge.put("id", e.getKey());
      edge.put("source", wire.sourceNode());
      edge.put("target", wire.target());
      edge.put("sourceHandle", "out-" + wire.output());
      edge.put("targetHandle", "in-" + wire.input());
      edges.add(edge);
    }
    root.put("edges", edges);
    return JsonText.print(root, 1024 + 900 * nodes.size() + 200 * edges.size());
  }

  private static Map<String, Object> node(
      WorkflowGraph workflow, Node node, Map<String, Position> positions) {
    NodeType type =
        workflow
            .type(node.id())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "node '" + node.id() + "' has unknown type '" + node.type() + "'"));
    Position at = positions.get(node.id());
    if (at == null) {
      throw new IllegalArgumentException("no position for node '" + node.id() + "'");
    }
    Map<String, Object> position = new LinkedHashMap<>();
    position.put("x", at.x());
    position.put("y", at.y());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("label", node.label().isEmpty() ? type.label() : node.label());
    data.put("nodeType", type.nodeType());
    data.put("category", type.category());
    data.put("params", sorted(node.params()));
    data.put("inputs", ports(type.inputs()));
    data.put("outputs", ports(type.outputs()));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", node.id());
    json.put("type", "basedNode");
    json.put("position", position);
    json.put("data", data);
    return json;
  }

  private static List<Object> ports(List<PortSpec> ports) {
    List<Object> list = new ArrayList<>();
    for (PortSpec port : ports) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", port.id());
      p.put("type", port.type().name());
      p.put("label", port.label());
      list.add(p);
    }
    return list;
  }

  /** A copy with every map's keys sorted, so declaration order never shows. */
  private static Object sorted(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new TreeMap<>();
      map.forEach(
          (k, v) -> {
            if (!(k instanceof String key)) {
              throw new IllegalArgumentException("not a JSON object key: " + k);
            }
            copy.put(key, sorted(v));
          });
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(CanonicalJson::sorted).toList();
    }
    return value;
  }

  private static void requirePorts(WorkflowGraph workflow, Wire wire) {
    if (workflow.inputSpec(wire).isEmpty() || workflow.outputSpec(wire).isEmpty()) {
      throw new IllegalArgumentException("wire '" + wire.edgeId() + "' has an unknown port");
    }
  }
}
