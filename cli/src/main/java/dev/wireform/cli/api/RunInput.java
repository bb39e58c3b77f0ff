package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/** One input {@code POST /workflows/{id}/run} accepts, as {@code GET .../run} describes it. */
public record RunInput(
    String nodeId,
    String label,
    String type,
    boolean required,
    Optional<String> description,
    Optional<JsonNode> defaultValue) {
  public RunInput {
    Objects.requireNonNull(nodeId, "nodeId == null");
    Objects.requireNonNull(label, "label == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(description, "description == null");
    defaultValue = defaultValue.map(JsonNode::deepCopy);
  }

  static RunInput from(JsonNode n) {
    return new RunInput(
        Json.text(n, "nodeId").orElse(""),
        Json.text(n, "label").orElse(""),
        Json.text(n, "type").orElse(""),
        Json.bool(n, "required").orElse(false),
        Json.text(n, "description"),
        Json.field(n, "default"));
  }
}
