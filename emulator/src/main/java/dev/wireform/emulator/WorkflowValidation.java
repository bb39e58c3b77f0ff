package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** The 400 checks on a workflow body, with the messages Wireflow's errors page documents. */
final class WorkflowValidation {
  static final String MISSING_FIELDS = "Missing required fields: name, nodes, edges";
  static final String EMPTY_GRAPH =
      "Cannot save workflow with 0 nodes and 0 edges. This appears to be a frontend bug. "
          + "Reload the page.";
  static final String NO_NODES = "At least one node must be provided";
  static final String NODE_WITHOUT_ID = "All nodes must have an id";
  static final int MAX_NODES = 100;
  static final int MAX_EDGES = 500;

  private WorkflowValidation() {}

  /** The first problem of a complete workflow document, or empty. */
  static Optional<String> check(JsonNode doc) {
    JsonNode name = doc.get("name");
    JsonNode nodes = doc.get("nodes");
    JsonNode edges = doc.get("edges");
    if (name == null || !name.isTextual() || name.textValue().isBlank()
        || nodes == null || !nodes.isArray() || edges == null || !edges.isArray()) {
      return Optional.of(MISSING_FIELDS);
    }
    if (nodes.isEmpty() && edges.isEmpty()) {
      return Optional.of(EMPTY_GRAPH);
    }
    if (nodes.isEmpty()) {
      return Optional.of(NO_NODES);
    }
    for (JsonNode n : nodes) {
      JsonNode id = n.get("id");
      if (!n.isObject() || id == null || !id.isTextual() || id.textValue().isEmpty()) {
        return Optional.of(NODE_WITHOUT_ID);
      }
    }
    for (JsonNode n : nodes) {
      // A "model" node from the docs' examples names its model in data.model.name when it
      // has no nodeType.
      JsonNode data = n.path("data");
      if ("model".equals(Json.text(n, "type")) && !data.hasNonNull("nodeType")
          && !data.path("model").hasNonNull("name")) {
        return Optional.of("Node " + n.get("id").textValue() + " is missing model.name");
      }
    }
    if (nodes.size() > MAX_NODES) {
      return Optional.of("Too many nodes: " + nodes.size() + " (Wireflow allows at most "
          + MAX_NODES + " per workflow)");
    }
    if (edges.size() > MAX_EDGES) {
      return Optional.of("Too many edges: " + edges.size() + " (Wireflow allows at most "
          + MAX_EDGES + " per workflow)");
    }
    return Optional.empty();
  }
}
