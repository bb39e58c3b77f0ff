package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Diffs two workflows in {@link Normalizer} form by graph: nodes by id, params by path, edges by
 * endpoints. Input order never matters.
 */
public final class GraphDiffer {
  private GraphDiffer() {}

  /**
   * What the code ({@code after}) changes on the remote ({@code before}); both must be output of
   * {@link Normalizer#normalize}.
   */
  public static WorkflowDiff diff(JsonNode before, JsonNode after) {
    List<FieldChange> fields = new ArrayList<>();
    for (String f : List.of("name", "description", "isActive")) {
      field(f, before.get(f), after.get(f), fields);
    }
    TreeSet<String> tagsBefore = new TreeSet<>(Json.strings(before.get("tags")));
    TreeSet<String> tagsAfter = new TreeSet<>(Json.strings(after.get("tags")));
    List<String> tagsAdded = new ArrayList<>(tagsAfter);
    tagsAdded.removeAll(tagsBefore);
    List<String> tagsRemoved = new ArrayList<>(tagsBefore);
    tagsRemoved.removeAll(tagsAfter);

    List<NodeSummary> added = new ArrayList<>();
    List<NodeSummary> removed = new ArrayList<>();
    List<NodeChange> changed = new ArrayList<>();
    JsonNode nodesBefore = before.path("nodes");
    JsonNode nodesAfter = after.path("nodes");
    TreeSet<String> ids = new TreeSet<>();
    nodesBefore.fieldNames().forEachRemaining(ids::add);
    nodesAfter.fieldNames().forEachRemaining(ids::add);
    for (String id : ids) {
      JsonNode b = nodesBefore.get(id);
      JsonNode a = nodesAfter.get(id);
      if (b == null) {
        added.add(summary(id, a));
      } else if (a == null) {
        removed.add(summary(id, b));
      } else {
        List<FieldChange> changes = new ArrayList<>();
        field("label", b.get("label"), a.get("label"), changes);
        field("nodeType", b.get("nodeType"), a.get("nodeType"), changes);
        field("type", b.get("type"), a.get("type"), changes);
        field("position", b.get("position"), a.get("position"), changes);
        walk("params", b.path("params"), a.path("params"), changes);
        if (!changes.isEmpty()) {
          changes.sort(java.util.Comparator.comparing(FieldChange::path));
          changed.add(new NodeChange(id, Json.text(a, "nodeType", ""), changes));
        }
      }
    }

    TreeSet<EdgeRef> edgesBefore = edges(before.path("edges"));
    TreeSet<EdgeRef> edgesAfter = edges(after.path("edges"));
    TreeSet<EdgeRef> edgesAdded = new TreeSet<>(edgesAfter);
    edgesAdded.removeAll(edgesBefore);
    TreeSet<EdgeRef> edgesRemoved = new TreeSet<>(edgesBefore);
    edgesRemoved.removeAll(edgesAfter);
    List<Rewire> rewired = rewires(edgesRemoved, edgesAdded);

    return new WorkflowDiff(
        fields,
        tagsAdded,
        tagsRemoved,
        added,
        removed,
        changed,
        new ArrayList<>(edgesAdded),
        new ArrayList<>(edgesRemoved),
        rewired);
  }

  /** Pairs removed and added edges into the same target port; both sets lose the pairs. */
  private static List<Rewire> rewires(TreeSet<EdgeRef> removed, TreeSet<EdgeRef> added) {
    Map<String, List<EdgeRef>> removedByTarget = new TreeMap<>();
    removed.forEach(e -> removedByTarget.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e));
    List<Rewire> out = new ArrayList<>();
    for (Iterator<EdgeRef> it = added.iterator(); it.hasNext(); ) {
      EdgeRef a = it.next();
      List<EdgeRef> candidates = removedByTarget.get(a.to());
      if (candidates != null && !candidates.isEmpty()) {
        EdgeRef b = candidates.remove(0);
        removed.remove(b);
        it.remove();
        out.add(new Rewire(b, a));
      }
    }
    return out;
  }

  private static NodeSummary summary(String id, JsonNode node) {
    return new NodeSummary(id, Json.text(node, "nodeType", ""), Json.text(node, "label", ""));
  }

  private static TreeSet<EdgeRef> edges(JsonNode edges) {
    TreeSet<EdgeRef> out = new TreeSet<>();
    edges.forEach(
        e ->
            out.add(
                new EdgeRef(
                    Json.text(e, "source", ""),
                    Json.text(e, "sourceHandle", ""),
                    Json.text(e, "target", ""),
                    Json.text(e, "targetHandle", ""))));
    return out;
  }

  private static void field(String path, JsonNode before, JsonNode after, List<FieldChange> out) {
    if (!equal(before, after)) {
      out.add(new FieldChange(path, present(before), present(after)));
    }
  }

  /** Recurses into objects so a change names its param path; arrays compare whole. */
  private static void walk(String path, JsonNode before, JsonNode after, List<FieldChange> out) {
    if (before.isObject() && after.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      before.fieldNames().forEachRemaining(keys::add);
      after.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        walk(path + "." + k, before.path(k), after.path(k), out);
      }
    } else {
      field(path, before, after, out);
    }
  }

  private static Optional<JsonNode> present(JsonNode node) {
    return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
  }

  private static boolean equal(JsonNode a, JsonNode b) {
    Optional<JsonNode> pa = present(a);
    Optional<JsonNode> pb = present(b);
    if (pa.isEmpty() || pb.isEmpty()) {
      return pa.isEmpty() && pb.isEmpty();
    }
    return Json.sorted(pa.get()).equals(Json.sorted(pb.get()));
  }
}
