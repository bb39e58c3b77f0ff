package dev.wireform.dsl.diag;

/** How bad a diagnostic is. Only errors fail a run. */
public enum Severity {
  ERROR,
  WARNING;

  /** The lower-case word used in rendered diagnostics: {@code error} or {@code warning}. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
