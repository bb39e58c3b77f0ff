package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A read-only view of a workflow's {@code nodes} and {@code edges} JSON. */
final class Graph {
  /** A node; {@code data} is the node's {@code data} object (possibly empty). */
  record GraphNode(String id, String reactType, String nodeType, String label, JsonNode data) {
    /**
     * A param, looked up where the public sources put them: {@code data.params}, then {@code
     * data.config}, then directly on {@code data}.
     */
    Optional<JsonNode> param(String name) {
      for (JsonNode holder : List.of(data.path("params"), data.path("config"), data)) {
        JsonNode v = holder.get(name);
        if (v != null && !v.isNull() && !(v.isTextual() && v.textValue().isEmpty())) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }

    /** Port ids the node declares itself in {@code data.inputs} / {@code data.outputs}. */
    Optional<List<String>> declaredPorts(String field) {
      JsonNode ports = data.get(field);
      if (ports == null || !ports.isArray() || ports.isEmpty()) {
        return Optional.empty();
      }
      List<String> ids = new ArrayList<>();
      ports.forEach(p -> {
        if (p.hasNonNull("id")) {
          ids.add(p.get("id").asText());
        }
      });
      return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
    }

    /** The declared type of an output port in {@code data.outputs}, if any. */
    Optional<String> declaredOutputType(String port) {
      for (JsonNode p : data.path("outputs")) {
        if (port.equals(p.path("id").asText()) && p.hasNonNull("type")) {
          return Optional.of(p.get("type").asText());
        }
      }
      return Optional.empty();
    }
  }

  record GraphEdge(
      String id, String source, String target, String sourceHandle, String targetHandle) {
    /** The port id of a handle: {@code out-images} gives {@code images}. */
    static String port(String handle, String prefix) {
      if (handle == null) {
        return null;
      }
      return handle.startsWith(prefix) ? handle.substring(prefix.length()) : handle;
    }

    String sourcePort() {
      return port(sourceHandle, "out-");
    }

    String targetPort() {
      return port(targetHandle, "in-");
    }
  }

  /** The graph has a cycle; {@code path} names its nodes, first node repeated at the end. */
  static final class CycleException extends Exception {
    private static final long serialVersionUID = 1L;
    final List<String> path;

    CycleException(List<String> path) {
      super("cycle: " + String.join(" -> ", path), null, false, false);
      this.path = List.copyOf(path);
    }
  }

  private final List<GraphNode> nodes;
  private final List<GraphEdge> edges;
  private final Map<String, GraphNode> byId = new LinkedHashMap<>();

  private Graph(List<GraphNode> nodes, List<GraphEdge> edges) {
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
    nodes.forEach(n -> byId.putIfAbsent(n.id(), n));
  }

  static Graph of(JsonNode workflow) {
    List<GraphNode> nodes = new ArrayList<>();
    for (JsonNode n : workflow.path("nodes")) {
      JsonNode data = n.path("data");
      if (!data.isObject()) {
        data = Json.object();
      }
      String label = Json.text(data, "label");
      nodes.add(new GraphNode(
          n.path("id").asText(""), Json.text(n, "type"), Json.text(data, "nodeType"),
          label == null ? "" : label, data));
    }
    List<GraphEdge> edges = new ArrayList<>();
    for (JsonNode e : workflow.path("edges")) {
      edges.add(new GraphEdge(
          Json.text(e, "id"), Json.text(e, "source"), Json.text(e, "target"),
          Json.text(e, "sourceHandle"), Json.text(e, "targetHandle")));
    }
    return new Graph(nodes, edges);
  }

  List<GraphNode> nodes() {
    return nodes;
  }

  List<GraphEdge> edges() {
    return edges;
  }

  Optional<GraphNode> node(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Edges into {@code nodeId}, in declaration order. */
  List<GraphEdge> incoming(String nodeId) {
    List<GraphEdge> in = new ArrayList<>();
    for (GraphEdge e : edges) {
      if (nodeId.equals(e.target()) && byId.containsKey(e.source())) {
        in.add(e);
      }
    }
    return in;
  }

  /** {@code target} and every node upstream of it. */
  Set<String> upstreamOf(String target) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(target));
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (seen.add(id)) {
        incoming(id).forEach(e -> todo.push(e.source()));
      }
    }
    return seen;
  }

  /**
   * The nodes in dependency order; among nodes that are ready together, declaration order
   * decides. Edges naming a missing node are ignored.
   */
  List<GraphNode> topologicalOrder() throws CycleException {
    Map<String, Integer> indegree = new HashMap<>();
    Map<String, List<String>> out = new HashMap<>();
    byId.keySet().forEach(id -> {
      indegree.put(id, 0);
      out.put(id, new ArrayList<>());
    });
    for (GraphEdge e : edges) {
      if (byId.containsKey(e.source()) && byId.containsKey(e.target())) {
        out.get(e.source()).add(e.target());
        indegree.merge(e.target(), 1, Integer::sum);
      }
    }
    List<String> order = new ArrayList<>(byId.keySet());
    List<GraphNode> sorted = new ArrayList<>();
    Set<String> done = new HashSet<>();
    boolean progress = true;
    while (progress && sorted.size() < order.size()) {
      progress = false;
      for (String id : order) {
        if (!done.contains(id) && indegree.get(id) == 0) {
          done.add(id);
          sorted.add(byId.get(id));
          out.get(id).forEach(t -> indegree.merge(t, -1, Integer::sum));
          progress = true;
          break;
        }
      }
    }
    if (sorted.size() < order.size()) {
      throw new CycleException(findCycle(out, done));
    }
    return Collections.unmodifiableList(sorted);
  }

  private static List<String> findCycle(Map<String, List<String>> out, Set<String> acyclic) {
    for (String start : out.keySet()) {
      if (acyclic.contains(start)) {
        continue;
      }
      List<String> path = new ArrayList<>();
      if (dfs(start, out, acyclic, path, new HashSet<>(), new HashSet<>())) {
        int from = path.indexOf(path.get(path.size() - 1));
        return path.subList(from, path.size());
      }
    }
    return List.of();
  }

  private static boolean dfs(
      String id, Map<String, List<String>> out, Set<String> acyclic, List<String> path,
      Set<String> onPath, Set<String> dead) {
    path.add(id);
    if (!onPath.add(id)) {
      return true;
    }
    for (String next : out.get(id)) {
      if (!acyclic.contains(next) && !dead.contains(next)
          && dfs(next, out, acyclic, path, onPath, dead)) {
        return true;
      }
    }
    onPath.remove(id);
    dead.add(id);
    path.remove(path.size() - 1);
    return false;
  }
}
