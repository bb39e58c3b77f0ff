package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory Wireflow account for planner tests: summaries plus bodies, counting GETs. */
final class FakeAccount implements Planner.Fetcher {
  final Map<String, AccountWorkflow> workflows = new LinkedHashMap<>();
  final List<String> fetched = new ArrayList<>();
  private int clock = 0;

  /** Stores {@code body} as the server would: with server fields added. */
  AccountWorkflow put(String id, ObjectNode body) {
    ObjectNode stored = body.deepCopy();
    String updatedAt = String.format("2026-01-01T00:00:%02d.000Z", ++clock);
    stored.put("id", id);
    stored.put("createdAt", "2026-01-01T00:00:00.000Z");
    stored.put("updatedAt", updatedAt);
    stored.put("executionCount", 3);
    stored.putNull("webhookId");
    AccountWorkflow r = new AccountWorkflow(id, updatedAt, stored);
    workflows.put(id, r);
    return r;
  }

  /** Stores a workflow as wireform would have deployed it for {@code target}. */
  AccountWorkflow deployed(String id, Spec spec, DeployTarget target) {
    return put(id, spec.desired(target).body());
  }

  List<RemoteSummary> list() {
    return workflows.values().stream().map(AccountWorkflow::summary).toList();
  }

  @Override
  public Map<String, AccountWorkflow> fetch(Collection<String> ids) {
    Map<String, AccountWorkflow> out = new LinkedHashMap<>();
    for (String id : ids) {
      fetched.add(id);
      out.put(id, workflows.get(id));
    }
    return out;
  }
}
