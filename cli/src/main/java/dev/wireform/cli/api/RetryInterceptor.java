package dev.wireform.cli.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends a request again after a 429, a 5xx or a dropped connection, when that is safe: always
 * for GET, HEAD, PUT, DELETE and OPTIONS; for POST and PATCH only when the request carries an
 * {@code Idempotency-Key}, which every attempt then repeats unchanged (the request object is
 * reused as is). The wait is the server's {@code Retry-After} (seconds or HTTP-date), else on a
 * 429 its {@code X-RateLimit-Reset} (then the body's {@code retryAfter}), else a capped
 * exponential backoff with jitter. The previous response is closed before the next attempt, as
 * OkHttp 3 requires. The response that is finally returned carries {@value #ATTEMPTS_HEADER}.
 */
final class RetryInterceptor implements Interceptor {
  /** Added to the returned response: how many attempts were made. Client-side only. */
  static final String ATTEMPTS_HEADER = "X-Wireform-Attempts";

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private final RetryPolicy policy;
  private final HttpUrl base;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final LogSink log;

  RetryInterceptor(
      RetryPolicy policy,
      HttpUrl base,
      Clock clock,
      Sleeper sleeper,
      RandomGenerator random,
      LogSink log) {
    this.policy = policy;
    this.base = base;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean retryable = isRetryable(request);
    String what = request.method() + " " + ApiPath.of(request.url(), base);
    for (int attempt = 1; ; attempt++) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (!retryable || chain.call().isCanceled() || !isTransient(e)) {
          throw attempt > 1 ? new RetriesExhaustedException(attempt, e) : e;
        }
        if (attempt >= policy.maxAttempts()) {
          throw new RetriesExhaustedException(attempt, e);
        }
        Duration wait = backoff(attempt);
        log.debug("retry: " + what + " failed (" + e.getClass().getSimpleName() + "); attempt "
            + (attempt + 1) + " of " + policy.maxAttempts() + " in " + millis(wait));
        pause(wait);
        continue;
      }
      int code = response.code();
      if (!retryable || !isRetryableStatus(code) || attempt >= policy.maxAttempts()) {
        return withAttempts(response, attempt);
      }
      Optional<Duration> serverWait = serverWait(response);
      if (serverWait.isPresent() && serverWait.get().compareTo(policy.maxServerWait()) > 0) {
        log.debug("retry: " + what + " got HTTP " + code + " asking to wait "
            + millis(serverWait.get()) + ", more than the " + millis(policy.maxServerWait())
            + " the policy honours; giving up");
        return withAttempts(response, attempt);
      }
      int done = attempt;
      Duration wait = serverWait.orElseGet(() -> backoff(done));
      response.close();
      log.debug("retry: " + what + " got HTTP " + code + "; attempt " + (attempt + 1) + " of "
          + policy.maxAttempts() + " in " + millis(wait));
      pause(wait);
    }
  }

  static boolean isRetryable(Request request) {
    if (SAFE_METHODS.contains(request.method())) {
      return true;
    }
    String key = request.header(IDEMPOTENCY_KEY);
    return key != null && !key.isBlank();
  }

  static boolean isRetryableStatus(int code) {
    return code == 429 || (code >= 500 && code <= 599 && code != 501 && code != 505);
  }

  /** Connection refused/reset/dropped and read timeouts; not DNS, TLS or cancellation. */
  private static boolean isTransient(IOException e) {
    if (e instanceof UnknownHostException || e instanceof SSLException) {
      return false;
    }
    if (e instanceof InterruptedIOException) {
      return e instanceof java.net.SocketTimeoutException;
    }
    return true;
  }

  private Optional<Duration> serverWait(Response response) {
    Instant now = clock.instant();
    Optional<Duration> retryAfter = RateLimitHeaders.retryAfter(response.headers(), now);
    if (retryAfter.isPresent() || response.code() != 429) {
      return retryAfter;
    }
    Optional<Duration> untilReset =
        RateLimitHeaders.reset(response.headers(), now)
            .map(at -> Duration.between(now, at))
            .filter(d -> !d.isNegative() && !d.isZero());
    if (untilReset.isPresent()) {
      return untilReset;
    }
    return bodyRetryAfter(response)
        .map(at -> Duration.between(now, at))
        .filter(d -> !d.isNegative() && !d.isZero());
  }

  private Optional<Instant> bodyRetryAfter(Response response) {
    try {
      ResponseBody peek = response.peekBody(16 * 1024);
      String text = peek.string();
      if (text.isBlank()) {
        return Optional.empty();
      }
      return RateLimitHeaders.bodyRetryAfter(Json.MAPPER.readTree(text), clock.instant());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The backoff before attempt {@code attempt + 1}: base * 2^(attempt-1), capped, jittered. */
  Duration backoff(int attempt) {
    long cap = policy.maxDelay().toMillis();
    // Attempts are at most 20, so the shift cannot overflow for any sane base delay.
    long capped = Math.min(cap, policy.baseDelay().toMillis() << (attempt - 1));
    // Equal jitter: half fixed, half random, so waits spread out but never collapse to zero.
    double r;
    synchronized (random) {
      // RandomGenerator.getDefault() is not thread-safe; retries of concurrent calls share it.
      r = random.nextDouble();
    }
    double factor = 0.5 + 0.5 * r;
    return Duration.ofMillis(Math.round(capped * factor));
  }

  private void pause(Duration wait) throws InterruptedIOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  private static Response withAttempts(Response response, int attempts) {
    return response.newBuilder().header(ATTEMPTS_HEADER, Integer.toString(attempts)).build();
  }

  static String millis(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
  }
}
