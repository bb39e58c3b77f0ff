package dev.wireform.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wireform.cli.api.ErrorContext;
import dev.wireform.cli.api.ExecutionState;
import dev.wireform.cli.api.ExecutionStatus;
import dev.wireform.cli.api.RateLimitedException;
import dev.wireform.cli.api.ServerException;
import dev.wireform.cli.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PollerTest {
  private final Instant[] now = {Instant.parse("2026-11-26T10:00:00Z")};
  private final List<Duration> waits = new ArrayList<>();
  private final List<Runnable> stops = new ArrayList<>();
  private final Clock clock = new Clock() {
    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now[0];
    }
  };
  private final Sleeper sleeper = d -> {
    waits.add(d);
    now[0] = now[0].plus(d);
  };

  private Poller poller(Deque<Supplier<ExecutionStatus>> answers) {
    return new Poller(id -> answers.isEmpty() ? status("RUNNING") : answers.poll().get(), clock,
        sleeper, onStop -> {
          stops.add(onStop);
          return () -> stops.remove(onStop);
        }, Backoff.DOCUMENTED, Progress.NONE);
  }

  private static ExecutionStatus status(String state) {
    return new ExecutionStatus("cm1", ExecutionState.valueOf(state), state, Optional.empty(),
        List.of(), Optional.empty(), JsonNodeFactory.instance.objectNode());
  }

  private static ErrorContext context(int status) {
    return new ErrorContext("GET", "/workflows/executions/cm1/poll", status, "", Optional.of(
        "req_1"), "busy", 1);
  }

  private static Deque<Supplier<ExecutionStatus>> answers(List<Supplier<ExecutionStatus>> list) {
    return new ArrayDeque<>(list);
  }

  @Test
  void waitsOneSecondThenHalfAgainEachTimeUntilTheRunEnds() {
    Poller.Result r = poller(answers(List.of(
        () -> status("RUNNING"), () -> status("RUNNING"), () -> status("RUNNING"),
        () -> status("RUNNING"), () -> status("COMPLETED"))))
        .await("cm1", Optional.empty(), Duration.ofMinutes(15));
    assertThat(r.outcome()).isEqualTo(Poller.Outcome.COMPLETED);
    assertThat(r.polls()).isEqualTo(5);
    assertThat(waits).containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1500),
        Duration.ofMillis(2250), Duration.ofMillis(3375), Duration.ofMillis(5063));
    assertThat(r.elapsed()).isEqualTo(Duration.ofMillis(13188));
  }

  @Test
  void neverWaitsMoreThanTenSecondsBetweenPolls() {
    poller(answers(List.of())).await("cm1", Optional.empty(), Duration.ofMinutes(2));
    assertThat(waits).allMatch(d -> d.compareTo(Duration.ofSeconds(10)) <= 0);
    assertThat(waits.subList(6, waits.size() - 1)).allMatch(d -> d.equals(Duration.ofSeconds(10)));
  }

  @Test
  void endsAtTheDeadlineWithTheLastWaitShortened() {
    Poller.Result r = poller(answers(List.of())).await("cm1", Optional.empty(),
        Duration.ofSeconds(12));
    assertThat(r.outcome()).isEqualTo(Poller.Outcome.TIMED_OUT);
    assertThat(waits).containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1500),
        Duration.ofMillis(2250), Duration.ofMillis(3375), Duration.ofMillis(3875));
    assertThat(r.elapsed()).isEqualTo(Duration.ofSeconds(12));
    assertThat(r.last().map(ExecutionStatus::state)).contains(ExecutionState.RUNNING);
  }

  @Test
  void honoursTheWaitARateLimitedPollAsksFor() {
    Poller.Result r = poller(answers(List.of(
        () -> {
          throw new RateLimitedException(context(429), Optional.of(Duration.ofSeconds(20)),
              Optional.empty(), OptionalInt.empty());
        },
        () -> status("COMPLETED"))))
        .await("cm1", Optional.empty(), Duration.ofMinutes(1));
    assertThat(r.outcome()).isEqualTo(Poller.Outcome.COMPLETED);
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(20));
  }

  @Test
  void ridesOutFailedPollsButGivesUpAfterFiveInARow() {
    Supplier<ExecutionStatus> fail = () -> {
      throw new ServerException(context(503));
    };
    Poller.Result recovered = poller(answers(List.of(fail, fail, () -> status("COMPLETED"))))
        .await("cm1", Optional.empty(), Duration.ofMinutes(1));
    assertThat(recovered.outcome()).isEqualTo(Poller.Outcome.COMPLETED);
    waits.clear();
    Poller.Result lost = poller(answers(List.of(fail, fail, fail, fail, fail)))
        .await("cm1", Optional.empty(), Duration.ofMinutes(5));
    assertThat(lost.outcome()).isEqualTo(Poller.Outcome.LOST);
    assertThat(lost.polls()).isEqualTo(5);
    assertThat(lost.error().orElseThrow()).isInstanceOf(ServerException.class);
  }

  @Test
  void aStopEndsTheWaitAndNothingMoreIsPolled() {
    int[] polls = {0};
    Poller p = new Poller(id -> {
      polls[0]++;
      if (polls[0] == 2) {
        stops.forEach(Runnable::run);
      }
      return status("RUNNING");
    }, clock, sleeper, onStop -> {
      stops.add(onStop);
      return () -> stops.remove(onStop);
    }, Backoff.DOCUMENTED, Progress.NONE);
    Poller.Result r = p.await("cm1", Optional.empty(), Duration.ofMinutes(15));
    assertThat(r.outcome()).isEqualTo(Poller.Outcome.STOPPED);
    assertThat(polls[0]).isEqualTo(2);
    assertThat(stops).isEmpty();
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void aKnownFinalStatusNeedsNoPoll() {
    Poller.Result r = poller(answers(List.of()))
        .await("cm1", Optional.of(status("FAILED")), Duration.ofMinutes(15));
    assertThat(r.outcome()).isEqualTo(Poller.Outcome.FAILED);
    assertThat(r.polls()).isZero();
    assertThat(waits).isEmpty();
  }
}
