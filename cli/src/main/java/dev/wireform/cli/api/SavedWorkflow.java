package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a create or update: the workflow (perhaps only {@code id} and {@code name}, if
 * that is all the server returned), plus the server's {@code meta.migrations} (rewrites it
 * applied) and {@code meta.warnings}, empty when it sent none.
 */
public record SavedWorkflow(
    RemoteWorkflow workflow, List<JsonNode> migrations, List<JsonNode> warnings) {
  public SavedWorkflow {
    Objects.requireNonNull(workflow, "workflow == null");
    migrations = migrations.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    warnings = warnings.stream().<JsonNode>map(JsonNode::deepCopy).toList();
  }

  public String id() {
    return workflow.id();
  }

  static Optional<SavedWorkflow> from(JsonNode body) {
    Optional<RemoteWorkflow> wf = RemoteWorkflow.from(body);
    if (wf.isEmpty()) {
      return Optional.empty();
    }
    JsonNode meta = body.has("meta") ? body.get("meta") : body;
    return Optional.of(
        new SavedWorkflow(wf.get(), Json.array(meta, "migrations"), Json.array(meta, "warnings")));
  }
}
