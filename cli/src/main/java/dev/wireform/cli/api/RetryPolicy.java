package dev.wireform.cli.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard the client tries: at most {@code maxAttempts} sends per call; between them an
 * exponential backoff from {@code baseDelay}, doubled per attempt and capped at {@code
 * maxDelay}, with jitter; a server-given wait ({@code Retry-After}, {@code X-RateLimit-Reset}) is
 * honoured as given, unless it exceeds {@code maxServerWait}, in which case the call fails at
 * once with the wait in the error rather than blocking for minutes.
 */
public record RetryPolicy(
    int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxServerWait) {

  public RetryPolicy {
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new ClientConfigException(
          "retry maxAttempts is " + maxAttempts, "use a value from 1 (no retries) to 20");
    }
    Objects.requireNonNull(baseDelay, "baseDelay == null");
    Objects.requireNonNull(maxDelay, "maxDelay == null");
    Objects.requireNonNull(maxServerWait, "maxServerWait == null");
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || maxServerWait.isNegative()) {
      throw new ClientConfigException(
          "retry delays are inconsistent (base " + baseDelay + ", max " + maxDelay + ")",
          "use 0 <= baseDelay <= maxDelay and a non-negative maxServerWait");
    }
  }

  /** 4 attempts, 1 s doubling to at most 30 s, server waits up to 90 s honoured. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(90));
  }

  /** A single attempt: nothing is retried. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }
}
