package dev.wireform.emulator;

import java.time.Instant;

/**
 * Fixed one-minute windows aligned to the epoch minute, one for executions and one for every
 * other call, as on Wireflow's rate-limits page. {@code X-RateLimit-Reset} is the end of the
 * current window in epoch seconds.
 */
final class RateLimiter {
  enum Bucket {
    REQUESTS,
    EXECUTIONS
  }

  /** The outcome of taking one unit from a bucket. */
  record Decision(
      boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds) {}

  private final long[] window = new long[Bucket.values().length];
  private final int[] used = new int[Bucket.values().length];
  private final int[] limits = new int[Bucket.values().length];

  RateLimiter(int requestsPerMinute, int executionsPerMinute) {
    setLimits(requestsPerMinute, executionsPerMinute);
  }

  synchronized void setLimits(int requestsPerMinute, int executionsPerMinute) {
    if (requestsPerMinute < 1 || executionsPerMinute < 1) {
      throw new IllegalArgumentException(
          "rate limits must be at least 1 per minute, found " + requestsPerMinute + " and "
              + executionsPerMinute);
    }
    limits[Bucket.REQUESTS.ordinal()] = requestsPerMinute;
    limits[Bucket.EXECUTIONS.ordinal()] = executionsPerMinute;
  }

  synchronized int limit(Bucket b) {
    return limits[b.ordinal()];
  }

  /** Takes one unit if the window has any left. */
  synchronized Decision acquire(Bucket b, Instant now) {
    roll(b, now);
    int i = b.ordinal();
    if (used[i] >= limits[i]) {
      return decision(b, now, false);
    }
    used[i]++;
    return decision(b, now, true);
  }

  /** The bucket's state without taking anything. */
  synchronized Decision peek(Bucket b, Instant now) {
    roll(b, now);
    return decision(b, now, true);
  }

  synchronized void reset() {
    java.util.Arrays.fill(used, 0);
    java.util.Arrays.fill(window, 0);
  }

  private void roll(Bucket b, Instant now) {
    long w = Math.floorDiv(now.getEpochSecond(), 60);
    if (window[b.ordinal()] != w) {
      window[b.ordinal()] = w;
      used[b.ordinal()] = 0;
    }
  }

  private Decision decision(Bucket b, Instant now, boolean allowed) {
    int i = b.ordinal();
    long reset = (window[i] + 1) * 60;
    long millisLeft = reset * 1000 - now.toEpochMilli();
    long retryAfter = Math.max(1, (millisLeft + 999) / 1000);
    return new Decision(allowed, limits[i], Math.max(0, limits[i] - used[i]), reset, retryAfter);
  }
}
