package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The test-hook API under {@code /_emulator/}, guarded by the admin key. */
final class AdminEndpoints {
  private final Backend backend;

  AdminEndpoints(Backend backend) {
    this.backend = backend;
  }

  Reply handle(Request r) throws IOException {
    List<String> s = r.segments();
    String m = r.method();
    String what = s.isEmpty() ? "" : s.get(0);
    try {
      switch (what) {
        case "requests":
          if (m.equals("GET")) {
            return requests(r);
          }
          if (m.equals("DELETE")) {
            backend.log.clear();
            return Reply.empty(204);
          }
          return notAllowed(m, "GET, DELETE");
        case "reset":
          if (!m.equals("POST")) {
            return notAllowed(m, "POST");
          }
          backend.reset();
          ObjectNode out = Json.object();
          out.put("reset", true);
          return Reply.json(200, out);
        case "credits":
          if (m.equals("PUT")) {
            JsonNode body = Bodies.object(r, false);
            JsonNode v = body.get("availableCredits");
            if (v == null || !v.canConvertToLong() || v.asLong() < 0) {
              return Reply.error(400, "availableCredits must be a whole number >= 0");
            }
            backend.credits.set(v.asLong());
          } else if (!m.equals("GET")) {
            return notAllowed(m, "GET, PUT");
          }
          return Reply.json(200, backend.credits.toJson());
        case "faults":
          if (m.equals("PUT")) {
            backend.faults.set(faults(Bodies.object(r, false), backend.faults.faults()));
          } else if (!m.equals("GET")) {
            return notAllowed(m, "GET, PUT");
          }
          return Reply.json(200, faultsJson(backend.faults.faults()));
        case "behaviours":
          if (m.equals("PUT")) {
            JsonNode body = Bodies.object(r, false).path("behaviours");
            if (!body.isArray()) {
              return Reply.error(400, "expected {\"behaviours\": [...]}");
            }
            List<NodeBehaviour> list = new ArrayList<>();
            for (JsonNode b : body) {
              list.add(behaviour(b));
            }
            backend.behaviours.clear();
            backend.behaviours.addAll(list);
          } else if (m.equals("DELETE")) {
            backend.behaviours.clear();
          } else if (!m.equals("GET")) {
            return notAllowed(m, "GET, PUT, DELETE");
          }
          return Reply.json(200, behavioursJson());
        case "keys":
          return keys(r);
        case "rate-limit":
          if (m.equals("PUT")) {
            JsonNode body = Bodies.object(r, false);
            backend.limiter.setLimits(
                body.path("requestsPerMinute").asInt(
                    backend.limiter.limit(RateLimiter.Bucket.REQUESTS)),
                body.path("executionsPerMinute").asInt(
                    backend.limiter.limit(RateLimiter.Bucket.EXECUTIONS)));
          } else if (!m.equals("GET")) {
            return notAllowed(m, "GET, PUT");
          }
          ObjectNode limits = Json.object();
          limits.put("requestsPerMinute", backend.limiter.limit(RateLimiter.Bucket.REQUESTS));
          limits.put("executionsPerMinute",
              backend.limiter.limit(RateLimiter.Bucket.EXECUTIONS));
          return Reply.json(200, limits);
        default:
          return Reply.error(404, "Unknown admin endpoint '/_emulator/" + String.join("/", s)
              + "'; see docs/emulator.md");
      }
    } catch (Bodies.BadBody e) {
      return e.reply;
    } catch (IllegalArgumentException e) {
      return Reply.error(400, e.getMessage());
    }
  }

  private Reply requests(Request r) {
    String method = r.query().get("method");
    String path = r.query().get("path");
    String prefix = r.query().get("pathPrefix");
    ArrayNode list = backend.log.toJson(e ->
        (method == null || method.equalsIgnoreCase(e.method()))
            && (path == null || path.equals(e.path()))
            && (prefix == null || e.path().startsWith(prefix)));
    ObjectNode out = Json.object();
    out.put("count", list.size());
    out.set("requests", list);
    return Reply.json(200, out);
  }

  private Reply keys(Request r) throws Bodies.BadBody, IOException {
    List<String> s = r.segments();
    if (s.size() == 2 && r.method().equals("DELETE")) {
      int removed = backend.keys.remove(s.get(1));
      if (removed == 0) {
        return Reply.error(404, "No stored key named '" + s.get(1) + "'");
      }
      return Reply.empty(204);
    }
    if (s.size() != 1) {
      return Reply.error(404, "Not found");
    }
    if (r.method().equals("GET")) {
      ObjectNode out = Json.object();
      out.set("keys", backend.keys.describe());
      return Reply.json(200, out);
    }
    if (!r.method().equals("POST")) {
      return notAllowed(r.method(), "GET, POST");
    }
    ObjectNode body = Bodies.object(r, false);
    String key = Optional.ofNullable(Json.text(body, "key")).orElse(Ids.apiKey("sk-emu-"));
    String name = Optional.ofNullable(Json.text(body, "name")).orElse("key-" + Ids.hex(6));
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    if (body.has("scopes")) {
      for (JsonNode sc : body.get("scopes")) {
        scopes.add(Scope.parse(sc.asText()));
      }
    } else {
      scopes = EnumSet.allOf(Scope.class);
    }
    Optional<Instant> expires = Optional.empty();
    if (body.hasNonNull("expiresAt")) {
      try {
        expires = Optional.of(Instant.parse(body.get("expiresAt").asText()));
      } catch (DateTimeParseException e) {
        return Reply.error(400, "expiresAt '" + body.get("expiresAt").asText()
            + "' is not an ISO-8601 time");
      }
    }
    ApiKey k = new ApiKey(key, name, scopes, expires);
    backend.keys.add(k);
    ObjectNode out = Json.object();
    out.put("key", k.key());
    out.put("name", k.name());
    ArrayNode sc = out.putArray("scopes");
    k.scopes().stream().sorted().forEach(x -> sc.add(x.wireName()));
    out.put("expiresAt", k.expiresAt().map(Json::time).orElse(null));
    return Reply.json(201, out);
  }

  static Faults faults(JsonNode body, Faults current) {
    double fail = body.has("failRate") ? body.get("failRate").asDouble() : current.failRate();
    double drop = body.has("dropRate") ? body.get("dropRate").asDouble() : current.dropRate();
    Duration latency = body.has("latencyMs")
        ? Duration.ofMillis(body.get("latencyMs").asLong()) : current.latency();
    long seed = body.has("seed") ? body.get("seed").asLong() : current.seed();
    return new Faults(fail, drop, latency, seed);
  }

  static ObjectNode faultsJson(Faults f) {
    ObjectNode o = Json.object();
    o.put("failRate", f.failRate());
    o.put("dropRate", f.dropRate());
    o.put("latencyMs", f.latency().toMillis());
    o.put("seed", f.seed());
    return o;
  }

  static NodeBehaviour behaviour(JsonNode b) {
    Duration delay = Duration.ZERO;
    if (b.has("delaySeconds")) {
      BigDecimal secs = b.get("delaySeconds").decimalValue();
      delay = Duration.ofMillis(secs.movePointRight(3).longValue());
    } else if (b.has("delayMs")) {
      delay = Duration.ofMillis(b.get("delayMs").asLong());
    }
    return new NodeBehaviour(
        Optional.ofNullable(Json.text(b, "nodeId")),
        Optional.ofNullable(Json.text(b, "nodeType")),
        Optional.ofNullable(Json.text(b, "workflowId")),
        delay,
        Optional.ofNullable(Json.text(b, "fail")));
  }

  private ObjectNode behavioursJson() {
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("behaviours");
    for (NodeBehaviour b : backend.behaviours) {
      ObjectNode o = list.addObject();
      o.put("nodeId", b.nodeId().orElse(null));
      o.put("nodeType", b.nodeType().orElse(null));
      o.put("workflowId", b.workflowId().orElse(null));
      o.put("delayMs", b.delay().toMillis());
      o.put("fail", b.failMessage().orElse(null));
    }
    return out;
  }

  private static Reply notAllowed(String method, String allowed) {
    return Reply.error(405, "Method " + method + " is not allowed here; allowed: " + allowed)
        .withHeader("Allow", allowed);
  }
}
