package dev.wireform.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdempotencyTest {
  @TempDir Path dir;

  @Test
  void aReplayReturnsTheFirstAnswerAndCreatesNothing() throws Exception {
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      Http http = new Http(s);
      Http.Response first = http.post("workflows", Fixtures.textOnly("a"), "Idempotency-Key", "k1");
      Http.Response again = http.post("workflows", Fixtures.textOnly("a"), "Idempotency-Key", "k1");

      assertThat(first.status()).isEqualTo(201);
      assertThat(again.status()).isEqualTo(201);
      assertThat(again.body()).isEqualTo(first.body());
      assertThat(again.header("Location")).isEqualTo(first.header("Location"));
      assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
      assertThat(again.header("X-Request-Id")).isNotEqualTo(first.header("X-Request-Id"));
      assertThat(http.get("workflows").json()).hasSize(1);
    }
  }

  @Test
  void theSameKeyWithAnotherBodyIs422() throws Exception {
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      Http http = new Http(s);
      http.post("workflows", Fixtures.textOnly("a"), "Idempotency-Key", "k1");

      Http.Response r = http.post("workflows", Fixtures.textOnly("b"), "Idempotency-Key", "k1");

      assertThat(r.status()).isEqualTo(422);
      assertThat(r.body()).isEqualTo("{\"error\":\"Idempotency-Key 'k1' was already used for a"
          + " different request (method, path or body differ). Use a new key for a new"
          + " request.\",\"code\":\"idempotency_key_reused\"}");
      assertThat(http.get("workflows").json()).hasSize(1);
    }
  }

  @Test
  void executionsAreNotStartedTwice() throws Exception {
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      Http http = new Http(s);
      String id = http.post("workflows", Fixtures.textOnly("a")).json().get("id").asText();
      String first = http.post("workflows/" + id + "/execute", "{}", "Idempotency-Key", "run-1")
          .json().get("executionId").asText();
      String second = http.post("workflows/" + id + "/execute", "{}", "Idempotency-Key", "run-1")
          .json().get("executionId").asText();

      assertThat(second).isEqualTo(first);
      assertThat(http.get("workflows/" + id).json().get("executionCount").asInt()).isEqualTo(1);
    }
  }

  @Test
  void keysExpireAfter24Hours() throws Exception {
    SimulatedTime time = SimulatedTime.manual(Fixtures.T0);
    try (EmulatorServer s = Fixtures.quick(dir).time(time).build().start()) {
      Http http = new Http(s);
      http.post("workflows", Fixtures.textOnly("a"), "Idempotency-Key", "k1");
      time.advance(Duration.ofHours(24));
      assertThat(http.post("workflows", Fixtures.textOnly("a"), "Idempotency-Key", "k1")
          .header("Idempotent-Replayed")).isEqualTo("true");

      time.advance(Duration.ofSeconds(1));

      Http.Response r = http.post("workflows", Fixtures.textOnly("a"), "Idempotency-Key", "k1");
      assertThat(r.header("Idempotent-Replayed")).isNull();
      assertThat(http.get("workflows").json()).hasSize(2);
    }
  }

  @Test
  void recordsSurviveARestart() throws Exception {
    String body;
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      body = new Http(s).post("workflows", Fixtures.textOnly("a"), "Idempotency-Key", "k1").body();
    }
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      Http.Response r = new Http(s).post("workflows", Fixtures.textOnly("a"),
          "Idempotency-Key", "k1");
      assertThat(r.body()).isEqualTo(body);
      assertThat(new Http(s).get("workflows").json()).hasSize(1);
    }
  }

  @Test
  void aDroppedAnswerIsRecoveredByRetryingWithTheSameKey() throws Exception {
    try (EmulatorServer s = Fixtures.quick(dir).faults(new Faults(0, 1, Duration.ZERO, 1))
        .build().start()) {
      Http http = new Http(s);
      assertThatThrownBy(() -> http.sendOrThrow("POST", "workflows", Fixtures.textOnly("a"),
          "Idempotency-Key", "k1")).isInstanceOf(IOException.class);
      Http admin = http.withAuth("Bearer " + s.adminKey());
      admin.put("/_emulator/faults", "{\"dropRate\":0}");

      Http.Response retry = http.post("workflows", Fixtures.textOnly("a"), "Idempotency-Key", "k1");

      assertThat(retry.status()).isEqualTo(201);
      assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
      assertThat(http.get("workflows").json()).hasSize(1);
    }
  }
}
