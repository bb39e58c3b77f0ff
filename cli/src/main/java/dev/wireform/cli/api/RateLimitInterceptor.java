package dev.wireform.cli.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Paces requests so a large operation normally never sees a 429: run starts ({@code POST
 * /workflows/{id}/execute}, {@code /run} and the webhook trigger) draw on the execution budget,
 * everything else on the request budget. Every attempt, retries included, draws a slot, and every response teaches
 * the budget what the server's {@code X-RateLimit-*} headers say. One instance is shared by
 * every call of a client, so concurrent callers share the budget.
 */
final class RateLimitInterceptor implements Interceptor {
  private final RateBudget requests;
  private final RateBudget executions;
  private final HttpUrl base;
  private final Sleeper sleeper;
  private final LogSink log;

  RateLimitInterceptor(
      RateBudget requests, RateBudget executions, HttpUrl base, Sleeper sleeper, LogSink log) {
    this.requests = requests;
    this.executions = executions;
    this.base = base;
    this.sleeper = sleeper;
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String path = ApiPath.of(request.url(), base);
    RateBudget budget = ApiPath.isExecutionStart(request.method(), path) ? executions : requests;
    Duration wait = budget.reserve();
    if (!wait.isZero() && !wait.isNegative()) {
      log.debug("rate limit: " + request.method() + " " + path + " waits "
          + RetryInterceptor.millis(wait) + " for the " + budget.name() + " budget ("
          + budget.limit() + "/min)");
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the rate budget");
      }
    }
    Response response = chain.proceed(request);
    budget.observe(response.code(), response.headers());
    return response;
  }
}
