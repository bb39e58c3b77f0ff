package dev.wireform.cli.run;

import java.time.Duration;
import java.util.Objects;

/**
 * The wait between two polls: {@code first}, then each wait {@code factor} times the previous,
 * never more than {@code max}. Wireflow documents 1 s, ×1.5, capped at 10 s.
 *
 * @param first the wait before the first poll
 * @param factor how much each wait grows, at least 1
 * @param max the longest wait
 */
public record Backoff(Duration first, double factor, Duration max) {
  /** The documented polling cadence: 1 s, ×1.5, at most 10 s. */
  public static final Backoff DOCUMENTED =
      new Backoff(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(10));

  public Backoff {
    Objects.requireNonNull(first, "first == null");
    Objects.requireNonNull(max, "max == null");
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("need 0 < first <= max, found " + first + ", " + max);
    }
    if (!(factor >= 1.0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("factor must be at least 1, found " + factor);
    }
  }

  /** The wait after {@code previous}: {@code previous × factor}, capped at {@link #max}. */
  public Duration after(Duration previous) {
    long next = Math.round(previous.toMillis() * factor);
    return next >= max.toMillis() ? max : Duration.ofMillis(next);
  }
}
