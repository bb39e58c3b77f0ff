package dev.wireform.cli.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The canary key is planted, a hostile server echoes whatever Authorization it receives into
 * bodies, headers and redirects, and every message, stack trace and log line is scanned.
 */
class SecurityTest {
  private final Harness h = new Harness();
  private final WireflowClient client = h.client();

  @AfterEach
  void close() throws Exception {
    client.close();
    h.close();
  }

  private static JsonNode json(String s) throws Exception {
    return Json.MAPPER.readTree(s);
  }

  /** Echoes the received Authorization header into every answer it can. */
  private void serveEchoingTheKey() {
    h.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            String auth = r.getHeader("Authorization");
            String echo = auth == null ? "none" : auth;
            String path = r.getPath().replace("/api/v1", "");
            MockResponse m =
                new MockResponse()
                    .setHeader("Content-Type", "application/json")
                    .setHeader("X-Request-Id", "req " + echo);
            if (path.startsWith("/workflows/unauth")) {
              return m.setResponseCode(401).setBody("{\"error\":\"Invalid API key " + echo + "\"}");
            }
            if (path.startsWith("/workflows/forbidden")) {
              return m.setResponseCode(403)
                  .setBody("{\"error\":{\"type\":\"authentication_error\",\"message\":\"" + echo
                      + " lacks scope\"}}");
            }
            if (path.startsWith("/workflows/gone")) {
              return m.setResponseCode(404).setBody("{\"error\":\"no " + echo + "\"}");
            }
            if (path.startsWith("/workflows/moved")) {
              return m.setResponseCode(301).setHeader("Location", "https://evil/?k=" + echo);
            }
            if (path.startsWith("/workflows/credits")) {
              return m.setResponseCode(402)
                  .setBody("{\"error\":\"poor\",\"requiredCredits\":2,\"availableCredits\":1,"
                      + "\"breakdown\":[{\"nodeId\":\"n\",\"nodeLabel\":\"" + echo
                      + "\",\"credits\":2}]}");
            }
            if (path.equals("/workflows") && r.getMethod().equals("POST")) {
              return m.setResponseCode(422)
                  .setBody("{\"error\":\"bad\",\"violations\":[{\"rule\":\"r\",\"message\":\""
                      + echo + "\",\"fix\":\"" + echo + "\"}]}");
            }
            if (path.startsWith("/workflows/stale")) {
              return m.setResponseCode(409).setBody("{\"error\":\"stale " + echo + "\"}");
            }
            if (path.startsWith("/workflows/busy")) {
              return m.setResponseCode(429).setHeader("Retry-After", "3600")
                  .setBody("{\"error\":\"wait " + echo + "\"}");
            }
            if (path.startsWith("/workflows/broken")) {
              return m.setResponseCode(500).setHeader("Content-Type", "text/plain")
                  .setBody("stack trace with " + echo);
            }
            if (path.startsWith("/workflows/html")) {
              return m.setResponseCode(200).setHeader("Content-Type", "text/html")
                  .setBody("<p>" + echo + "</p>");
            }
            if (path.startsWith("/workflows/drop")) {
              return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
            }
            return m.setResponseCode(400).setBody("{\"error\":\"bad " + echo + "\"}");
          }
        });
  }

  @Test
  void noMessageStackTraceOrLogLineEverContainsTheKey() throws Exception {
    serveEchoingTheKey();
    List<Runnable> calls =
        List.of(
            () -> client.getWorkflow("unauth"),
            () -> client.getWorkflow("forbidden"),
            () -> client.getWorkflow("gone"),
            () -> client.getWorkflow("moved"),
            () -> client.run("credits", Map.of(), "k"),
            () -> client.createWorkflow(jsonUnchecked("{\"name\":\"graph\"}"), "k"),
            () -> client.updateWorkflow("stale", jsonUnchecked("{}"), "t"),
            () -> client.getWorkflow("busy"),
            () -> client.getWorkflow("broken"),
            () -> client.getWorkflow("html"),
            () -> client.getWorkflow("drop"),
            () -> client.trigger("whk", jsonUnchecked("{}")));
    List<Throwable> failures = new ArrayList<>();
    for (Runnable call : calls) {
      try {
        call.run();
      } catch (ApiException e) {
        failures.add(e);
      }
    }

    assertThat(failures).hasSize(calls.size());
    assertThat(failures)
        .extracting(t -> t.getClass().getSimpleName())
        .containsExactly(
            "AuthException",
            "AuthException",
            "NotFoundException",
            "UnexpectedResponseException",
            "InsufficientCreditsException",
            "InvalidGraphException",
            "ConflictException",
            "RateLimitedException",
            "ServerException",
            "UnexpectedResponseException",
            "NetworkException",
            "BadRequestException");
    StringBuilder everything = new StringBuilder();
    for (Throwable t : failures) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      everything.append(trace).append('\n').append(t).append('\n');
      ApiException a = (ApiException) t;
      everything.append(a.context()).append(a.details()).append(a.fix()).append('\n');
    }
    h.log.lines().forEach(l -> everything.append(l).append('\n'));
    everything.append(client.config()).append('\n');

    assertThat(everything.toString())
        .as("the server did receive the key, and echoed it back")
        .contains("Invalid API key Bearer [REDACTED]")
        .contains("[Authorization: Bearer [REDACTED]]")
        .doesNotContain(Harness.CANARY)
        .doesNotContain("CANARY");
    assertThat(failures.get(0).getMessage())
        .isEqualTo(
            "HTTP 401 Unauthorized: GET /workflows/unauth: Invalid API key Bearer [REDACTED]"
                + " (request id req Bearer [REDACTED])\n"
                + "  fix: check the key in WIREFLOW_API_KEY; if it was deleted or has expired,"
                + " create a new one under Settings > API Keys");
    assertThat(failures.get(11).getMessage())
        .as("the webhook trigger is sent without the key")
        .startsWith("HTTP 400 Bad Request: POST /workflow/whk/trigger: bad none (request id req"
            + " none)");
  }

  @Test
  void logsOneLinePerRequestAndAnswerWithTheKeyRedacted() throws Exception {
    h.enqueue(200, "[]", "X-Request-Id", "req_1");
    h.enqueue(202, "{\"executionId\":\"ex\"}");

    client.listWorkflows();
    client.trigger("whk_1", json("{}"));

    assertThat(h.log.lines())
        .containsExactly(
            "--> GET /workflows [Authorization: Bearer [REDACTED]]",
            "<-- 200 GET /workflows in 0 ms (request id req_1)",
            "--> POST /workflow/whk_1/trigger [no Authorization] [Idempotency-Key: idem-1]",
            "<-- 202 POST /workflow/whk_1/trigger in 0 ms (no request id)");
  }

  @Test
  void theKeyIsNotSentToAnotherHost() throws Exception {
    h.enqueue(200, "{}");

    // A full URL to another origin, as a Location header might name.
    okhttp3.Request other =
        new okhttp3.Request.Builder()
            .url(h.server.url("/api/v1/nodes").newBuilder().host("127.0.0.1").build())
            .build();
    client.http().newCall(other).execute().close();

    assertThat(h.take().getHeader("Authorization"))
        .as("127.0.0.1 is not the configured host 'localhost'")
        .isNull();
  }

  private static JsonNode jsonUnchecked(String s) {
    try {
      return json(s);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
