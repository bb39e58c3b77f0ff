package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /workflows/{id}/execute}.
 *
 * @param nodes the graph's nodes, or node overrides (e.g. an input node's {@code params})
 * @param edges the graph's edges
 * @param targetNodeId run only this node and the upstream nodes it needs
 * @param triggerData data from an external trigger
 * @param force clear cached outputs first (skill repo only; omitted when false)
 */
public record ExecuteRequest(
    JsonNode nodes,
    JsonNode edges,
    Optional<String> targetNodeId,
    Optional<JsonNode> triggerData,
    boolean force) {
  public ExecuteRequest {
    if (nodes == null || !nodes.isArray() || edges == null || !edges.isArray()) {
      throw new IllegalArgumentException("nodes and edges must be JSON arrays");
    }
    nodes = nodes.deepCopy();
    edges = edges.deepCopy();
    Objects.requireNonNull(targetNodeId, "targetNodeId == null");
    triggerData = triggerData.map(JsonNode::deepCopy);
  }

  /** Runs the whole given graph. */
  public static ExecuteRequest of(JsonNode nodes, JsonNode edges) {
    return new ExecuteRequest(nodes, edges, Optional.empty(), Optional.empty(), false);
  }

  ObjectNode toJson() {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.set("nodes", nodes.deepCopy());
    o.set("edges", edges.deepCopy());
    targetNodeId.ifPresent(t -> o.put("targetNodeId", t));
    triggerData.ifPresent(t -> o.set("triggerData", t.deepCopy()));
    if (force) {
      o.put("force", true);
    }
    return o;
  }
}
