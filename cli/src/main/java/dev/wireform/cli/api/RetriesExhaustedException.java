package dev.wireform.cli.api;

import java.io.IOException;

/** A network failure on the last allowed attempt; carries how many attempts were made. */
final class RetriesExhaustedException extends IOException {
  private final int attempts;

  RetriesExhaustedException(int attempts, IOException last) {
    super(last.getMessage(), last);
    this.attempts = attempts;
  }

  int attempts() {
    return attempts;
  }

  IOException last() {
    return (IOException) getCause();
  }
}
