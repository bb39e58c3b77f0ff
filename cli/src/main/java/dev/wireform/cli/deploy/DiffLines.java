package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines a workflow diff renders as, shared by the text and Markdown renderers: one per
 * field, tag, node, param and edge, each with a symbol ({@code +}, {@code -}, {@code ~}).
 */
final class DiffLines {
  /** Longest rendered value; longer ones are cut with their full length noted. */
  static final int MAX_VALUE = 120;

  /**
   * @param symbol {@code +}, {@code -} or {@code ~}
   * @param depth 0 for workflow-level lines, 1 for a node's own changes
   * @param text the line without symbol and indentation
   */
  record Line(String symbol, int depth, String text) {}

  private DiffLines() {}

  /** Lines of a change's diff; a create lists only its nodes and edges. */
  static List<Line> of(Change.Write change) {
    WorkflowDiff d = change.diff();
    List<Line> out = new ArrayList<>();
    boolean create = change instanceof Change.Create;
    if (!create) {
      d.fields().forEach(f -> out.add(field(f, 0)));
      d.tagsAdded().forEach(t -> out.add(new Line("+", 0, "tag " + value(t))));
      d.tagsRemoved().forEach(t -> out.add(new Line("-", 0, "tag " + value(t))));
    }
    for (NodeSummary n : d.nodesAdded()) {
      out.add(new Line("+", 0, "node " + node(n)));
    }
    for (NodeSummary n : d.nodesRemoved()) {
      out.add(new Line("-", 0, "node " + node(n)));
    }
    for (NodeChange n : d.nodesChanged()) {
      out.add(new Line("~", 0, "node " + n.id() + " (" + n.nodeType() + ")"));
      n.changes().forEach(f -> out.add(field(f, 1)));
    }
    for (Rewire r : d.rewired()) {
      out.add(new Line("~", 0, "input " + r.after().to() + ": " + r.before().from() + " → "
          + r.after().from()));
    }
    d.edgesAdded().forEach(e -> out.add(new Line("+", 0, "edge " + e)));
    d.edgesRemoved().forEach(e -> out.add(new Line("-", 0, "edge " + e)));
    return out;
  }

  private static String node(NodeSummary n) {
    return n.id() + " (" + n.nodeType() + ") " + value(n.label());
  }

  private static Line field(FieldChange f, int depth) {
    Optional<JsonNode> b = f.before();
    Optional<JsonNode> a = f.after();
    if (b.isEmpty()) {
      return new Line("+", depth, f.path() + ": " + value(a.get()));
    }
    if (a.isEmpty()) {
      return new Line("-", depth, f.path() + ": " + value(b.get()));
    }
    return new Line("~", depth, f.path() + ": " + value(b.get()) + " → " + value(a.get()));
  }

  static String value(String text) {
    return value(Json.MAPPER.getNodeFactory().textNode(text));
  }

  /** A value as compact JSON, cut at {@link #MAX_VALUE} characters. */
  static String value(JsonNode node) {
    String s = Json.compact(node);
    if (s.length() <= MAX_VALUE) {
      return s;
    }
    return s.substring(0, MAX_VALUE) + "… (" + s.length() + " chars)";
  }
}
