package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Severity;
import dev.wireform.dsl.diag.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The versioned JSON form of a {@link Plan}: what {@code plan --format json} prints and {@code
 * plan --out} saves, schema in {@code docs/plan-schema.json}. It holds the exact bodies apply
 * sends; it never holds an API key (the plan never sees one).
 */
public final class PlanJson {
  private PlanJson() {}

  /** The plan as pretty JSON text (LF, final newline). */
  public static String write(Plan plan) {
    return Json.pretty(toTree(plan));
  }

  /** The plan as a JSON tree. */
  public static ObjectNode toTree(Plan plan) {
    ObjectNode root = Json.object();
    root.put("formatVersion", Plan.FORMAT_VERSION);
    root.put("normalizerVersion", Normalizer.VERSION);
    root.put("planId", plan.planId());
    root.put("project", plan.project());
    root.put("environment", plan.environment());
    root.put("endpoint", plan.endpoint());
    root.put("prune", plan.prune());
    ObjectNode summary = root.putObject("summary");
    for (Action a : Action.values()) {
      summary.put(a.word(), plan.count(a));
    }
    summary.put("hasChanges", plan.hasChanges());
    summary.put("hasDeletes", plan.hasDeletes());
    ArrayNode changes = root.putArray("changes");
    plan.changes().forEach(c -> changes.add(change(c)));
    ArrayNode diags = root.putArray("diagnostics");
    plan.diagnostics().forEach(d -> diags.add(diagnostic(d)));
    return root;
  }

  private static ObjectNode change(Change c) {
    ObjectNode o = Json.object();
    o.put("action", c.action().word());
    o.put("key", c.key());
    o.put("name", c.name());
    c.id().ifPresent(id -> o.put("id", id));
    if (c instanceof Change.Create w) {
      o.put("idempotencyKey", w.idempotencyKey());
      write(o, w);
    } else if (c instanceof Change.Rename w) {
      o.put("fromKey", w.fromKey());
      o.put("baseUpdatedAt", w.baseUpdatedAt());
      write(o, w);
    } else if (c instanceof Change.Put w) {
      o.put("baseUpdatedAt", w.baseUpdatedAt());
      write(o, w);
    } else if (c instanceof Change.Delete d) {
      o.put("baseUpdatedAt", d.baseUpdatedAt());
      o.put("protected", d.isProtected());
    } else if (c instanceof Change.Orphan d) {
      o.put("updatedAt", d.updatedAt());
      o.put("protected", d.isProtected());
    } else if (c instanceof Change.NoOp n) {
      o.put("updatedAt", n.updatedAt());
      o.put("contentHash", n.contentHash());
    }
    return o;
  }

  private static void write(ObjectNode o, Change.Write w) {
    o.put("contentHash", w.contentHash());
    ArrayNode pinned = o.putArray("pinned");
    w.pinned().stream().sorted().forEach(pinned::add);
    o.set("diff", diff(w.diff()));
    o.set("body", w.body());
  }

  static ObjectNode diff(WorkflowDiff d) {
    ObjectNode o = Json.object();
    o.set("fields", fields(d.fields()));
    ArrayNode ta = o.putArray("tagsAdded");
    d.tagsAdded().forEach(ta::add);
    ArrayNode tr = o.putArray("tagsRemoved");
    d.tagsRemoved().forEach(tr::add);
    o.set("nodesAdded", nodes(d.nodesAdded()));
    o.set("nodesRemoved", nodes(d.nodesRemoved()));
    ArrayNode changed = o.putArray("nodesChanged");
    for (NodeChange n : d.nodesChanged()) {
      ObjectNode e = changed.addObject();
      e.put("id", n.id());
      e.put("nodeType", n.nodeType());
      e.set("changes", fields(n.changes()));
    }
    o.set("edgesAdded", edges(d.edgesAdded()));
    o.set("edgesRemoved", edges(d.edgesRemoved()));
    ArrayNode rewired = o.putArray("rewired");
    for (Rewire r : d.rewired()) {
      ObjectNode e = rewired.addObject();
      e.set("before", edge(r.before()));
      e.set("after", edge(r.after()));
    }
    return o;
  }

  private static ArrayNode fields(List<FieldChange> changes) {
    ArrayNode out = Json.array();
    for (FieldChange f : changes) {
      ObjectNode e = out.addObject();
      e.put("path", f.path());
      f.before().ifPresent(v -> e.set("before", v));
      f.after().ifPresent(v -> e.set("after", v));
    }
    return out;
  }

  private static ArrayNode nodes(List<NodeSummary> nodes) {
    ArrayNode out = Json.array();
    for (NodeSummary n : nodes) {
      ObjectNode e = out.addObject();
      e.put("id", n.id());
      e.put("nodeType", n.nodeType());
      e.put("label", n.label());
    }
    return out;
  }

  private static ArrayNode edges(List<EdgeRef> edges) {
    ArrayNode out = Json.array();
    edges.forEach(e -> out.add(edge(e)));
    return out;
  }

  private static ObjectNode edge(EdgeRef e) {
    ObjectNode o = Json.object();
    o.put("source", e.source());
    o.put("sourceHandle", e.sourceHandle());
    o.put("target", e.target());
    o.put("targetHandle", e.targetHandle());
    return o;
  }

  private static ObjectNode diagnostic(Diagnostic d) {
    ObjectNode o = Json.object();
    o.put("id", d.id());
    o.put("severity", d.severity().word());
    o.put("file", d.position().file());
    o.put("line", d.position().line());
    o.put("column", d.position().column());
    o.put("message", d.message());
    o.put("fix", d.fix());
    return o;
  }

  /**
   * Reads a saved plan.
   *
   * @throws IllegalArgumentException naming what is wrong when the text is not a plan this
   *     wireform can apply
   */
  public static Plan read(String text) {
    ObjectNode root = Json.parseObject(text);
    int version = root.path("formatVersion").asInt(-1);
    if (version != Plan.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "plan format version " + (version < 0 ? "is missing" : version + " is not supported")
              + "; this wireform reads version " + Plan.FORMAT_VERSION
              + ": make the plan again with this wireform");
    }
    int normalizer = root.path("normalizerVersion").asInt(-1);
    if (normalizer != Normalizer.VERSION) {
      throw new IllegalArgumentException(
          "plan was made with ignore list version " + normalizer + ", this wireform uses "
              + Normalizer.VERSION + ": make the plan again with this wireform");
    }
    List<Change> changes = new ArrayList<>();
    for (JsonNode c : root.path("changes")) {
      changes.add(readChange(c));
    }
    List<Diagnostic> diags = new ArrayList<>();
    for (JsonNode d : root.path("diagnostics")) {
      diags.add(
          new Diagnostic(
              req(d, "id"),
              Severity.valueOf(req(d, "severity").toUpperCase(java.util.Locale.ROOT)),
              new SourcePosition(req(d, "file"), d.path("line").asInt(), d.path("column").asInt()),
              req(d, "message"),
              Json.text(d, "fix", ""),
              ""));
    }
    return new Plan(
        req(root, "planId"),
        req(root, "project"),
        req(root, "environment"),
        req(root, "endpoint"),
        root.path("prune").asBoolean(false),
        changes,
        diags);
  }

  private static Change readChange(JsonNode c) {
    Action action = Action.fromWord(req(c, "action"));
    String key = req(c, "key");
    String name = req(c, "name");
    return switch (action) {
      case CREATE ->
          new Change.Create(
              key, name, body(c), pinned(c), req(c, "contentHash"), req(c, "idempotencyKey"),
              readDiff(c.path("diff")));
      case UPDATE ->
          new Change.Update(
              key, name, req(c, "id"), req(c, "baseUpdatedAt"), body(c), pinned(c),
              req(c, "contentHash"), readDiff(c.path("diff")));
      case RENAME ->
          new Change.Rename(
              key, req(c, "fromKey"), name, req(c, "id"), req(c, "baseUpdatedAt"), body(c),
              pinned(c), req(c, "contentHash"), readDiff(c.path("diff")));
      case ADOPT ->
          new Change.Adopt(
              key, name, req(c, "id"), req(c, "baseUpdatedAt"), body(c), pinned(c),
              req(c, "contentHash"), readDiff(c.path("diff")));
      case DELETE ->
          new Change.Delete(
              key, name, req(c, "id"), req(c, "baseUpdatedAt"), c.path("protected").asBoolean());
      case ORPHAN ->
          new Change.Orphan(
              key, name, req(c, "id"), req(c, "updatedAt"), c.path("protected").asBoolean());
      case NOOP -> new Change.NoOp(key, name, req(c, "id"), req(c, "updatedAt"),
          req(c, "contentHash"));
    };
  }

  private static WorkflowDiff readDiff(JsonNode d) {
    List<NodeChange> changed = new ArrayList<>();
    for (JsonNode n : d.path("nodesChanged")) {
      changed.add(new NodeChange(req(n, "id"), req(n, "nodeType"), readFields(n.path("changes"))));
    }
    List<Rewire> rewired = new ArrayList<>();
    for (JsonNode r : d.path("rewired")) {
      rewired.add(new Rewire(readEdge(r.path("before")), readEdge(r.path("after"))));
    }
    return new WorkflowDiff(
        readFields(d.path("fields")),
        Json.strings(d.path("tagsAdded")),
        Json.strings(d.path("tagsRemoved")),
        readNodes(d.path("nodesAdded")),
        readNodes(d.path("nodesRemoved")),
        changed,
        readEdges(d.path("edgesAdded")),
        readEdges(d.path("edgesRemoved")),
        rewired);
  }

  private static List<FieldChange> readFields(JsonNode array) {
    List<FieldChange> out = new ArrayList<>();
    for (JsonNode f : array) {
      out.add(
          new FieldChange(
              req(f, "path"), Optional.ofNullable(f.get("before")),
              Optional.ofNullable(f.get("after"))));
    }
    return out;
  }

  private static List<NodeSummary> readNodes(JsonNode array) {
    List<NodeSummary> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(new NodeSummary(req(n, "id"), req(n, "nodeType"), Json.text(n, "label", "")));
    }
    return out;
  }

  private static List<EdgeRef> readEdges(JsonNode array) {
    List<EdgeRef> out = new ArrayList<>();
    array.forEach(e -> out.add(readEdge(e)));
    return out;
  }

  private static EdgeRef readEdge(JsonNode e) {
    return new EdgeRef(
        req(e, "source"), req(e, "sourceHandle"), req(e, "target"), req(e, "targetHandle"));
  }

  private static ObjectNode body(JsonNode c) {
    JsonNode body = c.get("body");
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException(
          "change for key '" + c.path("key").asText() + "' has no 'body' object");
    }
    return (ObjectNode) body;
  }

  private static Set<String> pinned(JsonNode c) {
    return new LinkedHashSet<>(Json.strings(c.get("pinned")));
  }

  private static String req(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("plan is missing text field '" + field + "'");
    }
    return v.asText();
  }
}
