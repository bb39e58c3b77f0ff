package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of the server's node catalog ({@code GET /nodes}). Only {@code nodeType}, {@code
 * label} and {@code category} are typed; ports and params stay in {@link #raw()} because their
 * shape is not documented.
 */
public record CatalogNode(String nodeType, String label, Optional<String> category, ObjectNode raw) {
  public CatalogNode {
    Objects.requireNonNull(nodeType, "nodeType == null");
    Objects.requireNonNull(label, "label == null");
    Objects.requireNonNull(category, "category == null");
    raw = raw.deepCopy();
  }

  @Override
  public ObjectNode raw() {
    return raw.deepCopy();
  }

  /** The catalog from a bare array, {@code {nodes: [...]}}, or either under {@code data}. */
  static Optional<List<CatalogNode>> listFrom(JsonNode body) {
    JsonNode p = Json.unwrap(body, Set.of(), "data", "nodes");
    if (!p.isArray()) {
      return Optional.empty();
    }
    List<CatalogNode> out = new ArrayList<>();
    for (JsonNode n : p) {
      if (n.isObject()) {
        out.add(
            new CatalogNode(
                Json.firstText(n, "nodeType", "type", "id").orElse(""),
                Json.text(n, "label").orElse(""),
                Json.text(n, "category"),
                (ObjectNode) n));
      }
    }
    return Optional.of(out);
  }
}
