package dev.wireform.cli.api;

import java.util.Locale;

/**
 * An execution's or a node's state. Read case-insensitively: the docs write {@code RUNNING},
 * the webhook page {@code queued}, the skill's {@code /run} lowercase words.
 */
public enum ExecutionState {
  QUEUED,
  PENDING,
  RUNNING,
  COMPLETED,
  FAILED,
  CANCELLED,
  /** A word we do not know; the raw text is kept alongside. */
  UNKNOWN;

  /** Whether the execution will not change any more. */
  public boolean isTerminal() {
    return this == COMPLETED || this == FAILED || this == CANCELLED;
  }

  static ExecutionState parse(String s) {
    if (s == null) {
      return UNKNOWN;
    }
    return switch (s.strip().toUpperCase(Locale.ROOT)) {
      case "QUEUED" -> QUEUED;
      case "PENDING", "WAITING", "SCHEDULED" -> PENDING;
      case "RUNNING", "IN_PROGRESS", "PROCESSING", "STARTED" -> RUNNING;
      case "COMPLETED", "COMPLETE", "SUCCEEDED", "SUCCESS", "DONE" -> COMPLETED;
      case "FAILED", "FAILURE", "ERROR", "ERRORED" -> FAILED;
      case "CANCELLED", "CANCELED" -> CANCELLED;
      default -> UNKNOWN;
    };
  }
}
