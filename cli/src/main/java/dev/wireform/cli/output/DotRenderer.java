package dev.wireform.cli.output;

import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.model.Workflow;

/** A Graphviz {@code digraph}, left to right; input nodes are rounded boxes. */
final class DotRenderer implements GraphRenderer {
  @Override
  public String render(Workflow workflow, Catalog catalog) {
    Drawing drawing = Drawing.of(workflow, catalog);
    StringBuilder sb = new StringBuilder();
    sb.append("digraph ").append(quote(workflow.key())).append(" {\n");
    sb.append("  label=").append(quote(drawing.title())).append(";\n");
    sb.append("  labelloc=t;\n");
    sb.append("  rankdir=LR;\n");
    sb.append("  node [shape=box];\n");
    for (Drawing.Box box : drawing.boxes()) {
      sb.append("  ").append(quote(box.id())).append(" [label=");
      sb.append(quote(box.label() + "\n" + box.id() + " (" + box.type() + ")"));
      sb.append(box.input() ? ", style=rounded" : "").append("];\n");
    }
    for (Drawing.Arrow arrow : drawing.arrows()) {
      sb.append("  ").append(quote(arrow.from())).append(" -> ").append(quote(arrow.to()));
      sb.append(" [label=").append(quote(arrow.label())).append("];\n");
    }
    sb.append("}\n");
    return sb.toString();
  }

  /** A DOT double-quoted string; line breaks become {@code \n} (centred lines). */
  static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> {}
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
