package dev.wireform.cli.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.Headers;

/**
 * A shared, thread-safe request budget: at most {@code limit} sends in any sliding window of one
 * minute, and none while the server said its budget is spent ({@code X-RateLimit-Remaining: 0}
 * until {@code X-RateLimit-Reset}, or a 429's {@code Retry-After}). Each caller reserves a send
 * time under the lock and waits outside it, so concurrent callers queue for distinct slots.
 *
 * <p>A sliding window is stricter than the server's fixed window, so pacing by it never exceeds
 * the server's budget whatever the alignment of the two windows.
 */
final class RateBudget {
  static final Duration WINDOW = Duration.ofMinutes(1);

  private final String name;
  private final int configuredLimit;
  private final Clock clock;
  private final Duration maxServerWait;
  /** Send times granted so far (monotonic, possibly in the future); only the last limit kept. */
  private final Deque<Instant> grants = new ArrayDeque<>();

  private int limit;
  private Instant blockedUntil = Instant.MIN;

  /**
   * @param limit sends per minute; 0 for no client-side limit (server signals still apply)
   * @param maxServerWait a server-requested pause longer than this is not waited out here: the
   *     request goes ahead and the server's 429 reaches the caller with its wait
   */
  RateBudget(String name, int limit, Clock clock, Duration maxServerWait) {
    this.name = name;
    this.configuredLimit = limit;
    this.limit = limit;
    this.clock = clock;
    this.maxServerWait = maxServerWait;
  }

  /** Reserves the next send slot and returns how long the caller must wait for it. */
  synchronized Duration reserve() {
    Instant now = clock.instant();
    Instant at = now;
    if (blockedUntil.isAfter(at)
        && Duration.between(now, blockedUntil).compareTo(maxServerWait) <= 0) {
      at = blockedUntil;
    }
    if (limit > 0 && grants.size() >= limit) {
      Instant nth = nthLatest(limit);
      Instant free = nth.plus(WINDOW);
      if (free.isAfter(at)) {
        at = free;
      }
    }
    if (!grants.isEmpty() && grants.peekLast().isAfter(at)) {
      at = grants.peekLast();
    }
    grants.addLast(at);
    int keep = Math.max(limit, 1);
    while (grants.size() > keep) {
      grants.removeFirst();
    }
    return Duration.between(now, at);
  }

  /** Learns from a response: the server's limit, an exhausted budget, a 429's wait. */
  synchronized void observe(int status, Headers headers) {
    Instant now = clock.instant();
    OptionalInt serverLimit = RateLimitHeaders.intHeader(headers, RateLimitHeaders.LIMIT);
    if (serverLimit.isPresent() && serverLimit.getAsInt() > 0) {
      int s = serverLimit.getAsInt();
      limit = configuredLimit == 0 ? 0 : Math.min(configuredLimit, s);
    }
    OptionalInt remaining = RateLimitHeaders.intHeader(headers, RateLimitHeaders.REMAINING);
    Optional<Instant> reset = RateLimitHeaders.reset(headers, now);
    if (remaining.isPresent() && remaining.getAsInt() == 0 && reset.isPresent()) {
      blockUntil(reset.get());
    }
    if (status == 429) {
      Optional<Duration> retryAfter = RateLimitHeaders.retryAfter(headers, now);
      if (retryAfter.isPresent()) {
        blockUntil(now.plus(retryAfter.get()));
      } else {
        reset.ifPresent(this::blockUntil);
      }
    }
  }

  private void blockUntil(Instant until) {
    if (until.isAfter(blockedUntil)) {
      blockedUntil = until;
    }
  }

  private Instant nthLatest(int n) {
    Iterator<Instant> it = grants.descendingIterator();
    Instant x = null;
    for (int i = 0; i < n && it.hasNext(); i++) {
      x = it.next();
    }
    return x;
  }

  String name() {
    return name;
  }

  synchronized int limit() {
    return limit;
  }
}
