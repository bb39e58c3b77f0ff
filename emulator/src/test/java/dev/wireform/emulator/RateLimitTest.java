package dev.wireform.emulator;

import dev.wireform.dsl.project.AccountPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitTest {
  /** The window of T0 ends at 10:01:00, epoch second 1795687260. */
  static final long RESET = Instant.parse("2026-11-26T10:01:00Z").getEpochSecond();

  @TempDir Path dir;

  @Test
  void theFreePlanAllowsTenRequestsThen429sUntilTheWindowResets() throws Exception {
    SimulatedTime time = SimulatedTime.manual(Fixtures.T0);
    try (EmulatorServer s = Emulator.builder().dataDir(dir).time(time).plan(AccountPlan.FREE)
        .build().start()) {
      Http http = new Http(s);
      for (int i = 1; i <= 10; i++) {
        Http.Response r = http.get("workflows");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("X-RateLimit-Limit")).isEqualTo("10");
        assertThat(r.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(10 - i));
        assertThat(r.header("X-RateLimit-Reset")).isEqualTo(Long.toString(RESET));
      }
      time.advance(Duration.ofSeconds(10)); // 10:00:40, 20 s before the reset

      Http.Response limited = http.get("workflows");

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isEqualTo("20");
      assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
      assertThat(limited.header("X-RateLimit-Reset")).isEqualTo(Long.toString(RESET));
      assertThat(limited.body()).isEqualTo("{\"error\":\"Too many requests. Please try again"
          + " later.\",\"retryAfter\":" + RESET + "}");
      // A refused call has no effect on anything else: 401s still carry the headers.
      Http.Response unauthorized = http.withAuth(null).get("workflows");
      assertThat(unauthorized.status()).isEqualTo(401);
      assertThat(unauthorized.header("X-RateLimit-Remaining")).isEqualTo("0");

      time.advance(Duration.ofSeconds(20));

      Http.Response again = http.get("workflows");
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.header("X-RateLimit-Remaining")).isEqualTo("9");
      assertThat(again.header("X-RateLimit-Reset")).isEqualTo(Long.toString(RESET + 60));
    }
  }

  @Test
  void executionsHaveTheirOwnBudgetOfTenPerMinute() throws Exception {
    SimulatedTime time = SimulatedTime.autoAdvance(Fixtures.T0);
    try (EmulatorServer s = Emulator.builder().dataDir(dir).time(time).plan(AccountPlan.ENTERPRISE)
        .nodeDelay(Duration.ZERO).build().start()) {
      Http http = new Http(s);
      String id = http.post("workflows", Fixtures.textOnly("t")).json().get("id").asText();
      for (int i = 0; i < 10; i++) {
        Http.Response r = http.post("workflows/" + id + "/execute", "{}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("X-RateLimit-Limit")).isEqualTo("10");
      }

      Http.Response limited = http.post("workflows/" + id + "/execute", "{}");

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.body()).isEqualTo("{\"error\":\"Too many workflow executions. Please try"
          + " again later.\",\"retryAfter\":" + RESET + "}");
      assertThat(limited.header("Retry-After")).isEqualTo("30");
      Http.Response other = http.get("workflows");
      assertThat(other.status()).isEqualTo(200);
      assertThat(other.header("X-RateLimit-Limit")).isEqualTo("200");
    }
  }

  @Test
  void aCustomRateReplacesThePlans() throws Exception {
    try (EmulatorServer s = Emulator.builder().dataDir(dir).plan(AccountPlan.FREE).rateLimit(600)
        .build().start()) {
      assertThat(new Http(s).get("workflows").header("X-RateLimit-Limit")).isEqualTo("600");
    }
  }

  @Test
  void everyPlanHasItsDocumentedBudget() {
    assertThat(AccountPlan.FREE.requestsPerMinute()).isEqualTo(10);
    assertThat(AccountPlan.STARTER.requestsPerMinute()).isEqualTo(20);
    assertThat(AccountPlan.PRO.requestsPerMinute()).isEqualTo(60);
    assertThat(AccountPlan.ENTERPRISE.requestsPerMinute()).isEqualTo(200);
    assertThat(AccountPlan.parse(" Pro ")).isEqualTo(AccountPlan.PRO);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccountPlan.parse("gold"))
        .hasMessage("unknown plan 'gold'; expected one of: free, starter, pro, enterprise");
  }
}
