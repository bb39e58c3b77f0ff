package dev.wireform.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.PortSpec;
import dev.wireform.dsl.catalog.PortType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow's graph as the server holds it ({@code GET /workflows/{id}}): what the runner checks
 * inputs against and what tells output nodes (those nothing else reads from) apart.
 */
public final class DeployedGraph {
  /**
   * One node.
   *
   * @param nodeType {@code data.nodeType}, empty when the server sent none
   * @param params {@code data.params} (with {@code data.config} under it, as Wireflow mirrors
   *     config into params)
   * @param inputPorts declared input port types ({@code data.inputs}), by port id
   */
  public record Node(
      String id,
      String label,
      String nodeType,
      String category,
      ObjectNode params,
      Map<String, PortType> inputPorts) {
    public Node {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(label, "label == null");
      Objects.requireNonNull(nodeType, "nodeType == null");
      Objects.requireNonNull(category, "category == null");
      params = params.deepCopy();
      inputPorts = Map.copyOf(inputPorts);
    }

    @Override
    public ObjectNode params() {
      return params.deepCopy();
    }

    /** Whether this node takes a run's data: an {@code input:*} node or category {@code input}. */
    public boolean isInput() {
      return nodeType.startsWith("input:") || category.equals("input");
    }

    /** {@code 'upscale-1' (ClarityAI Upscaler)}, or just the quoted id without a label. */
    public String describe() {
      return "'" + id + "'" + (label.isEmpty() || label.equals(id) ? "" : " (" + label + ")");
    }
  }

  /** One edge, with the port ids taken from the {@code out-}/{@code in-} handles. */
  public record Edge(String source, String sourcePort, String target, String targetPort) {}

  private final String workflowId;
  private final String name;
  private final Map<String, Node> nodes;
  private final List<Edge> edges;

  private DeployedGraph(String workflowId, String name, Map<String, Node> nodes, List<Edge> edges) {
    this.workflowId = workflowId;
    this.name = name;
    this.nodes = nodes;
    this.edges = edges;
  }

  /** Reads a workflow body; nodes without an id are skipped. */
  public static DeployedGraph of(String workflowId, JsonNode workflow) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (JsonNode n : workflow.path("nodes")) {
      String id = n.path("id").asText("");
      if (id.isEmpty() || nodes.containsKey(id)) {
        continue;
      }
      JsonNode data = n.path("data");
      ObjectNode params = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      if (data.path("config").isObject()) {
        params.setAll((ObjectNode) data.get("config"));
      }
      if (data.path("params").isObject()) {
        params.setAll((ObjectNode) data.get("params"));
      }
      Map<String, PortType> ports = new LinkedHashMap<>();
      for (JsonNode p : data.path("inputs")) {
        portType(p.path("type").asText("")).ifPresent(t -> ports.put(p.path("id").asText(""), t));
      }
      nodes.put(
          id,
          new Node(
              id,
              data.path("label").asText(""),
              data.path("nodeType").asText(""),
              data.path("category").asText(""),
              params,
              ports));
    }
    List<Edge> edges = new ArrayList<>();
    for (JsonNode e : workflow.path("edges")) {
      edges.add(
          new Edge(
              e.path("source").asText(""),
              port(e.path("sourceHandle").asText(""), "out-"),
              e.path("target").asText(""),
              port(e.path("targetHandle").asText(""), "in-")));
    }
    return new DeployedGraph(
        workflowId, workflow.path("name").asText(""), nodes, List.copyOf(edges));
  }

  private static String port(String handle, String prefix) {
    return handle.startsWith(prefix) ? handle.substring(prefix.length()) : handle;
  }

  private static Optional<PortType> portType(String s) {
    try {
      return Optional.of(PortType.valueOf(s.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String workflowId() {
    return workflowId;
  }

  public String name() {
    return name;
  }

  public List<Node> nodes() {
    return List.copyOf(nodes.values());
  }

  public Optional<Node> node(String id) {
    return Optional.ofNullable(nodes.get(id));
  }

  public List<Edge> edges() {
    return edges;
  }

  /** The edges leaving {@code nodeId}. */
  public List<Edge> outgoing(String nodeId) {
    return edges.stream().filter(e -> e.source().equals(nodeId)).toList();
  }

  /** The edges arriving at {@code nodeId}. */
  public List<Edge> incoming(String nodeId) {
    return edges.stream().filter(e -> e.target().equals(nodeId)).toList();
  }

  /**
   * The output nodes: nodes no edge leaves, other than input nodes (an unwired input is not a
   * result), in the server's order.
   */
  public List<Node> outputNodes() {
    return nodes.values().stream()
        .filter(n -> !n.isInput() && outgoing(n.id()).isEmpty())
        .toList();
  }

  /**
   * The type of input port {@code port} of node {@code nodeId}: the catalog's, else the one the
   * server declared on the node.
   */
  public Optional<PortType> inputPortType(String nodeId, String port, Catalog catalog) {
    Node n = nodes.get(nodeId);
    if (n == null) {
      return Optional.empty();
    }
    Optional<PortType> fromCatalog =
        catalog.find(n.nodeType()).flatMap(t -> t.input(port)).map(PortSpec::type);
    return fromCatalog.or(() -> Optional.ofNullable(n.inputPorts().get(port)));
  }

  /** Whether input port {@code port} of {@code nodeId} is required, per the catalog. */
  public boolean inputPortRequired(String nodeId, String port, Catalog catalog) {
    Node n = nodes.get(nodeId);
    return n != null
        && catalog.find(n.nodeType()).flatMap(t -> t.input(port)).map(PortSpec::required)
            .orElse(false);
  }

  /** The catalog's description of a node's type, if the catalog knows it. */
  public static Optional<NodeType> typeOf(Node n, Catalog catalog) {
    return catalog.find(n.nodeType());
  }
}
