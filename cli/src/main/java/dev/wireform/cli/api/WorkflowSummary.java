package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One item of {@code GET /workflows}. The typed fields are the documented ones; {@link #raw()}
 * keeps everything the server sent.
 */
public record WorkflowSummary(
    String id,
    String name,
    String description,
    boolean active,
    List<String> tags,
    Optional<String> webhookId,
    Optional<String> updatedAt,
    ObjectNode raw) {

  public WorkflowSummary {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(description, "description == null");
    tags = List.copyOf(tags);
    Objects.requireNonNull(webhookId, "webhookId == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
    raw = raw.deepCopy();
  }

  /** A copy of the item as the server sent it. */
  @Override
  public ObjectNode raw() {
    return raw.deepCopy();
  }

  static WorkflowSummary from(ObjectNode item) {
    return new WorkflowSummary(
        Json.text(item, "id").orElse(""),
        Json.text(item, "name").orElse(""),
        Json.text(item, "description").orElse(""),
        Json.bool(item, "isActive").orElse(true),
        Json.strings(item, "tags"),
        Json.text(item, "webhookId"),
        Json.text(item, "updatedAt"),
        item);
  }

  /** The list from a bare array, {@code {data: [...]}} or {@code {workflows: [...]}}. */
  static Optional<List<WorkflowSummary>> listFrom(JsonNode body) {
    JsonNode payload = Json.unwrap(body, Set.of(), "data", "workflows");
    if (!payload.isArray()) {
      return Optional.empty();
    }
    List<WorkflowSummary> out = new ArrayList<>();
    for (JsonNode item : payload) {
      if (item.isObject()) {
        out.add(from((ObjectNode) item));
      }
    }
    return Optional.of(out);
  }
}
