package dev.wireform.cli.api;

import dev.wireform.dsl.project.AccountPlan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client-side budget: per plan, per kind, from server headers, shared across threads. */
class RateLimitTest {
  private final Harness h = new Harness();
  private WireflowClient client;

  @AfterEach
  void close() throws Exception {
    if (client != null) {
      client.close();
    }
    h.close();
  }

  private static JsonNode json(String s) throws Exception {
    return Json.MAPPER.readTree(s);
  }

  /** Answers every call with 200 {@code []} (202 with an id for run starts). */
  private void answerEverything() {
    h.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String body =
                request.getMethod().equals("POST")
                    ? "{\"executionId\":\"ex\"}"
                    : "[]";
            return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
          }
        });
  }

  @Test
  void theSixtyFirstRequestOnProWaitsForTheWindow() {
    answerEverything();
    client = WireflowClient.create(h.config().plan(AccountPlan.PRO).build());

    for (int i = 0; i < 60; i++) {
      client.listWorkflows();
    }
    assertThat(h.sleeper.waits()).isEmpty();
    client.listWorkflows();

    assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(60));
    assertThat(h.server.getRequestCount()).isEqualTo(61);
    assertThat(h.log.lines())
        .contains("rate limit: GET /workflows waits 60 s for the request budget (60/min)");
  }

  @Test
  void requestsSpreadOverTheWindowWaitOnlyForTheOldestToExpire() {
    answerEverything();
    client = WireflowClient.create(h.config().plan(AccountPlan.FREE).build());

    for (int i = 0; i < 10; i++) {
      client.listWorkflows();
      h.clock.advance(Duration.ofSeconds(5));
    }
    client.listWorkflows();

    assertThat(h.sleeper.waits())
        .as("the first of the last 10 went out at 0 s; it is now 50 s")
        .containsExactly(Duration.ofSeconds(10));
  }

  @Test
  void executionsHaveTheirOwnBudgetOfTenPerMinute() throws Exception {
    answerEverything();
    client =
        WireflowClient.create(
            h.config().plan(AccountPlan.PRO).executionsPerMinute(AccountPlan.EXECUTIONS_PER_MINUTE).build());
    ExecuteRequest req = ExecuteRequest.of(json("[]"), json("[]"));

    for (int i = 0; i < 5; i++) {
      client.execute("w1", req);
      client.run("w1", java.util.Map.of());
      client.listWorkflows();
    }
    assertThat(h.sleeper.waits()).isEmpty();
    client.listWorkflows();
    assertThat(h.sleeper.waits()).as("requests do not draw on the execution budget").isEmpty();
    client.execute("w1", req);

    assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void webhookTriggersDrawOnTheExecutionBudget() throws Exception {
    answerEverything();
    client = WireflowClient.create(h.config().plan(AccountPlan.FREE).executionsPerMinute(3).build());

    for (int i = 0; i < 3; i++) {
      client.trigger("whk_1", json("{}"));
    }
    for (int i = 0; i < 10; i++) {
      client.listWorkflows();
    }
    assertThat(h.sleeper.waits()).isEmpty();
    client.trigger("whk_1", json("{}"));

    assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void waitsUntilTheServersResetWhenItReportsNothingRemaining() {
    long reset = FakeClock.START.plusSeconds(25).getEpochSecond();
    h.enqueue(
        200,
        "[]",
        "X-RateLimit-Limit",
        "60",
        "X-RateLimit-Remaining",
        "0",
        "X-RateLimit-Reset",
        Long.toString(reset));
    h.enqueue(200, "[]");
    client = WireflowClient.create(h.config().plan(AccountPlan.PRO).build());

    client.listWorkflows();
    client.listWorkflows();

    assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(25));
    assertThat(h.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void followsTheServersResetEvenWithoutAClientBudget() {
    long reset = FakeClock.START.plusSeconds(8).getEpochSecond();
    h.enqueue(200, "[]", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", Long.toString(reset));
    h.enqueue(200, "[]");
    client = WireflowClient.create(h.config().requestsPerMinute(0).build());

    client.listWorkflows();
    client.listWorkflows();

    assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(8));
  }

  @Test
  void doesNotHoldRequestsForAResetBeyondTheLongestHonouredWait() {
    long reset = FakeClock.START.plusSeconds(3600).getEpochSecond();
    h.enqueue(200, "[]", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", Long.toString(reset));
    h.enqueue(200, "[]");
    client = WireflowClient.create(h.config().plan(AccountPlan.PRO).build());

    client.listWorkflows();
    client.listWorkflows();

    assertThat(h.sleeper.waits()).isEmpty();
  }

  @Test
  void aLowerServerLimitTightensThePlansBudget() {
    h.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse().setBody("[]").setHeader("X-RateLimit-Limit", "5");
          }
        });
    client = WireflowClient.create(h.config().plan(AccountPlan.ENTERPRISE).build());

    for (int i = 0; i < 6; i++) {
      client.listWorkflows();
    }

    assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void concurrentCallersShareOneBudget() throws Exception {
    answerEverything();
    RecordingSleeper standingStill = new RecordingSleeper(null);
    client = WireflowClient.create(h.config().plan(AccountPlan.FREE).sleeper(standingStill).build());
    int callers = 14;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      tasks.add(
          () -> {
            go.await();
            return client.listWorkflows().size();
          });
    }
    List<Future<Integer>> futures = new ArrayList<>();
    tasks.forEach(t -> futures.add(pool.submit(t)));
    go.countDown();
    for (Future<Integer> f : futures) {
      f.get(10, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(standingStill.waits())
        .as("10 go at once; the other 4 wait for the window")
        .containsExactly(
            Duration.ofSeconds(60),
            Duration.ofSeconds(60),
            Duration.ofSeconds(60),
            Duration.ofSeconds(60));
    assertThat(h.server.getRequestCount()).isEqualTo(callers);
  }

  @Test
  void budgetReservationsAreExactUnderContention() throws Exception {
    FakeClock clock = new FakeClock();
    RateBudget budget = new RateBudget("request", 10, clock, Duration.ofSeconds(90));
    int callers = 25;
    List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      futures.add(
          pool.submit(
              () -> {
                go.await();
                waits.add(budget.reserve());
                return null;
              }));
    }
    go.countDown();
    for (Future<?> f : futures) {
      f.get(10, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(waits).filteredOn(Duration::isZero).hasSize(10);
    assertThat(waits).filteredOn(d -> d.equals(Duration.ofSeconds(60))).hasSize(10);
    assertThat(waits).filteredOn(d -> d.equals(Duration.ofSeconds(120))).hasSize(5);
  }

  @Test
  void a429sRetryAfterPausesTheWholeBudget() {
    FakeClock clock = new FakeClock();
    RateBudget budget = new RateBudget("request", 0, clock, Duration.ofSeconds(90));

    budget.observe(429, Headers.of("Retry-After", "30"));

    assertThat(budget.reserve()).isEqualTo(Duration.ofSeconds(30));
    clock.advance(Duration.ofSeconds(30));
    assertThat(budget.reserve()).isEqualTo(Duration.ZERO);
  }
}
