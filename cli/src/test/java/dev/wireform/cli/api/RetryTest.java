package dev.wireform.cli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/** Retries: which requests, after which answers, waiting how long, with which key. */
class RetryTest {
  private final Harness h = new Harness();
  private WireflowClient client = h.client();

  @AfterEach
  void close() throws Exception {
    client.close();
    h.close();
  }

  private static JsonNode json(String s) throws Exception {
    return Json.MAPPER.readTree(s);
  }

  @Test
  void retriesA429AfterRetryAfterSecondsThenSucceeds() {
    h.enqueue(429, "{\"error\":\"slow down\"}", "Retry-After", "7");
    h.enqueue(200, "[{\"id\":\"a\",\"name\":\"A\"}]");

    assertThat(client.listWorkflows()).hasSize(1);

    assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    assertThat(h.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retriesA429AfterARetryAfterHttpDate() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            FakeClock.START.plusSeconds(12).atZone(ZoneOffset.UTC));
    h.enqueue(429, "{\"error\":\"slow down\"}", "Retry-After", date);
    h.enqueue(200, "[]");

    client.listWorkflows();

    assertThat(date).isEqualTo("Thu, 1 Jan 2026 00:00:12 GMT");
    assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retriesA429AtTheRateLimitResetWhenThereIsNoRetryAfter() {
    long reset = FakeClock.START.plusSeconds(20).getEpochSecond();
    h.enqueue(
        429,
        "{\"error\":\"slow down\"}",
        "X-RateLimit-Limit",
        "60",
        "X-RateLimit-Remaining",
        "0",
        "X-RateLimit-Reset",
        Long.toString(reset));
    h.enqueue(200, "[]");

    client.listWorkflows();

    assertThat(h.sleeper.waits())
        .as("the retry waits for the reset; the rate budget then has nothing left to wait")
        .containsExactly(Duration.ofSeconds(20));
  }

  @Test
  void retriesA429AtTheBodysRetryAfterEpochAsALastResort() {
    long at = FakeClock.START.plusSeconds(9).getEpochSecond();
    h.enqueue(429, "{\"error\":\"Too many workflow executions.\",\"retryAfter\":" + at + "}");
    h.enqueue(202, "{\"executionId\":\"ex_1\",\"status\":\"RUNNING\"}");

    assertThat(client.run("w1", java.util.Map.of(), "k").executionId()).isEqualTo("ex_1");

    assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(9));
  }

  @Test
  void backsOffExponentiallyOn503CappedAtTheMaximum() {
    client.close();
    client =
        WireflowClient.create(
            h.config()
                .retry(new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(4),
                    Duration.ofSeconds(90)))
                .build());
    for (int i = 0; i < 5; i++) {
      h.enqueue(503, "{\"error\":\"busy\"}");
    }
    h.enqueue(200, "[]");

    client.listWorkflows();

    assertThat(h.sleeper.waits())
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(4),
            Duration.ofSeconds(4));
  }

  @Test
  void jitterKeepsAtLeastHalfOfEachBackoff() {
    client.close();
    client = WireflowClient.create(h.config().random(new FixedRandom(0.0)).build());
    for (int i = 0; i < 3; i++) {
      h.enqueue(500, "{\"error\":\"oops\"}");
    }
    h.enqueue(200, "[]");

    client.listWorkflows();

    assertThat(h.sleeper.waits())
        .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void retriesAGetAfterADroppedConnection() {
    h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    h.enqueue(200, "[]");

    assertThat(client.listWorkflows()).isEmpty();

    assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void retriesPutAndDelete() throws Exception {
    h.enqueue(502, null);
    h.enqueue(200, "{\"id\":\"w1\",\"name\":\"N\"}");
    h.enqueue(504, null);
    h.enqueue(204, null);

    client.updateWorkflow("w1", json("{\"name\":\"N\"}"));
    client.deleteWorkflow("w1");

    assertThat(h.server.getRequestCount()).isEqualTo(4);
    assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void doesNotRetryAPostWithoutAnIdempotencyKey() throws Exception {
    h.enqueue(503, "{\"error\":\"busy\"}");
    h.enqueue(201, "{\"id\":\"dup\"}");

    Response<JsonNode> r =
        client.api().createWorkflow(json("{\"name\":\"N\",\"nodes\":[],\"edges\":[]}"), null)
            .execute();

    assertThat(r.code()).isEqualTo(503);
    assertThat(h.server.getRequestCount()).isEqualTo(1);
    assertThat(h.take().getHeader("Idempotency-Key")).isNull();
    assertThat(h.sleeper.waits()).isEmpty();
  }

  @Test
  void doesNotRetryAPostWithoutAKeyAfterADroppedConnection() throws Exception {
    h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    h.enqueue(201, "{\"id\":\"dup\"}");

    IOException e =
        catchThrowableOfType(
            IOException.class,
            () -> client.api().createWorkflow(json("{\"name\":\"N\"}"), null).execute());

    assertThat(e).isNotNull();
    assertThat(h.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retriesAPostWithAnIdempotencyKeyReusingTheSameKeyAndBody() throws Exception {
    h.enqueue(503, "{\"error\":\"busy\"}");
    h.enqueue(429, "{\"error\":\"slow down\"}", "Retry-After", "1");
    h.enqueue(201, "{\"data\":{\"id\":\"w1\",\"name\":\"N\"}}");
    String body = "{\"name\":\"N\",\"nodes\":[],\"edges\":[]}";

    SavedWorkflow saved = client.createWorkflow(json(body), "key-42");

    assertThat(saved.id()).isEqualTo("w1");
    for (int i = 0; i < 3; i++) {
      RecordedRequest r = h.take();
      assertThat(r.getMethod()).isEqualTo("POST");
      assertThat(r.getHeader("Idempotency-Key")).isEqualTo("key-42");
      assertThat(json(r.getBody().readUtf8())).isEqualTo(json(body));
    }
    assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void facadeKeysEveryPostSoItsRetriesAreSafe() throws Exception {
    h.enqueue(500, null);
    h.enqueue(202, "{\"executionId\":\"ex_1\"}");

    client.trigger("whk_1", json("{}"));

    assertThat(h.take().getHeader("Idempotency-Key")).isEqualTo("idem-1");
    assertThat(h.take().getHeader("Idempotency-Key")).isEqualTo("idem-1");
  }

  @Test
  void doesNotRetryClientErrors() {
    h.enqueue(404, "{\"error\":\"Workflow not found\"}");

    catchThrowableOfType(NotFoundException.class, () -> client.getWorkflow("x"));

    assertThat(h.server.getRequestCount()).isEqualTo(1);
    assertThat(h.sleeper.waits()).isEmpty();
  }

  @Test
  void logsEachRetryWithItsReasonAndWait() {
    h.enqueue(503, null, "Retry-After", "3");
    h.enqueue(200, "[]");

    client.listWorkflows();

    assertThat(h.log.lines())
        .contains("retry: GET /workflows got HTTP 503; attempt 2 of 4 in 3 s");
  }
}
