package dev.wireform.cli.output;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.SourcePosition;
import java.util.List;

/** A realistic mix of diagnostics shared by the renderer tests. */
final class SampleDiagnostics {
  private SampleDiagnostics() {}

  static final Diagnostic UNKNOWN_PORT =
      Diagnostic.error(
              "UnknownPort",
              new SourcePosition("workflows/clarity-upscale.yaml", 14, 7),
              "node 'upscale-1' has no input port 'image'")
          .withSnippet("      image: input-1.prompt")
          .withFix(
              "did you mean 'image_url'? Input ports of process:clarityai_crystal_upscaler:"
                  + " image_url");

  static final Diagnostic PARAM_OUT_OF_RANGE =
      Diagnostic.error(
              "ParamOutOfRange",
              new SourcePosition("workflows/clarity-upscale.yaml", 12, 30),
              "param 'scale_factor' of node 'upscale-1' is 32, expected 1 to 16")
          .withSnippet("    params: { scale_factor: 32 }")
          .withFix("use a scale_factor from 1 to 16");

  static final Diagnostic UNREACHABLE =
      Diagnostic.warning(
              "UnreachableNode",
              new SourcePosition("workflows/product photos.yaml", 20, 3),
              "node 'convert-2' is not reachable from any input node")
          .withSnippet("  convert-2:");

  static final Diagnostic EMPTY_FILE =
      Diagnostic.error("EmptyWorkflow", SourcePosition.file("workflows/empty.yaml"),
          "workflow 'empty' has no nodes")
          .withFix("declare at least one node under 'nodes:'");

  /** Three files: two errors in one, one error in another, one warning in a third. */
  static DiagnosticReport mixed() {
    return new DiagnosticReport(
        List.of(UNREACHABLE, UNKNOWN_PORT, EMPTY_FILE, PARAM_OUT_OF_RANGE), 3);
  }
}
