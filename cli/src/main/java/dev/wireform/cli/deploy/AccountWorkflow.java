package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One workflow as {@code GET /workflows/{id}} returns it, as the deployer sees it through
 * {@link WorkflowRemote} (so planning can be tested without HTTP); the client's own view is
 * {@link dev.wireform.cli.api.RemoteWorkflow}.
 *
 * @param id the Wireflow id
 * @param updatedAt the server's last-modified timestamp
 * @param body the whole workflow, server fields included (never modified)
 */
public record AccountWorkflow(String id, String updatedAt, ObjectNode body) {
  public AccountWorkflow {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
    body = body.deepCopy();
  }

  @Override
  public ObjectNode body() {
    return body.deepCopy();
  }

  public String name() {
    return Json.text(body, "name", "");
  }

  public RemoteSummary summary() {
    return new RemoteSummary(id, name(), Json.strings(body.get("tags")), updatedAt);
  }
}
