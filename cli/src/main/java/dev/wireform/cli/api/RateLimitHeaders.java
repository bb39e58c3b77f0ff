package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import okhttp3.Headers;

/**
 * Reads the server's pacing signals: {@code Retry-After} (seconds or HTTP-date), {@code
 * X-RateLimit-Limit/Remaining/Reset}, and the {@code retryAfter} epoch of the documented
 * execution 429 body.
 */
final class RateLimitHeaders {
  static final String RETRY_AFTER = "Retry-After";
  static final String LIMIT = "X-RateLimit-Limit";
  static final String REMAINING = "X-RateLimit-Remaining";
  static final String RESET = "X-RateLimit-Reset";

  /**
   * Below this, a "reset" value is read as seconds from now rather than a Unix epoch. The docs
   * say epoch seconds; a relative value is our tolerance for servers that send a delta.
   */
  private static final long EPOCH_THRESHOLD = 1_000_000_000L;

  private RateLimitHeaders() {}

  /** {@code Retry-After} as a wait from {@code now}; a date in the past gives zero. */
  static Optional<Duration> retryAfter(Headers headers, Instant now) {
    String v = headers.get(RETRY_AFTER);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    v = v.strip();
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code X-RateLimit-Reset} as an instant. */
  static Optional<Instant> reset(Headers headers, Instant now) {
    OptionalLong v = longHeader(headers, RESET);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(epochOrDelta(v.getAsLong(), now));
  }

  /** The {@code retryAfter} field of a 429 body (documented as epoch seconds). */
  static Optional<Instant> bodyRetryAfter(JsonNode body, Instant now) {
    JsonNode n = body == null ? null : body.get("retryAfter");
    if (n == null || !n.canConvertToLong()) {
      return Optional.empty();
    }
    return Optional.of(epochOrDelta(n.asLong(), now));
  }

  static OptionalInt intHeader(Headers headers, String name) {
    OptionalLong v = longHeader(headers, name);
    if (v.isEmpty() || v.getAsLong() > Integer.MAX_VALUE) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) v.getAsLong());
  }

  private static Instant epochOrDelta(long v, Instant now) {
    return v < EPOCH_THRESHOLD ? now.plusSeconds(v) : Instant.ofEpochSecond(v);
  }

  private static OptionalLong longHeader(Headers headers, String name) {
    String v = headers.get(name);
    if (v == null) {
      return OptionalLong.empty();
    }
    try {
      long l = Long.parseLong(v.strip());
      return l < 0 ? OptionalLong.empty() : OptionalLong.of(l);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
