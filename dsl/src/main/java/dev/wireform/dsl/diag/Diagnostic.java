package dev.wireform.dsl.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a user's input: where it is, which check found it, what was found and
 * how to fix it.
 *
 * @param id the stable ID; for graph checks the check's class name, with a page at {@code
 *     docs/errors/<id>.md}
 * @param severity error or warning
 * @param position where the problem is
 * @param message what was found and what was expected, user values in single quotes
 * @param fix a concrete suggestion, or empty
 * @param snippet the source line at {@code position}, or empty when it is not known
 */
public record Diagnostic(
    String id, Severity severity, SourcePosition position, String message, String fix, String snippet)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::position)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::id)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(position, "position == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(fix, "fix == null");
    Objects.requireNonNull(snippet, "snippet == null");
  }

  /** An error without fix or snippet; add them with {@link #withFix} and {@link #withSnippet}. */
  public static Diagnostic error(String id, SourcePosition position, String message) {
    return new Diagnostic(id, Severity.ERROR, position, message, "", "");
  }

  /** A warning without fix or snippet. */
  public static Diagnostic warning(String id, SourcePosition position, String message) {
    return new Diagnostic(id, Severity.WARNING, position, message, "", "");
  }

  public Diagnostic withFix(String fix) {
    return new Diagnostic(id, severity, position, message, fix, snippet);
  }

  public Diagnostic withSnippet(String snippet) {
    return new Diagnostic(id, severity, position, message, fix, snippet);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Sorted by file, line, column, then severity, ID and message: stable output. */
  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
