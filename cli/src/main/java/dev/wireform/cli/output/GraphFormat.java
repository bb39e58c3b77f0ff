package dev.wireform.cli.output;

/** The {@code --format} of {@code wireform graph}. */
public enum GraphFormat {
  /** A Mermaid {@code flowchart}, which GitHub renders in Markdown. */
  MERMAID,
  /** Graphviz DOT ({@code dot -Tsvg}). */
  DOT;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
