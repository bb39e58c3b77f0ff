package dev.wireform.cli.output;

import dev.wireform.compiler.DiagnosticFormatter;
import dev.wireform.dsl.diag.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * What a checking command found: every diagnostic of the run, sorted, and how many workflows
 * it read.
 *
 * @param diagnostics the diagnostics, sorted and without duplicates
 * @param workflows how many workflows were read
 * @param okDetail what the command did, appended to the success summary (e.g. {@code " written
 *     to out"}), or empty
 */
public record DiagnosticReport(List<Diagnostic> diagnostics, int workflows, String okDetail) {
  public DiagnosticReport {
    diagnostics = diagnostics.stream().distinct().sorted().toList();
    if (workflows < 0) {
      throw new IllegalArgumentException("workflows < 0: " + workflows);
    }
    Objects.requireNonNull(okDetail, "okDetail == null");
  }

  public DiagnosticReport(List<Diagnostic> diagnostics, int workflows) {
    this(diagnostics, workflows, "");
  }

  public int errors() {
    return (int) diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public int warnings() {
    return diagnostics.size() - errors();
  }

  public boolean hasErrors() {
    return errors() > 0;
  }

  /** How many distinct files have at least one diagnostic. */
  public int filesWithDiagnostics() {
    return (int) diagnostics.stream().map(d -> d.position().file()).distinct().count();
  }

  /**
   * The one-line summary: {@code 2 errors, 1 warning in 2 files} when anything failed, else
   * {@code ok: 4 workflows} plus the {@link #okDetail} (and {@code , 1 warning} when there are
   * warnings).
   */
  public String summary() {
    if (hasErrors()) {
      return count(errors(), "error") + ", " + count(warnings(), "warning") + " in "
          + count(filesWithDiagnostics(), "file");
    }
    String ok = "ok: " + count(workflows, "workflow") + okDetail;
    return warnings() == 0 ? ok : ok + ", " + count(warnings(), "warning");
  }

  /** {@code 1 error}, {@code 2 errors}, {@code 0 errors}. */
  public static String count(int n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }

  /** The documentation page of a diagnostic ID, relative to the repository root. */
  public static String docsPath(String id) {
    return DiagnosticFormatter.DOCS + id + ".md";
  }
}
