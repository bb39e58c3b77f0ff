package dev.wireform.cli.api;

import java.util.Objects;

/**
 * A credential that never shows itself: {@link #toString()} is redacted, and {@link
 * #redact(String)} scrubs it from any text before that text reaches a user or a log.
 *
 * <p>The value must be a single HTTP header token: printable ASCII without spaces. OkHttp 3
 * copies a rejected header value into its exception message (CVE-2023-0833), so a bad value is
 * refused here, before any request is built, and the refusal never quotes the value.
 */
public final class Secret {
  /** What replaces the secret wherever it would have appeared. */
  public static final String REDACTED = "[REDACTED]";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * A secret holding {@code value}.
   *
   * @throws IllegalArgumentException if the value is empty or holds a character that is not
   *     printable ASCII; the message names the position and kind, never the value
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "value == null");
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new Secret(value);
  }

  /** Why {@code value} cannot be a secret, or null if it can. Never quotes the value. */
  static String problem(String value) {
    if (value.isEmpty()) {
      return "it is empty";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n') {
        return "it contains a line break (CR/LF) at position " + (i + 1);
      }
      if (c < 0x20 || c == 0x7f) {
        return "it contains a control character at position " + (i + 1);
      }
      if (c == ' ') {
        return "it contains a space at position " + (i + 1);
      }
      if (c > 0x7e) {
        return "it contains a non-ASCII character at position " + (i + 1);
      }
    }
    return null;
  }

  /** The raw value, for the one place that must send it (the Authorization header). */
  String reveal() {
    return value;
  }

  /** {@code text} with every occurrence of this secret replaced by {@value #REDACTED}. */
  public String redact(String text) {
    return text == null ? null : text.replace(value, REDACTED);
  }

  @Override
  public String toString() {
    return "Secret[" + REDACTED + "]";
  }
}
