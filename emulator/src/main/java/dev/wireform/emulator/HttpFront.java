package dev.wireform.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The request pipeline: request id, fault injection, auth, scopes, rate limit, idempotency,
 * the endpoint, then headers, logging, and (for an injected drop) no answer at all.
 */
final class HttpFront implements HttpHandler {
  static final int MAX_BODY_BYTES = 32 * 1024 * 1024;
  private static final String API = "/api/v1";
  private static final String ADMIN = "/_emulator";
  private static final String EXPOSED = "X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining,"
      + " X-RateLimit-Reset, Retry-After";

  /** An answer and how it came about: ok, replayed, fault or dropped. */
  private record Outcome(Reply reply, String kind) {}

  private final Backend backend;
  private final ApiRoutes routes;
  private final AdminEndpoints admin;
  private final MediaEndpoints media;

  HttpFront(Backend backend) {
    this.backend = backend;
    this.routes = new ApiRoutes(backend);
    this.admin = new AdminEndpoints(backend);
    this.media = new MediaEndpoints(backend);
  }

  @Override
  public void handle(HttpExchange ex) {
    long t0 = System.nanoTime();
    String requestId = requestId();
    Instant at = backend.clock.instant();
    String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
    URI uri = ex.getRequestURI();
    String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
    String idemKey = ex.getRequestHeaders().getFirst("Idempotency-Key");
    boolean logged = !path.startsWith(ADMIN + "/");
    Outcome outcome = null;
    try {
      byte[] body = ex.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        Reply tooLarge = Reply.error(413, "Request body too large (max 32 MB)");
        outcome = new Outcome(path.startsWith(API) ? rateHeaders(tooLarge,
            peek(RateLimiter.Bucket.REQUESTS)) : tooLarge, "ok");
      } else if (path.equals(API) || path.startsWith(API + "/")) {
        outcome = api(new Request(method, path, Request.segments(path, API),
            Request.query(uri.getRawQuery()), ex.getRequestHeaders(), body, requestId, at),
            uri.getRawQuery(), idemKey);
      } else if (path.startsWith(ADMIN + "/")) {
        outcome = new Outcome(admin(new Request(method, path, Request.segments(path, ADMIN),
            Request.query(uri.getRawQuery()), ex.getRequestHeaders(), body, requestId, at)), "ok");
      } else if (path.startsWith("/files/") && method.equals("GET")) {
        outcome = new Outcome(media.serve(Request.segments(path, "/files")), "ok");
      } else {
        outcome = new Outcome(Reply.error(404, "Not found"), "ok");
      }
      // Logged before answering, so a client that has its answer always finds its call in the
      // request log (tests count calls right after they return).
      logged = log(logged, at, method, uri, idemKey, requestId, outcome, t0);
      if (outcome.kind().equals("dropped")) {
        ex.close(); // no response headers were sent, so the connection just closes
      } else {
        send(ex, outcome.reply(), requestId);
      }
    } catch (Throwable t) {
      System.err.println("wireform emulator: internal error answering " + method + " " + path
          + " (request " + requestId + ")");
      t.printStackTrace();
      outcome = new Outcome(Reply.error(500, "Internal emulator error (request " + requestId
          + "); see the emulator's output"), "ok");
      logged = log(logged, at, method, uri, idemKey, requestId, outcome, t0);
      try {
        send(ex, outcome.reply(), requestId);
      } catch (IOException | RuntimeException ignored) {
        ex.close();
      }
    } finally {
      log(logged, at, method, uri, idemKey, requestId, outcome, t0);
    }
  }

  /** Records the call once; returns false so later calls for the same exchange do nothing. */
  private boolean log(boolean pending, Instant at, String method, URI uri, String idemKey,
      String requestId, Outcome outcome, long t0) {
    if (pending) {
      String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
      backend.log.add(at, method, path, uri.getRawQuery(),
          outcome == null ? 0 : outcome.reply().status(), idemKey, requestId,
          outcome == null ? "error" : outcome.kind(), (System.nanoTime() - t0) / 1000);
    }
    return false;
  }

  private Outcome api(Request r, String rawQuery, String idemKey) throws IOException,
      InterruptedException {
    ApiRoutes.Resolved resolved = routes.resolve(r.method(), r.segments());
    if (resolved.route() == null) {
      return new Outcome(rateHeaders(resolved.refusal(), peek(RateLimiter.Bucket.REQUESTS)), "ok");
    }
    Route route = resolved.route();
    if (route.bucket() == null) {
      return new Outcome(cors(route, route.handler().handle(r)), "ok");
    }
    Faults faults = backend.faults.faults();
    if (!faults.latency().isZero()) {
      backend.sleeper.sleep(faults.latency());
    }
    FaultInjector.Draw draw = backend.faults.draw();
    if (draw.fail()) {
      return new Outcome(finish(route, Reply.error(500, "Internal server error"),
          peek(route.bucket())), "fault");
    }
    if (route.auth()) {
      ApiKey key;
      try {
        key = backend.keys.authenticate(r.header("Authorization"), r.at());
      } catch (Keyring.AuthFailure e) {
        return new Outcome(finish(route, Reply.error(401, e.getMessage()), peek(route.bucket())),
            "ok");
      }
      if (!route.scopes().isEmpty() && Collections.disjoint(key.scopes(), route.scopes())) {
        ObjectNode body = Json.object();
        body.put("error", "Forbidden");
        body.put("requiredScope", route.scopes().stream().map(Scope::wireName).sorted()
            .reduce((a, b) -> a + " or " + b).orElse(""));
        return new Outcome(finish(route, Reply.json(403, body), peek(route.bucket())), "ok");
      }
    }
    RateLimiter.Decision decision = backend.limiter.acquire(route.bucket(), r.at());
    if (!decision.allowed()) {
      ObjectNode body = Json.object();
      body.put("error", route.bucket() == RateLimiter.Bucket.EXECUTIONS
          ? "Too many workflow executions. Please try again later."
          : "Too many requests. Please try again later.");
      body.put("retryAfter", decision.resetEpochSeconds());
      Reply reply = Reply.json(429, body)
          .withHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
      return new Outcome(finish(route, reply, decision), "ok");
    }
    Outcome handled;
    if (r.method().equals("POST") && idemKey != null && !idemKey.isBlank()) {
      handled = idempotent(route, r, rawQuery, idemKey.trim());
    } else {
      handled = new Outcome(route.handler().handle(r), "ok");
    }
    Reply reply = finish(route, handled.reply(), decision);
    return new Outcome(reply, draw.drop() ? "dropped" : handled.kind());
  }

  private Outcome idempotent(Route route, Request r, String rawQuery, String key)
      throws IOException {
    if (key.length() > 255) {
      return new Outcome(Reply.error(400, "Idempotency-Key must be at most 255 characters"),
          "ok");
    }
    String target = rawQuery == null ? r.path() : r.path() + "?" + rawQuery;
    String fingerprint = Idempotency.fingerprint(r.method(), target, r.body());
    Idempotency.Lookup lookup = backend.idempotency.begin(key, fingerprint, r.at());
    if (lookup instanceof Idempotency.Replay) {
      Reply stored = ((Idempotency.Replay) lookup).reply();
      return new Outcome(stored.withHeader("Idempotent-Replayed", "true"), "replayed");
    }
    if (lookup instanceof Idempotency.Mismatch) {
      ObjectNode body = Json.object();
      body.put("error", "Idempotency-Key '" + key + "' was already used for a different"
          + " request (method, path or body differ). Use a new key for a new request.");
      body.put("code", "idempotency_key_reused");
      return new Outcome(Reply.json(422, body), "ok");
    }
    if (lookup instanceof Idempotency.InFlight) {
      ObjectNode body = Json.object();
      body.put("error", "A request with Idempotency-Key '" + key + "' is still being"
          + " processed. Retry after it has finished.");
      body.put("code", "idempotency_key_in_use");
      return new Outcome(Reply.json(409, body), "ok");
    }
    Reply reply = Reply.error(500, "Internal server error");
    try {
      reply = route.handler().handle(r);
      return new Outcome(reply, "ok");
    } finally {
      backend.idempotency.finish(key, fingerprint, reply, r.at());
    }
  }

  private Reply admin(Request r) throws IOException {
    if (r.segments().equals(List.of("health")) && r.method().equals("GET")) {
      ObjectNode body = Json.object();
      body.put("status", "ok");
      body.put("apiUrl", backend.apiUrl);
      return Reply.json(200, body);
    }
    try {
      backend.keys.authenticateAdmin(r.header("Authorization"));
    } catch (Keyring.AuthFailure e) {
      return Reply.error(401, e.getMessage());
    }
    return admin.handle(r);
  }

  private RateLimiter.Decision peek(RateLimiter.Bucket bucket) {
    return backend.limiter.peek(bucket, backend.clock.instant());
  }

  private static Reply finish(Route route, Reply reply, RateLimiter.Decision d) {
    return cors(route, rateHeaders(reply, d));
  }

  private static Reply rateHeaders(Reply reply, RateLimiter.Decision d) {
    java.util.Map<String, String> h = new java.util.LinkedHashMap<>(reply.headers());
    h.put("X-RateLimit-Limit", Integer.toString(d.limit()));
    h.put("X-RateLimit-Remaining", Integer.toString(d.remaining()));
    h.put("X-RateLimit-Reset", Long.toString(d.resetEpochSeconds()));
    return new Reply(reply.status(), h, reply.contentType(), reply.body(), reply.file());
  }

  private static Reply cors(Route route, Reply reply) {
    if (!route.cors()) {
      return reply;
    }
    return reply.withHeader("Access-Control-Allow-Origin", "*")
        .withHeader("Access-Control-Expose-Headers", EXPOSED);
  }

  private static void send(HttpExchange ex, Reply reply, String requestId) throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("X-Request-Id", requestId);
    if (reply.contentType() != null) {
      h.set("Content-Type", reply.contentType());
    }
    reply.headers().forEach(h::set);
    if (reply.file() != null) {
      long length = Files.size(reply.file());
      ex.sendResponseHeaders(reply.status(), length == 0 ? -1 : length);
      try (OutputStream out = ex.getResponseBody(); InputStream in =
          Files.newInputStream(reply.file())) {
        in.transferTo(out);
      }
    } else if (reply.body().length == 0) {
      ex.sendResponseHeaders(reply.status(), -1);
    } else {
      ex.sendResponseHeaders(reply.status(), reply.body().length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(reply.body());
      }
    }
    ex.close();
  }

  private static String requestId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "req_" + Long.toHexString(r.nextLong() | Long.MIN_VALUE).substring(0, 12)
        + Long.toHexString(r.nextLong() | Long.MIN_VALUE).substring(0, 12);
  }
}
