package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One poll of an execution, from any of the shapes the public pages show: top-level {@code
 * status} with {@code nodeResults.nodeRuns[]}; the same under {@code data} with {@code
 * finalOutput.url}; top-level {@code status} with {@code nodeStates[]}. Status words are read
 * case-insensitively.
 *
 * @param rawStatus the status word as sent
 * @param error the execution's error, if it failed and said why
 * @param nodes per-node results in server order, one per node id
 * @param finalOutputUrl {@code finalOutput.url}, when sent
 * @param raw the whole payload, as sent
 */
public record ExecutionStatus(
    String executionId,
    ExecutionState state,
    String rawStatus,
    Optional<String> error,
    List<NodeRun> nodes,
    Optional<String> finalOutputUrl,
    JsonNode raw) {
  public ExecutionStatus {
    Objects.requireNonNull(executionId, "executionId == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(rawStatus, "rawStatus == null");
    Objects.requireNonNull(error, "error == null");
    nodes = List.copyOf(nodes);
    Objects.requireNonNull(finalOutputUrl, "finalOutputUrl == null");
    raw = raw.deepCopy();
  }

  @Override
  public JsonNode raw() {
    return raw.deepCopy();
  }

  /** Whether the execution has finished (completed, failed or cancelled). */
  public boolean isTerminal() {
    return state.isTerminal();
  }

  /** The node with this id, if the server reported it. */
  public Optional<NodeRun> node(String nodeId) {
    return nodes.stream().filter(n -> n.nodeId().equals(nodeId)).findFirst();
  }

  /** Every output URL: {@code finalOutput.url} first, then each node's, without repeats. */
  public List<String> outputUrls() {
    List<String> out = new ArrayList<>();
    finalOutputUrl.ifPresent(out::add);
    for (NodeRun n : nodes) {
      n.outputUrls().stream().filter(u -> !out.contains(u)).forEach(out::add);
    }
    return out;
  }

  static Optional<ExecutionStatus> from(JsonNode body, String polledId) {
    JsonNode p = Json.unwrap(body, Set.of("status", "nodeResults", "nodeStates"), "data");
    Optional<String> status = Json.text(p, "status");
    if (!p.isObject() || status.isEmpty()) {
      return Optional.empty();
    }
    Map<String, NodeRun> nodes = new LinkedHashMap<>();
    List<JsonNode> runs = new ArrayList<>();
    Json.field(p, "nodeResults").ifPresent(r -> runs.addAll(Json.array(r, "nodeRuns")));
    runs.addAll(Json.array(p, "nodeRuns"));
    runs.addAll(Json.array(p, "nodeStates"));
    for (JsonNode r : runs) {
      if (!r.isObject()) {
        continue;
      }
      NodeRun n = NodeRun.from(r);
      nodes.merge(n.nodeId(), n, NodeRun::mergedWith);
    }
    Optional<String> finalUrl =
        Json.field(p, "finalOutput")
            .flatMap(f -> f.isTextual() ? Optional.of(f.asText()) : Json.text(f, "url"));
    return Optional.of(
        new ExecutionStatus(
            Json.firstText(p, "executionId", "id").orElse(polledId),
            ExecutionState.parse(status.get()),
            status.get(),
            NodeRun.errorText(p.get("error")),
            List.copyOf(nodes.values()),
            finalUrl,
            p));
  }
}
