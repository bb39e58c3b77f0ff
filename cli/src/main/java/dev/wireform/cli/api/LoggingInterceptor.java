package dev.wireform.cli.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One debug line per attempt and one per answer: method, path, status, duration, request id.
 * {@code Authorization} is shown only as redacted, and every line is scrubbed of the key as a
 * second line of defence.
 */
final class LoggingInterceptor implements Interceptor {
  private final HttpUrl base;
  private final ApiKeySource keys;
  private final Clock clock;
  private final LogSink log;

  LoggingInterceptor(HttpUrl base, ApiKeySource keys, Clock clock, LogSink log) {
    this.base = base;
    this.keys = keys;
    this.clock = clock;
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String what = request.method() + " " + ApiPath.of(request.url(), base);
    StringBuilder out = new StringBuilder("--> ").append(what);
    if (request.header(AuthInterceptor.AUTHORIZATION) != null) {
      out.append(" [Authorization: Bearer ").append(Secret.REDACTED).append(']');
    } else {
      out.append(" [no Authorization]");
    }
    String key = request.header(RetryInterceptor.IDEMPOTENCY_KEY);
    if (key != null) {
      out.append(" [Idempotency-Key: ").append(key).append(']');
    }
    emit(out.toString());
    Instant start = clock.instant();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException | RuntimeException e) {
      emit("<-- failed " + what + " after " + elapsed(start) + ": " + e.getClass().getSimpleName()
          + ": " + e.getMessage());
      throw e;
    }
    String requestId = response.header("X-Request-Id");
    emit("<-- " + response.code() + " " + what + " in " + elapsed(start)
        + (requestId == null ? " (no request id)" : " (request id " + requestId + ")"));
    return response;
  }

  private String elapsed(Instant start) {
    return Duration.between(start, clock.instant()).toMillis() + " ms";
  }

  private void emit(String line) {
    String safe = line;
    if (keys.secret().isPresent()) {
      safe = keys.secret().get().redact(line);
    }
    log.debug(safe);
  }
}
