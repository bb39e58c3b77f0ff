package dev.wireform.cli.api;

import java.util.Objects;
import java.util.Optional;

/** One graph-lint finding of a 422 {@code invalid_graph} answer. */
public record Violation(
    String rule,
    String message,
    Optional<String> fix,
    Optional<String> nodeId,
    Optional<String> edgeId) {
  public Violation {
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(fix, "fix == null");
    Objects.requireNonNull(nodeId, "nodeId == null");
    Objects.requireNonNull(edgeId, "edgeId == null");
  }

  String describe() {
    StringBuilder b = new StringBuilder("[").append(rule.isEmpty() ? "violation" : rule).append("]");
    nodeId.ifPresent(n -> b.append(" node '").append(n).append('\''));
    edgeId.ifPresent(e -> b.append(" edge '").append(e).append('\''));
    b.append(": ").append(message);
    fix.ifPresent(f -> b.append(" (fix: ").append(f).append(')'));
    return b.toString();
  }
}
