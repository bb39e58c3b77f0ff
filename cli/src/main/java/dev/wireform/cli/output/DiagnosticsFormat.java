package dev.wireform.cli.output;

/** The {@code --format} of diagnostics: for people, for scripts, for code-scanning tools. */
public enum DiagnosticsFormat {
  /** {@code file:line:col: error: [ID] message}, the source line, a caret, fix and doc page. */
  TEXT,
  /** A versioned JSON document ({@code "version": 1}). */
  JSON,
  /** SARIF 2.1.0, as GitHub code scanning and other tools read it. */
  SARIF;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
