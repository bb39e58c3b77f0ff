package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A started execution, from {@code /execute} (201 {@code executionRuns[0].id}), {@code /run}
 * (202 {@code executionId}) or the webhook trigger (202 {@code executionId}), bare or under
 * {@code data}.
 *
 * @param executionId the id to poll
 * @param state the state the server reported, {@link ExecutionState#UNKNOWN} if none
 * @param workflowId the workflow, when the server said
 * @param location the {@code Location} header (the documented status URL), when sent
 * @param message the server's message (the webhook sends one)
 * @param raw the whole payload, as sent
 */
public record ExecutionStart(
    String executionId,
    ExecutionState state,
    Optional<String> workflowId,
    Optional<String> location,
    Optional<String> message,
    JsonNode raw) {
  public ExecutionStart {
    Objects.requireNonNull(executionId, "executionId == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(workflowId, "workflowId == null");
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(message, "message == null");
    raw = raw.deepCopy();
  }

  @Override
  public JsonNode raw() {
    return raw.deepCopy();
  }

  static Optional<ExecutionStart> from(JsonNode body, Optional<String> location) {
    JsonNode p = Json.unwrap(body, Set.of("executionRuns", "executionId"), "data");
    JsonNode firstRun = Json.array(p, "executionRuns").stream().findFirst().orElse(null);
    Optional<String> id =
        firstRun != null ? Json.text(firstRun, "id") : Optional.empty();
    if (id.isEmpty()) {
      id = Json.text(p, "executionId");
    }
    if (id.isEmpty() || id.get().isBlank()) {
      return Optional.empty();
    }
    Optional<String> status = Json.text(p, "status");
    if (status.isEmpty() && firstRun != null) {
      status = Json.text(firstRun, "status");
    }
    return Optional.of(
        new ExecutionStart(
            id.get(),
            ExecutionState.parse(status.orElse(null)),
            Json.text(p, "workflowId"),
            location,
            Json.text(p, "message"),
            p));
  }
}
