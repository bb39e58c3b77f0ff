package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.cli.api.ConflictException;
import dev.wireform.cli.api.ErrorContext;
import dev.wireform.cli.api.NotFoundException;
import dev.wireform.cli.api.ServerException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A Wireflow account in memory, speaking the deployer's {@link WorkflowRemote} contract:
 * idempotent creates, 409 on a stale {@code baseUpdatedAt}, a log of calls, and injectable
 * failures.
 */
final class FakeRemote implements WorkflowRemote, Planner.Fetcher {
  final Map<String, AccountWorkflow> workflows = new LinkedHashMap<>();
  final List<String> calls = new ArrayList<>();
  private final Map<String, String> idempotency = new LinkedHashMap<>();
  private int ids = 0;
  private int clock = 0;
  /** Calls (e.g. {@code POST k3}) matching this fail with a 500. */
  Predicate<String> fail = call -> false;

  synchronized AccountWorkflow store(String id, ObjectNode body) {
    ObjectNode stored = body.deepCopy();
    String updatedAt = String.format("2026-01-01T00:%02d:%02d.000Z", clock / 60, clock % 60);
    clock++;
    stored.put("id", id);
    stored.put("updatedAt", updatedAt);
    stored.put("executionCount", 0);
    AccountWorkflow r = new AccountWorkflow(id, updatedAt, stored);
    workflows.put(id, r);
    return r;
  }

  /** An edit made in the canvas: a param changed, updatedAt moves. */
  synchronized void editInCanvas(String id, String nodeId, String param, int value) {
    ObjectNode body = workflows.get(id).body();
    for (var n : body.withArray("nodes")) {
      if (n.path("id").asText().equals(nodeId)) {
        ((ObjectNode) n.get("data").get("params")).put(param, value);
      }
    }
    store(id, body);
  }

  synchronized long count(String method) {
    return calls.stream().filter(c -> c.startsWith(method + " ")).count();
  }

  synchronized long writes() {
    return count("POST") + count("PUT") + count("DELETE");
  }

  private ErrorContext ctx(String method, String path, int status, String message) {
    return new ErrorContext(method, path, status, "", Optional.of("req_1"), message, 1);
  }

  private void maybeFail(String call, String method, String path) {
    if (fail.test(call)) {
      throw new ServerException(ctx(method, path, 500, "Internal error"));
    }
  }

  @Override
  public synchronized List<RemoteSummary> list() {
    calls.add("GET /workflows");
    return workflows.values().stream().map(AccountWorkflow::summary).toList();
  }

  @Override
  public synchronized AccountWorkflow get(String id) {
    calls.add("GET " + id);
    AccountWorkflow r = workflows.get(id);
    if (r == null) {
      throw new NotFoundException(ctx("GET", "/workflows/" + id, 404, "Workflow not found"), "");
    }
    return r;
  }

  @Override
  public synchronized Map<String, AccountWorkflow> fetch(Collection<String> ids) {
    Map<String, AccountWorkflow> out = new LinkedHashMap<>();
    ids.forEach(id -> out.put(id, get(id)));
    return out;
  }

  @Override
  public synchronized Saved create(ObjectNode body, String idempotencyKey) {
    String key = Marker.parse(Json.strings(body.get("tags"))).map(Marker::key).orElse("?");
    String call = "POST " + key;
    calls.add(call);
    maybeFail(call, "POST", "/workflows");
    String replay = idempotency.get(idempotencyKey);
    if (replay != null) {
      AccountWorkflow r = workflows.get(replay);
      return new Saved(replay, Optional.of(r.updatedAt()), Optional.of(r.body()));
    }
    String id = "wf" + (++ids);
    AccountWorkflow r = store(id, body);
    idempotency.put(idempotencyKey, id);
    return new Saved(id, Optional.of(r.updatedAt()), Optional.of(r.body()));
  }

  @Override
  public synchronized Saved update(String id, ObjectNode body, String baseUpdatedAt) {
    String call = "PUT " + id;
    calls.add(call);
    maybeFail(call, "PUT", "/workflows/" + id);
    AccountWorkflow current = workflows.get(id);
    if (current == null) {
      throw new NotFoundException(ctx("PUT", "/workflows/" + id, 404, "Workflow not found"), "");
    }
    if (!current.updatedAt().equals(baseUpdatedAt)) {
      throw new ConflictException(ctx("PUT", "/workflows/" + id, 409, "stale write"),
          Optional.of(current.updatedAt()), Optional.of(baseUpdatedAt));
    }
    AccountWorkflow r = store(id, body);
    return new Saved(id, Optional.of(r.updatedAt()), Optional.of(r.body()));
  }

  @Override
  public synchronized void delete(String id) {
    String call = "DELETE " + id;
    calls.add(call);
    maybeFail(call, "DELETE", "/workflows/" + id);
    if (workflows.remove(id) == null) {
      throw new NotFoundException(ctx("DELETE", "/workflows/" + id, 404, "Workflow not found"),
          "");
    }
  }
}
