package dev.wireform.cli.output;

import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.model.Workflow;

/** Draws one workflow as text in a graph language. Output is deterministic. */
public interface GraphRenderer {
  /** The whole drawing, ending with a line break. */
  String render(Workflow workflow, Catalog catalog);

  static GraphRenderer of(GraphFormat format) {
    return switch (format) {
      case MERMAID -> new MermaidRenderer();
      case DOT -> new DotRenderer();
    };
  }
}
