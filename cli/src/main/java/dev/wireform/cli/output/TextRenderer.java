package dev.wireform.cli.output;

import dev.wireform.compiler.DiagnosticFormatter;
import dev.wireform.dsl.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/**
 * Diagnostics for people: each in the shape of {@link DiagnosticFormatter} followed by a blank
 * line, then the summary line. With colour, the location is bold, the severity red or yellow,
 * the caret green and the fix cyan; without colour the text is exactly the formatter's.
 */
final class TextRenderer implements DiagnosticsRenderer {
  private static final DiagnosticFormatter FORMATTER = new DiagnosticFormatter();

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
    String plain = FORMATTER.format(d);
    if (!palette.enabled()) {
      return plain;
    }
    // The formatter's lines, in order: header, [snippet, [caret]], [fix], see.
    List<String> lines = plain.lines().toList();
    StringBuilder sb = new StringBuilder();
    int i = 0;
    String header = lines.get(i++);
    String location = d.position() + ":";
    String severity = d.severity().word() + ":";
    String rest = header.substring(location.length() + 1 + severity.length());
    sb.append(palette.bold(location)).append(' ');
    sb.append(d.isError() ? palette.error(severity) : palette.warning(severity));
    sb.append(rest).append('\n');
    if (!d.snippet().isEmpty()) {
      sb.append(lines.get(i++)).append('\n');
      if (d.position().column() > 0) {
        String caret = lines.get(i++);
        sb.append(caret, 0, caret.length() - 1).append(palette.caret("^")).append('\n');
      }
    }
    if (!d.fix().isEmpty()) {
      String fix = lines.get(i++);
      sb.append("  ").append(palette.hint("fix:")).append(fix.substring("  fix:".length()));
      sb.append('\n');
    }
    sb.append(palette.faint(lines.get(i))).append('\n');
    return sb.toString();
  }
}
