package dev.wireform.cli.api;

import java.util.List;

/** The server's graph lint refused the workflow (422 {@code invalid_graph}). */
public final class InvalidGraphException extends ApiException {
  private final List<Violation> violations;

  public InvalidGraphException(ErrorContext context, List<Violation> violations) {
    super(
        context,
        violations.stream().map(Violation::describe).toList(),
        "correct the graph as each violation says; run 'wireform validate' to check offline",
        null);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
