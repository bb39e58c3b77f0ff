package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.cli.api.ApiException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The five workflow calls the deployer makes. Failures are the client's typed {@link
 * ApiException}s: a {@link dev.wireform.cli.api.ConflictException} for a stale {@code
 * baseUpdatedAt}, a {@link dev.wireform.cli.api.NotFoundException} for a missing workflow.
 */
public interface WorkflowRemote {
  /** Every workflow of the account ({@code GET /workflows}). */
  List<RemoteSummary> list();

  /** One whole workflow ({@code GET /workflows/{id}}). */
  AccountWorkflow get(String id);

  /** {@code POST /workflows} with an {@code Idempotency-Key}. */
  Saved create(ObjectNode body, String idempotencyKey);

  /** {@code PUT /workflows/{id}} sending {@code baseUpdatedAt}, refused (409) if stale. */
  Saved update(String id, ObjectNode body, String baseUpdatedAt);

  /** {@code DELETE /workflows/{id}}. */
  void delete(String id);

  /**
   * What a create or update answered.
   *
   * @param id the workflow id
   * @param updatedAt the new {@code updatedAt}, if the answer had one
   * @param body the stored workflow, if the answer held one with its nodes
   */
  record Saved(String id, Optional<String> updatedAt, Optional<ObjectNode> body) {
    public Saved {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(updatedAt, "updatedAt == null");
      body = body.map(ObjectNode::deepCopy);
    }
  }
}
