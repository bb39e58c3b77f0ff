package dev.wireform.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultsAndLogTest {
  @TempDir Path dir;

  private List<String> outcomes(Path data, Faults faults) throws Exception {
    List<String> out = new ArrayList<>();
    try (EmulatorServer s = Fixtures.quick(data).faults(faults).build().start()) {
      Http http = new Http(s);
      for (int i = 0; i < 30; i++) {
        try {
          out.add(Integer.toString(http.sendOrThrow("GET", "workflows", null).status()));
        } catch (IOException dropped) {
          out.add("drop");
        }
      }
    }
    return out;
  }

  @Test
  void faultsFollowTheSeed(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws Exception {
    Faults faults = new Faults(0.3, 0.2, Duration.ZERO, 42);

    List<String> first = outcomes(a, faults);
    List<String> second = outcomes(b, faults);
    List<String> other = outcomes(c, new Faults(0.3, 0.2, Duration.ZERO, 7));

    assertThat(first).isEqualTo(second).isNotEqualTo(other);
    assertThat(first).contains("200", "500", "drop");
  }

  @Test
  void anInjected500ChangesNothing() throws Exception {
    try (EmulatorServer s = Fixtures.quick(dir).faults(new Faults(1, 0, Duration.ZERO, 1))
        .build().start()) {
      Http http = new Http(s);
      Http.Response r = http.post("workflows", Fixtures.textOnly("a"));
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.body()).isEqualTo("{\"error\":\"Internal server error\"}");
      assertThat(r.header("X-Request-Id")).startsWith("req_");
      http.withAuth("Bearer " + s.adminKey()).put("/_emulator/faults", "{\"failRate\":0}");
      assertThat(http.get("workflows").json()).isEmpty();
    }
  }

  @Test
  void latencyWaitsThroughTheSleeper() throws Exception {
    List<Duration> slept = new CopyOnWriteArrayList<>();
    try (EmulatorServer s = Fixtures.quick(dir).sleeper(slept::add)
        .faults(new Faults(0, 0, Duration.ofMillis(250), 0)).build().start()) {
      new Http(s).get("workflows");
      new Http(s).get("nodes");
    }
    assertThat(slept).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250));
  }

  @Test
  void theRequestLogCountsCallsByMethodAndPath() throws Exception {
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      Http http = new Http(s);
      Http admin = http.withAuth("Bearer " + s.adminKey());
      String id = http.post("workflows", Fixtures.textOnly("a"), "Idempotency-Key", "k")
          .json().get("id").asText();
      http.post("workflows", Fixtures.textOnly("a"), "Idempotency-Key", "k");
      http.get("workflows/" + id);
      http.get("workflows/" + id);
      http.withAuth(null).get("workflows");

      JsonNode all = admin.get("/_emulator/requests").json();
      JsonNode gets = admin.get("/_emulator/requests?method=GET&path=/api/v1/workflows/" + id)
          .json();

      assertThat(all.get("count").asInt()).isEqualTo(5);
      JsonNode first = all.get("requests").get(0);
      assertThat(first.get("method").asText()).isEqualTo("POST");
      assertThat(first.get("path").asText()).isEqualTo("/api/v1/workflows");
      assertThat(first.get("status").asInt()).isEqualTo(201);
      assertThat(first.get("idempotencyKey").asText()).isEqualTo("k");
      assertThat(first.get("outcome").asText()).isEqualTo("ok");
      assertThat(first.get("time").asText()).isEqualTo("2026-11-26T10:00:30.000Z");
      assertThat(first.get("requestId").asText()).startsWith("req_");
      assertThat(all.get("requests").get(1).get("outcome").asText()).isEqualTo("replayed");
      assertThat(all.get("requests").get(4).get("status").asInt()).isEqualTo(401);
      assertThat(gets.get("count").asInt()).isEqualTo(2);
      assertThat(admin.get("/_emulator/requests?pathPrefix=/api/v1/workflows/").json()
          .get("count").asInt()).isEqualTo(2);

      assertThat(admin.delete("/_emulator/requests").status()).isEqualTo(204);
      assertThat(admin.get("/_emulator/requests").json().get("count").asInt()).isZero();
    }
  }
}
