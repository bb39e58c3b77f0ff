package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@code GET /workflow/{webhookId}/trigger}: whether the webhook is configured and for what. */
public record TriggerInfo(
    String workflowId, String name, boolean active, Optional<String> message, JsonNode raw) {
  public TriggerInfo {
    Objects.requireNonNull(workflowId, "workflowId == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(message, "message == null");
    raw = raw.deepCopy();
  }

  @Override
  public JsonNode raw() {
    return raw.deepCopy();
  }

  static Optional<TriggerInfo> from(JsonNode body) {
    JsonNode p = Json.unwrap(body, Set.of("workflowId", "isActive"), "data");
    if (!p.isObject()) {
      return Optional.empty();
    }
    return Optional.of(
        new TriggerInfo(
            Json.text(p, "workflowId").orElse(""),
            Json.firstText(p, "name", "workflowName").orElse(""),
            Json.bool(p, "isActive").orElse(true),
            Json.text(p, "message"),
            p));
  }
}
