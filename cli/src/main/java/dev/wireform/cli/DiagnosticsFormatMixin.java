package dev.wireform.cli;

import dev.wireform.cli.output.DiagnosticsFormat;
import dev.wireform.cli.output.DiagnosticsRenderer;
import dev.wireform.cli.output.Palette;
import picocli.CommandLine.Option;

/** {@code --format text|json|sarif} for commands that report diagnostics. */
public final class DiagnosticsFormatMixin {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = DiagnosticsFormatMixin.Formats.class,
      completionCandidates = DiagnosticsFormatMixin.Formats.class,
      description = "How to print diagnostics: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}."
          + " json is a versioned document for scripts; sarif is SARIF 2.1.0 for code scanning.")
  private DiagnosticsFormat format = DiagnosticsFormat.TEXT;

  /** The values of {@code --format}, in lower case. */
  public static final class Formats extends LowercaseEnumOption<DiagnosticsFormat> {
    public Formats() {
      super(DiagnosticsFormat.class);
    }
  }

  public DiagnosticsFormat format() {
    return format;
  }

  /** The renderer for the chosen format; colour only for text, and only when allowed. */
  public DiagnosticsRenderer renderer(RootCommand root) {
    return DiagnosticsRenderer.of(
        format, Palette.of(root.colorAllowed()), VersionProvider.version());
  }
}
