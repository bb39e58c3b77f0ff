package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /workflows/{id}/run}: what a run of this workflow takes.
 *
 * @param example the server's example request body, e.g. {@code {inputs: {<nodeId>: value}}}
 * @param raw the whole payload, as sent
 */
public record RunInfo(
    String workflowId,
    String workflowName,
    List<RunInput> inputs,
    Optional<String> endpoint,
    Optional<JsonNode> example,
    JsonNode raw) {
  public RunInfo {
    Objects.requireNonNull(workflowId, "workflowId == null");
    Objects.requireNonNull(workflowName, "workflowName == null");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(endpoint, "endpoint == null");
    example = example.map(JsonNode::deepCopy);
    raw = raw.deepCopy();
  }

  @Override
  public JsonNode raw() {
    return raw.deepCopy();
  }

  static Optional<RunInfo> from(JsonNode body) {
    JsonNode p = Json.unwrap(body, Set.of("workflowId", "inputs"), "data");
    if (!p.isObject()) {
      return Optional.empty();
    }
    return Optional.of(
        new RunInfo(
            Json.text(p, "workflowId").orElse(""),
            Json.firstText(p, "workflowName", "name").orElse(""),
            Json.array(p, "inputs").stream().map(RunInput::from).toList(),
            Json.text(p, "endpoint"),
            Json.field(p, "example"),
            p));
  }
}
