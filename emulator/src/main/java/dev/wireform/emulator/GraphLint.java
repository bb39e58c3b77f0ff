package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.PortSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The graph lint run on create and update (422 {@code invalid_graph} unless {@code
 * ?strict=false}). The triggers are the ones the Wireflow skill lists: unknown nodeType,
 * dangling edge, edge to a missing port, cycle; plus duplicate node ids.
 */
final class GraphLint {
  record Violation(String rule, String message, String fix, String nodeId, String edgeId) {
    ObjectNode toJson() {
      ObjectNode o = Json.object();
      o.put("rule", rule);
      o.put("message", message);
      o.put("fix", fix);
      o.put("nodeId", nodeId);
      o.put("edgeId", edgeId);
      return o;
    }
  }

  private final Catalog catalog;

  GraphLint(Catalog catalog) {
    this.catalog = catalog;
  }

  List<Violation> lint(JsonNode workflow) {
    Graph graph = Graph.of(workflow);
    List<Violation> out = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    graph.nodes().forEach(n -> counts.merge(n.id(), 1, Integer::sum));
    Set<String> reported = new HashSet<>();
    for (Graph.GraphNode n : graph.nodes()) {
      if (counts.get(n.id()) > 1 && reported.add(n.id())) {
        out.add(new Violation("duplicate-node-id",
            "Node id '" + n.id() + "' is used by " + counts.get(n.id()) + " nodes",
            "Give every node a unique id", n.id(), null));
      }
      if (n.nodeType() != null && !NodeKinds.isVisualOnly(n.nodeType(), n.reactType())
          && catalog.find(n.nodeType()).isEmpty()) {
        out.add(new Violation("unknown-node-type",
            "Node '" + n.id() + "' has unknown nodeType '" + n.nodeType() + "'",
            "Use a nodeType listed by GET /nodes, or save anyway with ?strict=false", n.id(),
            null));
      }
    }
    for (Graph.GraphEdge e : graph.edges()) {
      Optional<Graph.GraphNode> source = graph.node(nullToEmpty(e.source()));
      Optional<Graph.GraphNode> target = graph.node(nullToEmpty(e.target()));
      if (source.isEmpty() || target.isEmpty()) {
        String missing = source.isEmpty() ? e.source() : e.target();
        out.add(new Violation("dangling-edge",
            "Edge '" + e.id() + "' points to missing node '" + missing + "'",
            "Remove the edge or add node '" + missing + "'", null, e.id()));
        continue;
      }
      checkHandle(out, e, source.get(), e.sourceHandle(), e.sourcePort(), "outputs", "out-",
          "bad-source-handle");
      checkHandle(out, e, target.get(), e.targetHandle(), e.targetPort(), "inputs", "in-",
          "bad-target-handle");
    }
    try {
      graph.topologicalOrder();
    } catch (Graph.CycleException c) {
      out.add(new Violation("cycle", "Nodes form a cycle: " + String.join(" -> ", c.path),
          "Remove one edge of the cycle", c.path.isEmpty() ? null : c.path.get(0), null));
    }
    return out;
  }

  private void checkHandle(
      List<Violation> out, Graph.GraphEdge e, Graph.GraphNode node, String handle, String port,
      String field, String prefix, String rule) {
    if (handle == null) {
      return;
    }
    Optional<List<String>> known = knownPorts(node, field);
    if (known.isEmpty() || matches(known.get(), port)) {
      return;
    }
    String side = field.equals("outputs") ? "output" : "input";
    String expected =
        known.get().stream().map(p -> prefix + p).collect(Collectors.joining(", "));
    out.add(new Violation(rule,
        "Edge '" + e.id() + "' uses " + side + " handle '" + handle + "', which node '"
            + node.id() + "' (" + node.nodeType() + ") does not have",
        "Use one of: " + (expected.isEmpty() ? "(none)" : expected), node.id(), e.id()));
  }

  private Optional<List<String>> knownPorts(Graph.GraphNode node, String field) {
    Optional<List<String>> declared = node.declaredPorts(field);
    if (declared.isPresent()) {
      return declared;
    }
    Optional<NodeType> type = node.nodeType() == null
        ? Optional.empty() : catalog.find(node.nodeType());
    return type.map(t -> (field.equals("outputs") ? t.outputs() : t.inputs()).stream()
        .map(PortSpec::id).collect(Collectors.toList()));
  }

  /** Dynamic ports ({@code image2}, {@code audio_3}) count as their base port. */
  private static boolean matches(List<String> ports, String port) {
    if (ports.contains(port)) {
      return true;
    }
    String base = port.replaceFirst("_?\\d+$", "");
    return !base.equals(port) && ports.contains(base);
  }

  static ArrayNode toJson(List<Violation> violations) {
    ArrayNode a = Json.array();
    violations.forEach(v -> a.add(v.toJson()));
    return a;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
