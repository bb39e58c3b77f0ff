package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** {@code /workflows} and {@code /workflows/{id}}. */
final class WorkflowEndpoints {
  private final Backend backend;

  WorkflowEndpoints(Backend backend) {
    this.backend = backend;
  }

  /** {@code GET /workflows}: bare array of summaries, newest updatedAt first. */
  Reply list(Request r) {
    String active = r.query().get("isActive");
    if (active != null && !active.equals("true") && !active.equals("false")) {
      return Reply.error(400, "Invalid isActive filter '" + active
          + "': expected 'true' or 'false'");
    }
    String mediaId = r.query().get("mediaId");
    String teamId = r.query().get("teamId");
    Predicate<JsonNode> filter = w ->
        (active == null || w.path("isActive").asBoolean(true) == active.equals("true"))
            && (mediaId == null || mediaId.equals(Json.text(w, "mediaId")))
            && (teamId == null || teamId.equals(Json.text(w, "teamId")));
    return Reply.json(200, backend.workflows.list(filter));
  }

  Reply get(Request r) {
    return backend.workflows.rendered(r.segment(1))
        .map(b -> Reply.jsonBytes(200, b))
        .orElseGet(WorkflowEndpoints::notFound);
  }

  /** {@code POST /workflows}: 201 with the stored workflow; with an {@code id}, an update. */
  Reply create(Request r) throws IOException {
    ObjectNode body;
    try {
      body = Bodies.object(r, false);
    } catch (Bodies.BadBody e) {
      return e.reply;
    }
    String id = Json.text(body, "id");
    if (id != null) {
      return update(r, id, body);
    }
    Optional<Reply> invalid = validate(r, body);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    ObjectNode stored = backend.workflows.create(body);
    String newId = stored.get("id").asText();
    return Reply.jsonBytes(201, backend.workflows.rendered(newId).orElseThrow())
        .withHeader("Location", backend.apiUrl + "/workflows/" + newId);
  }

  Reply update(Request r) throws IOException {
    ObjectNode body;
    try {
      body = Bodies.object(r, false);
    } catch (Bodies.BadBody e) {
      return e.reply;
    }
    return update(r, r.segment(1), body);
  }

  private Reply update(Request r, String id, ObjectNode body) throws IOException {
    Optional<Instant> base;
    JsonNode baseNode = body.get("baseUpdatedAt");
    if (baseNode == null || baseNode.isNull()) {
      base = Optional.empty();
    } else {
      try {
        base = Optional.of(Instant.parse(baseNode.asText()));
      } catch (DateTimeParseException e) {
        return Reply.error(400, "baseUpdatedAt '" + baseNode.asText()
            + "' is not an ISO-8601 time such as 2026-11-26T10:00:00.000Z");
      }
    }
    return backend.workflows.locked(() -> {
      Optional<ObjectNode> stored = backend.workflows.get(id);
      if (stored.isEmpty()) {
        return notFound();
      }
      Instant current = backend.workflows.updatedAt(id).orElseThrow();
      if (base.isPresent() && base.get().isBefore(current)) {
        return stale(id, current, base.get());
      }
      ObjectNode merged = WorkflowStore.merged(stored.get(), body);
      Optional<Reply> invalid = validate(r, merged);
      if (invalid.isPresent()) {
        return invalid.get();
      }
      backend.workflows.replace(merged);
      return Reply.jsonBytes(200, backend.workflows.rendered(id).orElseThrow());
    });
  }

  Reply delete(Request r) throws IOException {
    String id = r.segment(1);
    if (!backend.workflows.delete(id)) {
      return notFound();
    }
    ObjectNode body = Json.object();
    body.put("id", id);
    body.put("deleted", true);
    return Reply.json(200, body);
  }

  /** The 400 checks, then the graph lint unless it is off or {@code ?strict=false}. */
  private Optional<Reply> validate(Request r, ObjectNode doc) {
    Optional<String> problem = WorkflowValidation.check(doc);
    if (problem.isPresent()) {
      return Optional.of(Reply.error(400, problem.get()));
    }
    if (!backend.config.lint || "false".equals(r.query().get("strict"))) {
      return Optional.empty();
    }
    List<GraphLint.Violation> violations = backend.lint.lint(doc);
    if (violations.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode body = Json.object();
    ObjectNode error = body.putObject("error");
    error.put("type", "invalid_request_error");
    error.put("code", "invalid_graph");
    error.put("message", "Workflow graph is invalid: " + violations.size()
        + (violations.size() == 1 ? " violation" : " violations")
        + "; fix them or save anyway with ?strict=false");
    body.set("violations", GraphLint.toJson(violations));
    body.putArray("warnings");
    body.putArray("migrations");
    return Optional.of(Reply.json(422, body));
  }

  private static Reply stale(String id, Instant current, Instant base) {
    ObjectNode body = Json.object();
    ObjectNode error = body.putObject("error");
    error.put("type", "conflict_error");
    error.put("code", "stale_write");
    error.put("message", "Workflow " + id + " was updated at " + Json.time(current)
        + ", after your baseUpdatedAt " + Json.time(base)
        + ". GET it again, reapply your change and retry.");
    body.put("currentUpdatedAt", Json.time(current));
    body.put("yourBaseUpdatedAt", Json.time(base));
    return Reply.json(409, body);
  }

  static Reply notFound() {
    return Reply.error(404, "Workflow not found");
  }
}
