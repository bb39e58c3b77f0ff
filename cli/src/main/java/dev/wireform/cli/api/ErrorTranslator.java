package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Turns a failed call into the matching {@link ApiException}, with every text scrubbed of the
 * API key (a server that echoes the key back must not make us print it).
 */
final class ErrorTranslator {
  private final HttpUrl base;
  private final ApiKeySource keys;
  private final Clock clock;
  private final Duration callTimeout;

  ErrorTranslator(HttpUrl base, ApiKeySource keys, Clock clock, Duration callTimeout) {
    this.base = base;
    this.keys = keys;
    this.clock = clock;
    this.callTimeout = callTimeout;
  }

  /** The exception for a non-2xx answer whose body was {@code bodyText}. */
  ApiException fromResponse(Response raw, String bodyText) {
    int status = raw.code();
    ErrorBody body = ErrorBody.parse(redact(bodyText));
    String message = body.message().isEmpty() ? "the response gives no reason" : body.message();
    ErrorContext ctx = context(raw, message);
    return switch (status) {
      case 400 -> new BadRequestException(ctx, badRequestFix(ctx, body));
      case 401, 403 -> new AuthException(ctx, authFix(ctx, body));
      case 402 -> credits(ctx, body);
      case 404 -> new NotFoundException(ctx, notFoundFix(ctx));
      case 409 -> new ConflictException(
          ctx,
          body.text("currentUpdatedAt"),
          body.text("yourBaseUpdatedAt"),
          body.code().filter("idempotency_key_in_use"::equals).isPresent()
              ? "a request with the same Idempotency-Key is still being processed; wait for it"
                  + " to finish, then run the command again"
              : ConflictException.STALE_WRITE_FIX);
      case 422 -> isGraphError(body)
          ? invalidGraph(ctx, body)
          : new BadRequestException(ctx, badRequestFix(ctx, body));
      case 429 -> rateLimited(ctx, raw, body);
      default -> {
        if (status >= 500) {
          yield new ServerException(ctx);
        }
        if (status >= 300 && status < 400) {
          yield redirect(raw, ctx);
        }
        if (status >= 400) {
          yield new BadRequestException(ctx, badRequestFix(ctx, body));
        }
        yield new UnexpectedResponseException(
            ctx, "check that the endpoint " + base + " is a Wireflow API");
      }
    };
  }

  /** A 2xx answer without what the call needs. */
  UnexpectedResponseException unexpectedBody(Response raw, String problem) {
    return new UnexpectedResponseException(
        context(raw, redact(problem)),
        "check that the endpoint " + base + " is a Wireflow API; if it is, the API changed:"
            + " report this with the request id");
  }

  /** A 2xx answer whose body is not JSON at all. */
  UnexpectedResponseException malformed(Request request, MalformedBodyException e) {
    return new UnexpectedResponseException(
        new ErrorContext(
            request.method(), path(request), 0, "", Optional.empty(), redact(e.getMessage()), 1),
        "check that the endpoint " + base + " is a Wireflow API and that no proxy or login"
            + " page answers in its place");
  }

  /** No answer at all. */
  NetworkException network(Request request, IOException e, boolean canceled) {
    int attempts = 1;
    IOException cause = e;
    if (e instanceof RetriesExhaustedException r) {
      attempts = r.attempts();
      cause = r.last();
    }
    String hostPort = base.host() + ":" + base.port();
    String what;
    String fix;
    if (canceled && cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException)) {
      what = "the call did not finish within the call timeout of "
          + RetryInterceptor.millis(callTimeout);
      fix = "retry later, or raise the call timeout if the server is slow";
    } else if (cause instanceof UnknownHostException) {
      what = "cannot resolve host '" + base.host() + "'";
      fix = "check the endpoint URL (" + base + ") and your DNS/network";
    } else if (cause instanceof ConnectException) {
      what = "cannot connect to " + hostPort + " (" + describe(cause) + ")";
      fix = "check that the server at " + base + " is running and reachable";
    } else if (cause instanceof SocketTimeoutException) {
      what = "no answer from " + hostPort + " in time (" + describe(cause) + ")";
      fix = "retry later, or raise the read/connect timeout if the server is slow";
    } else if (cause instanceof SSLException) {
      what = "TLS failure with " + hostPort + " (" + describe(cause) + ")";
      fix = "check the endpoint URL and the system's trusted certificates";
    } else if (cause instanceof InterruptedIOException) {
      what = "interrupted (" + describe(cause) + ")";
      fix = "run the command again";
    } else {
      what = "connection to " + hostPort + " failed (" + describe(cause) + ")";
      fix = "check that the server at " + base + " is running and reachable, then retry";
    }
    return new NetworkException(
        new ErrorContext(
            request.method(), path(request), 0, "", Optional.empty(), redact(what), attempts),
        fix,
        cause);
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private ErrorContext context(Response raw, String message) {
    int attempts = 1;
    String a = raw.header(RetryInterceptor.ATTEMPTS_HEADER);
    if (a != null) {
      try {
        attempts = Integer.parseInt(a);
      } catch (NumberFormatException ignored) {
        attempts = 1;
      }
    }
    return new ErrorContext(
        raw.request().method(),
        path(raw.request()),
        raw.code(),
        ErrorContext.reasonPhrase(raw.code()),
        Optional.ofNullable(raw.header("X-Request-Id")).map(this::redact),
        redact(message),
        attempts);
  }

  private String path(Request request) {
    return ApiPath.of(request.url(), base);
  }

  private String redact(String text) {
    if (text == null) {
      return "";
    }
    return keys.secret().map(s -> s.redact(text)).orElse(text);
  }

  private InsufficientCreditsException credits(ErrorContext ctx, ErrorBody body) {
    List<CreditCharge> breakdown =
        body.list("breakdown").stream()
            .filter(JsonNode::isObject)
            .map(
                n ->
                    new CreditCharge(
                        Json.text(n, "nodeId").orElse("?"),
                        Json.text(n, "nodeLabel").map(this::redact),
                        Json.decimal(n, "credits").orElse(BigDecimal.ZERO)))
            .toList();
    return new InsufficientCreditsException(
        ctx,
        body.field("requiredCredits").flatMap(Json::decimalOf),
        body.field("availableCredits").flatMap(Json::decimalOf),
        breakdown);
  }

  private InvalidGraphException invalidGraph(ErrorContext ctx, ErrorBody body) {
    List<Violation> violations =
        body.list("violations").stream()
            .map(
                v ->
                    v.isObject()
                        ? new Violation(
                            Json.firstText(v, "rule", "code").orElse(""),
                            redact(Json.text(v, "message").orElse(v.toString())),
                            Json.text(v, "fix").map(this::redact),
                            Json.text(v, "nodeId"),
                            Json.text(v, "edgeId"))
                        : new Violation(
                            "", redact(v.asText()), Optional.empty(), Optional.empty(),
                            Optional.empty()))
            .toList();
    return new InvalidGraphException(ctx, violations);
  }

  private RateLimitedException rateLimited(ErrorContext ctx, Response raw, ErrorBody body) {
    Instant now = clock.instant();
    Optional<Instant> reset = RateLimitHeaders.reset(raw.headers(), now);
    Optional<Duration> retryAfter =
        RateLimitHeaders.retryAfter(raw.headers(), now)
            .or(() -> reset.map(r -> Duration.between(now, r)).filter(d -> !d.isNegative()))
            .or(
                () ->
                    RateLimitHeaders.bodyRetryAfter(body.json(), now)
                        .map(r -> Duration.between(now, r))
                        .filter(d -> !d.isNegative()));
    OptionalInt limit = RateLimitHeaders.intHeader(raw.headers(), RateLimitHeaders.LIMIT);
    return new RateLimitedException(ctx, retryAfter, reset, limit);
  }

  private UnexpectedResponseException redirect(Response raw, ErrorContext ctx) {
    String location = raw.header("Location");
    String target = location == null ? "an unnamed location" : redact(location);
    ErrorContext withTarget =
        new ErrorContext(
            ctx.method(),
            ctx.path(),
            ctx.status(),
            ctx.reason(),
            ctx.requestId(),
            "the server redirects to " + target,
            ctx.attempts());
    return new UnexpectedResponseException(
        withTarget,
        "set the environment's endpoint to the API root the redirect points at (e.g. "
            + ClientConfig.DEFAULT_BASE_URL + "); wireform does not follow redirects, so the"
            + " key is never sent to a host it was not configured for");
  }

  private static boolean isGraphError(ErrorBody body) {
    return body.code().filter("invalid_graph"::equals).isPresent()
        || !body.list("violations").isEmpty();
  }

  private String authFix(ErrorContext ctx, ErrorBody body) {
    String env = keys.envVar();
    String m = ctx.serverMessage().toLowerCase(java.util.Locale.ROOT);
    if (ctx.status() == 403) {
      String scope = body.text("requiredScope").map(this::redact)
          .orElseGet(() -> scope(ctx.method(), ctx.path()));
      return "the key in " + env + " may lack the '" + scope
          + "' scope, or the resource belongs to another account; create a key with that scope"
          + " under Settings > API Keys";
    }
    if (m.contains("expired")) {
      return "the key in " + env + " has expired: create a new one under Settings > API Keys"
          + " and put it in " + env;
    }
    if (m.contains("format")) {
      return env + " does not hold a Wireflow API key: copy the key exactly as Wireflow showed"
          + " it when it was created";
    }
    return "check the key in " + env + "; if it was deleted or has expired, create a new one"
        + " under Settings > API Keys";
  }

  /** The documented scope a call needs. */
  static String scope(String method, String path) {
    if (path.startsWith("/workflows/executions/")) {
      return "executions:read";
    }
    if (ApiPath.isExecutionStart(method, path) && !ApiPath.isWebhookTrigger(path)) {
      return "workflows:execute";
    }
    if (method.equals("GET") || method.equals("HEAD")) {
      return "workflows:read";
    }
    return "workflows:write";
  }

  private String badRequestFix(ErrorContext ctx, ErrorBody body) {
    String m = ctx.serverMessage().toLowerCase(java.util.Locale.ROOT);
    if (body.code().filter("idempotency_key_reused"::equals).isPresent()) {
      return "the Idempotency-Key was already used for a different request; a retry must repeat"
          + " the request exactly, and a new request needs a new key";
    }
    if (m.contains("not active")) {
      return "activate the workflow (active: true in its YAML, then apply) before running it";
    }
    if (ctx.status() == 413) {
      return "the request body is larger than the server accepts; split the change";
    }
    if (ctx.status() == 405) {
      return "this server does not offer " + ctx.method() + " " + ctx.path()
          + "; check the endpoint URL";
    }
    return "correct the request as the server's message says; sending it unchanged fails again";
  }

  private String notFoundFix(ErrorContext ctx) {
    String p = ctx.path();
    if (p.startsWith("/workflows/executions/")) {
      return "check the execution id (run and trigger print it); executions are visible only"
          + " to their owner's keys";
    }
    if (ApiPath.isWebhookTrigger(p)) {
      return "check the webhook id; enable the webhook on the workflow (Settings > Webhook)"
          + " first";
    }
    if (p.startsWith("/workflows/")) {
      return "check the workflow id; the key sees only its owner's workflows, and the workflow"
          + " may have been deleted in the Wireflow app";
    }
    return "check the endpoint URL (" + base + "); this server may not offer " + p;
  }
}
