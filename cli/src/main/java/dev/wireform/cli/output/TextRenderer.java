package dev.wireform.cli.output;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.SourcePosition;
import java.io.PrintWriter;

/**
 * Diagnostics for people, in the shape of {@code docs/cli.md}:
 *
 * <pre>
 * workflows/clarity-upscale.yaml:14:7: error: [UnknownPort] node 'upscale-1' has no input port 'image'
 *       image: input-1.prompt
 *       ^
 *   fix: did you mean 'image_url'? Input ports of process:clarityai_crystal_upscaler: image_url
 *   see: docs/errors/UnknownPort.md
 * </pre>
 *
 * Each diagnostic is followed by a blank line; the summary line ends the report.
 */
final class TextRenderer implements DiagnosticsRenderer {
  private final Palette palette;

  TextRenderer(Palette palette) {
    this.palette = palette;
  }

  @Override
  public void render(DiagnosticReport report, PrintWriter out) {
    for (Diagnostic d : report.diagnostics()) {
      out.print(format(d));
      out.println();
    }
    String summary = report.summary();
    out.println(report.hasErrors() ? palette.error(summary) : palette.ok(summary));
  }

  /** One diagnostic, every line ending with a line break. */
  String format(Diagnostic d) {
    StringBuilder sb = new StringBuilder();
    String severity = d.severity().word() + ":";
    sb.append(palette.bold(d.position() + ":"))
        .append(' ')
        .append(d.isError() ? palette.error(severity) : palette.warning(severity))
        .append(" [")
        .append(d.id())
        .append("] ")
        .append(d.message())
        .append('\n');
    SourcePosition pos = d.position();
    if (!d.snippet().isEmpty()) {
      sb.append(d.snippet()).append('\n');
      if (pos.column() > 0) {
        sb.append(caretPadding(d.snippet(), pos.column())).append(palette.caret("^")).append('\n');
      }
    }
    if (!d.fix().isEmpty()) {
      sb.append("  ").append(palette.hint("fix:")).append(' ').append(d.fix()).append('\n');
    }
    sb.append("  ").append(palette.faint("see: " + DiagnosticReport.docsPath(d.id()))).append('\n');
    return sb.toString();
  }

  /** Spaces up to the 1-based column, keeping the snippet's tabs so the caret lines up. */
  private static String caretPadding(String snippet, int column) {
    StringBuilder pad = new StringBuilder();
    for (int i = 0; i < column - 1; i++) {
      pad.append(i < snippet.length() && snippet.charAt(i) == '\t' ? '\t' : ' ');
    }
    return pad.toString();
  }
}
