package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A workflow as the server holds it: the whole JSON document, every field kept, including those
 * wireform does not model (canvas sizes, sticky notes, exposed inputs, fields added later), so
 * that a read followed by {@link #editableCopy()} and an update loses nothing a user made in
 * the Wireflow canvas.
 */
public record RemoteWorkflow(ObjectNode json) {
  /**
   * Top-level fields the server manages; they are left out of an update body. {@code
   * linkPermission} is refused with a 400 on update (it has its own endpoint); the others are
   * read-only bookkeeping (our assumption: the docs do not list writable fields).
   */
  static final Set<String> SERVER_MANAGED =
      Set.of(
          "id",
          "createdAt",
          "updatedAt",
          "executionCount",
          "lastExecutedAt",
          "webhookUrl",
          "linkPermission",
          "url",
          "userId");

  public RemoteWorkflow {
    json = Objects.requireNonNull(json, "json == null").deepCopy();
  }

  /** A copy of the document as the server sent it. */
  @Override
  public ObjectNode json() {
    return json.deepCopy();
  }

  public String id() {
    return Json.text(json, "id").orElse("");
  }

  public String name() {
    return Json.text(json, "name").orElse("");
  }

  /** {@code isActive}; the documented default is true. */
  public boolean active() {
    return Json.bool(json, "isActive").orElse(true);
  }

  /** The server's {@code updatedAt}: send it back as {@code baseUpdatedAt} to detect races. */
  public Optional<String> updatedAt() {
    return Json.text(json, "updatedAt");
  }

  /**
   * The document minus the server-managed top-level fields, ready to edit and send as an
   * update. Nodes, edges and every other field are kept exactly.
   */
  public ObjectNode editableCopy() {
    ObjectNode copy = json.deepCopy();
    copy.remove(SERVER_MANAGED);
    return copy;
  }

  /** The workflow from a bare body, {@code {data: ...}} or {@code {workflow: ...}}. */
  static Optional<RemoteWorkflow> from(JsonNode body) {
    JsonNode payload = Json.unwrap(body, Set.of("nodes", "name", "id"), "data", "workflow");
    return payload.isObject()
        ? Optional.of(new RemoteWorkflow((ObjectNode) payload))
        : Optional.empty();
  }
}
