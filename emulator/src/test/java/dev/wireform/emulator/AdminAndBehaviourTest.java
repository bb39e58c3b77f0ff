package dev.wireform.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminAndBehaviourTest {
  @TempDir Path dir;

  private static final String TWO_STEPS = "{\"name\":\"two\",\"nodes\":["
      + "{\"id\":\"gen\",\"data\":{\"nodeType\":\"generate:flux_2\"}},"
      + "{\"id\":\"llm\",\"data\":{\"nodeType\":\"llm:openrouter_router\"}}],"
      + "\"edges\":[{\"id\":\"e\",\"source\":\"gen\",\"target\":\"llm\"}]}";

  @Test
  void aDelayedNodeIsRunningUntilSimulatedTimePasses() throws Exception {
    SimulatedTime time = SimulatedTime.manual(Fixtures.T0);
    try (EmulatorServer s = Fixtures.quick(dir).time(time).nodeDelay(Duration.ZERO)
        .behaviour(NodeBehaviour.delayNode("gen", Duration.ofSeconds(30))).build().start()) {
      Http http = new Http(s);
      String id = http.post("workflows", TWO_STEPS).json().get("id").asText();
      String ex = http.post("workflows/" + id + "/execute", "{}").json()
          .get("executionId").asText();

      JsonNode running = awaitNodeStatus(http, ex, 0, "RUNNING");
      assertThat(running.get("status").asText()).isEqualTo("RUNNING");
      assertThat(running.get("nodeStates").get(1).get("status").asText()).isEqualTo("PENDING");
      assertThat(s.awaitIdle(Duration.ofMillis(50))).isFalse();

      time.advance(Duration.ofSeconds(30));

      assertThat(s.awaitIdle(Duration.ofSeconds(10))).isTrue();
      JsonNode done = http.get("workflows/executions/" + ex + "/poll").json();
      assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
      assertThat(done.get("endTime").asText()).isEqualTo("2026-11-26T10:01:00.000Z");
    }
  }

  @Test
  void anInjectedFailureFailsTheNodeAndStopsTheRun() throws Exception {
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      Http http = new Http(s);
      Http admin = http.withAuth("Bearer " + s.adminKey());
      Http.Response set = admin.put("/_emulator/behaviours",
          "{\"behaviours\":[{\"nodeId\":\"gen\",\"fail\":\"Content moderation: flagged\"}]}");
      assertThat(set.body()).isEqualTo("{\"behaviours\":[{\"nodeId\":\"gen\",\"nodeType\":null,"
          + "\"workflowId\":null,\"delayMs\":0,\"fail\":\"Content moderation: flagged\"}]}");
      String id = http.post("workflows", TWO_STEPS).json().get("id").asText();
      String ex = http.post("workflows/" + id + "/execute", "{}").json()
          .get("executionId").asText();
      assertThat(s.awaitIdle(Duration.ofSeconds(10))).isTrue();

      JsonNode poll = http.get("workflows/executions/" + ex + "/poll").json();

      assertThat(poll.get("status").asText()).isEqualTo("FAILED");
      assertThat(poll.get("error").asText())
          .isEqualTo("Node 'gen' failed: Content moderation: flagged");
      assertThat(poll.get("nodeStates").get(0).get("error").asText())
          .isEqualTo("Content moderation: flagged");
      assertThat(poll.get("nodeStates").get(1).get("status").asText()).isEqualTo("PENDING");
      assertThat(admin.delete("/_emulator/behaviours").body()).isEqualTo("{\"behaviours\":[]}");
    }
  }

  @Test
  void adminHooksSetCreditsFaultsLimitsAndKeys() throws Exception {
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      Http http = new Http(s);
      Http admin = http.withAuth("Bearer " + s.adminKey());

      assertThat(admin.put("/_emulator/credits", "{\"availableCredits\":3}").body())
          .isEqualTo("{\"availableCredits\":3,\"usedCredits\":0}");
      assertThat(admin.put("/_emulator/credits", "{\"availableCredits\":-1}").body())
          .isEqualTo("{\"error\":\"availableCredits must be a whole number >= 0\"}");
      assertThat(admin.put("/_emulator/faults", "{\"failRate\":0.5,\"seed\":9}").body())
          .isEqualTo("{\"failRate\":0.5,\"dropRate\":0.0,\"latencyMs\":0,\"seed\":9}");
      assertThat(admin.put("/_emulator/faults", "{\"failRate\":2}").body())
          .isEqualTo("{\"error\":\"failRate must be between 0 and 1, found 2.0\"}");
      admin.put("/_emulator/faults", "{\"failRate\":0}");
      assertThat(admin.put("/_emulator/rate-limit", "{\"requestsPerMinute\":5}").body())
          .isEqualTo("{\"requestsPerMinute\":5,\"executionsPerMinute\":100000}");
      admin.put("/_emulator/rate-limit", "{\"requestsPerMinute\":1000}");

      Http.Response created = admin.post("/_emulator/keys",
          "{\"name\":\"ci-reader\",\"scopes\":[\"workflows:read\"],"
              + "\"expiresAt\":\"2027-01-01T00:00:00Z\"}");
      assertThat(created.status()).isEqualTo(201);
      String key = created.json().get("key").asText();
      assertThat(key).startsWith("sk-emu-");
      Http reader = http.withAuth("Bearer " + key);
      assertThat(reader.get("workflows").status()).isEqualTo(200);
      assertThat(reader.post("workflows", Fixtures.textOnly("x")).status()).isEqualTo(403);
      assertThat(admin.delete("/_emulator/keys/ci-reader").status()).isEqualTo(204);
      assertThat(reader.get("workflows").status()).isEqualTo(401);
      assertThat(admin.get("/_emulator/nope").status()).isEqualTo(404);
    }
  }

  @Test
  void resetWipesState() throws Exception {
    try (EmulatorServer s = Fixtures.quick(dir).credits(50).build().start()) {
      Http http = new Http(s);
      Http admin = http.withAuth("Bearer " + s.adminKey());
      String id = http.post("workflows", TWO_STEPS, "Idempotency-Key", "k").json()
          .get("id").asText();
      http.post("workflows/" + id + "/execute", "{}");
      assertThat(s.awaitIdle(Duration.ofSeconds(10))).isTrue();

      assertThat(admin.post("/_emulator/reset", "").body()).isEqualTo("{\"reset\":true}");

      assertThat(http.get("workflows").json()).isEmpty();
      assertThat(http.get("developer/usage").body())
          .isEqualTo("{\"availableCredits\":50,\"usedCredits\":0}");
      assertThat(http.post("workflows", TWO_STEPS, "Idempotency-Key", "k")
          .header("Idempotent-Replayed")).isNull();
      assertThat(admin.get("/_emulator/requests").json().get("count").asInt()).isEqualTo(3);
    }
  }

  private static JsonNode awaitNodeStatus(Http http, String ex, int node, String status)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < end) {
      JsonNode poll = http.get("workflows/executions/" + ex + "/poll").json();
      if (poll.get("nodeStates").get(node).get("status").asText().equals(status)) {
        return poll;
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("node " + node + " never became " + status);
  }
}
