package dev.wireform.compiler;

import dev.wireform.dsl.diag.Diagnostic;

/**
 * Renders a diagnostic for people, in the one shape every wireform tool uses:
 *
 * <pre>
 * workflows/upscale.yaml:14:7: error: [UnknownPort] node 'up' has no input port 'image'
 *       image: input-1.prompt
 *       ^
 *   fix: did you mean 'image_url'? Input ports of process:clarityai_crystal_upscaler: image_url
 *   see: docs/errors/UnknownPort.md
 * </pre>
 *
 * The source line and caret appear when the diagnostic carries a snippet (the caret only when the
 * column is known), the {@code fix} line when it has a fix. Lines end with LF, the last one too.
 */
public final class DiagnosticFormatter {
  /** Where the docs pages live, relative to the project root. */
  public static final String DOCS = "docs/errors/";

  /** The diagnostic as text, ending with a newline. */
  public String format(Diagnostic diagnostic) {
    StringBuilder out = new StringBuilder();
    out.append(diagnostic.position())
        .append(": ")
        .append(diagnostic.severity().word())
        .append(": [")
        .append(diagnostic.id())
        .append("] ")
        .append(diagnostic.message())
        .append('\n');
    String snippet = diagnostic.snippet();
    if (!snippet.isEmpty()) {
      out.append(snippet).append('\n');
      int column = diagnostic.position().column();
      if (column > 0) {
        out.append(caret(snippet, column)).append('\n');
      }
    }
    if (!diagnostic.fix().isEmpty()) {
      out.append("  fix: ").append(diagnostic.fix()).append('\n');
    }
    out.append("  see: ").append(DOCS).append(diagnostic.id()).append(".md\n");
    return out.toString();
  }

  /** Every diagnostic formatted, in the given order. */
  public String format(Iterable<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.forEach(d -> out.append(format(d)));
    return out.toString();
  }

  /** Spaces up to the column (tabs kept, so the caret lines up), then the caret. */
  private static String caret(String line, int column) {
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < column - 1; i++) {
      caret.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
    }
    return caret.append('^').toString();
  }
}
