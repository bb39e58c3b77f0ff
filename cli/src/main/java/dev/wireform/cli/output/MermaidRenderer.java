package dev.wireform.cli.output;

import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.model.Workflow;
import java.util.HashMap;
import java.util.Map;

/**
 * A Mermaid {@code flowchart LR}. Boxes get the ids {@code n1, n2, ...} in declaration order,
 * because Mermaid reads characters such as {@code -} in ids as arrow syntax; the node id is
 * shown in the box instead. Input nodes are drawn as stadiums.
 */
final class MermaidRenderer implements GraphRenderer {
  @Override
  public String render(Workflow workflow, Catalog catalog) {
    Drawing drawing = Drawing.of(workflow, catalog);
    StringBuilder sb = new StringBuilder();
    sb.append("---\n").append("title: \"").append(yamlEscape(drawing.title())).append("\"\n");
    sb.append("---\n").append("flowchart LR\n");
    Map<String, String> ids = new HashMap<>();
    for (Drawing.Box box : drawing.boxes()) {
      String id = "n" + (ids.size() + 1);
      ids.put(box.id(), id);
      String text = escape(box.label()) + "<br/>" + escape(box.id() + " (" + box.type() + ")");
      sb.append("  ").append(id).append(box.input() ? "([\"" : "[\"").append(text);
      sb.append(box.input() ? "\"])" : "\"]").append('\n');
    }
    for (Drawing.Arrow arrow : drawing.arrows()) {
      sb.append("  ").append(ids.get(arrow.from())).append(" -->|\"").append(escape(arrow.label()));
      sb.append("\"| ").append(ids.get(arrow.to())).append('\n');
    }
    return sb.toString();
  }

  /** Mermaid entity codes for the characters that end or confuse a quoted label. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '#' -> sb.append("#35;");
        case '"' -> sb.append("#quot;");
        case '<' -> sb.append("#lt;");
        case '>' -> sb.append("#gt;");
        case '\n', '\r' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String yamlEscape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("\r", " ");
  }
}
