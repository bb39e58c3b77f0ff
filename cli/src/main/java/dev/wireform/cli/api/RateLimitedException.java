package dev.wireform.cli.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The server still answered 429 after the retries the policy allows, or asked for a longer wait
 * than the policy honours.
 */
public final class RateLimitedException extends ApiException {
  private final Optional<Duration> retryAfter;
  private final Optional<Instant> resetAt;
  private final OptionalInt limit;

  public RateLimitedException(
      ErrorContext context,
      Optional<Duration> retryAfter,
      Optional<Instant> resetAt,
      OptionalInt limit) {
    super(context, details(retryAfter, resetAt, limit), fix(retryAfter), null);
    this.retryAfter = Objects.requireNonNull(retryAfter);
    this.resetAt = Objects.requireNonNull(resetAt);
    this.limit = Objects.requireNonNull(limit);
  }

  private static List<String> details(
      Optional<Duration> retryAfter, Optional<Instant> resetAt, OptionalInt limit) {
    StringBuilder b = new StringBuilder();
    retryAfter.ifPresent(d -> b.append("retry after ").append(d.toSeconds()).append(" s"));
    resetAt.ifPresent(
        r -> b.append(b.length() > 0 ? "; " : "").append("budget resets at ").append(r));
    limit.ifPresent(
        l -> b.append(b.length() > 0 ? "; " : "").append("limit ").append(l).append(" per window"));
    return b.length() == 0 ? List.of() : List.of(b.toString());
  }

  private static String fix(Optional<Duration> retryAfter) {
    return retryAfter
        .map(d -> "wait " + d.toSeconds() + " s and run the command again; if this recurs, set"
            + " the environment's plan in wireform.yaml so the client paces itself")
        .orElse("wait a minute and run the command again; if this recurs, set the environment's"
            + " plan in wireform.yaml so the client paces itself");
  }

  /** How long the server asked us to wait, if it said. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }

  /** When the server's budget resets ({@code X-RateLimit-Reset}), if it said. */
  public Optional<Instant> resetAt() {
    return resetAt;
  }

  /** The server's {@code X-RateLimit-Limit}, if it said. */
  public OptionalInt limit() {
    return limit;
  }
}
