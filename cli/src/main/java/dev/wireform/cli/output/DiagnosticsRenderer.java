package dev.wireform.cli.output;

import java.io.PrintWriter;

/** Writes a {@link DiagnosticReport} in one output format. */
public interface DiagnosticsRenderer {
  /** Writes the whole report, ending with a line break. */
  void render(DiagnosticReport report, PrintWriter out);

  /** The renderer for a {@code --format} choice; colour applies to text only. */
  static DiagnosticsRenderer of(DiagnosticsFormat format, Palette palette, String toolVersion) {
    return switch (format) {
      case TEXT -> new TextRenderer(palette);
      case JSON -> new JsonRenderer();
      case SARIF -> new SarifRenderer(toolVersion);
    };
  }
}
