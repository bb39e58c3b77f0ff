package dev.wireform.cli.deploy;

import dev.wireform.cli.api.RemoteWorkflow;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.cli.api.SavedWorkflow;
import dev.wireform.cli.api.WireflowClient;
import dev.wireform.cli.api.WorkflowSummary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The deployer's calls made with the real {@link WireflowClient}. */
public final class ClientRemote implements WorkflowRemote {
  private final WireflowClient client;

  public ClientRemote(WireflowClient client) {
    this.client = Objects.requireNonNull(client, "client == null");
  }

  @Override
  public List<RemoteSummary> list() {
    return client.listWorkflows().stream().map(ClientRemote::summary).toList();
  }

  private static RemoteSummary summary(WorkflowSummary s) {
    return new RemoteSummary(s.id(), s.name(), s.tags(), s.updatedAt().orElse(""));
  }

  @Override
  public AccountWorkflow get(String id) {
    RemoteWorkflow w = client.getWorkflow(id);
    return new AccountWorkflow(id, w.updatedAt().orElse(""), w.json());
  }

  @Override
  public Saved create(ObjectNode body, String idempotencyKey) {
    return saved(client.createWorkflow(body, idempotencyKey));
  }

  @Override
  public Saved update(String id, ObjectNode body, String baseUpdatedAt) {
    return saved(client.updateWorkflow(id, body, baseUpdatedAt));
  }

  @Override
  public void delete(String id) {
    client.deleteWorkflow(id);
  }

  private static Saved saved(SavedWorkflow s) {
    ObjectNode json = s.workflow().json();
    Optional<ObjectNode> body = json.has("nodes") ? Optional.of(json) : Optional.empty();
    return new Saved(s.id(), s.workflow().updatedAt(), body);
  }
}
