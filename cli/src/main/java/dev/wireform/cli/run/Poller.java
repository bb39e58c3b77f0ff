package dev.wireform.cli.run;

import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.api.ExecutionStatus;
import dev.wireform.cli.api.NetworkException;
import dev.wireform.cli.api.RateLimitedException;
import dev.wireform.cli.api.ServerException;
import dev.wireform.cli.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Waits for an execution to finish: polls with a {@link Backoff}, honours a server-requested
 * wait (429 {@code Retry-After}), rides out a few failed polls, and gives up at a deadline or
 * when the user asks to stop. Stopping ends the wait, never the execution.
 */
public final class Poller {
  /** Failed polls in a row (after the client's own retries) before the waiter gives up. */
  static final int MAX_FAILED_POLLS = 5;

  /** How a wait ended. */
  public enum Outcome {
    /** The execution completed. */
    COMPLETED,
    /** The execution failed or was cancelled. */
    FAILED,
    /** The deadline passed while the execution was still going. */
    TIMED_OUT,
    /** The user stopped waiting (Ctrl-C); the execution goes on. */
    STOPPED,
    /** Polling itself kept failing; the execution's fate is unknown. */
    LOST
  }

  /**
   * The end of a wait.
   *
   * @param last the last status seen, if any poll answered
   * @param polls how many polls were sent
   * @param elapsed time from the start of the wait to its end
   * @param error for {@link Outcome#LOST}: the last poll failure
   */
  public record Result(
      Outcome outcome,
      Optional<ExecutionStatus> last,
      int polls,
      Duration elapsed,
      Optional<ApiException> error) {
    public Result {
      Objects.requireNonNull(outcome, "outcome == null");
      Objects.requireNonNull(last, "last == null");
      Objects.requireNonNull(elapsed, "elapsed == null");
      Objects.requireNonNull(error, "error == null");
    }
  }

  private final Function<String, ExecutionStatus> poll;
  private final Clock clock;
  private final Sleeper sleeper;
  private final StopSignal stops;
  private final Backoff backoff;
  private final Progress progress;

  /**
   * @param poll one poll of an execution id (the client's {@code poll})
   * @param progress told about every poll
   */
  public Poller(
      Function<String, ExecutionStatus> poll,
      Clock clock,
      Sleeper sleeper,
      StopSignal stops,
      Backoff backoff,
      Progress progress) {
    this.poll = Objects.requireNonNull(poll, "poll == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    this.stops = Objects.requireNonNull(stops, "stops == null");
    this.backoff = Objects.requireNonNull(backoff, "backoff == null");
    this.progress = Objects.requireNonNull(progress, "progress == null");
  }

  /**
   * Waits for execution {@code id} for at most {@code timeout} (plus the time one poll takes).
   *
   * @param known a status already known (e.g. from one poll), so no wait is needed if it is final
   */
  public Result await(String id, Optional<ExecutionStatus> known, Duration timeout) {
    Instant start = clock.instant();
    Instant deadline = start.plus(timeout);
    AtomicBoolean stopped = new AtomicBoolean();
    Thread waiter = Thread.currentThread();
    ExecutionStatus last = known.orElse(null);
    int polls = 0;
    try (StopSignal.Watch watch =
        stops.watch(
            () -> {
              stopped.set(true);
              waiter.interrupt();
            })) {
      known.ifPresent(k -> progress.polled(k, Duration.ZERO));
      Duration delay = backoff.first();
      Duration serverWait = Duration.ZERO;
      int failures = 0;
      while (last == null || !last.isTerminal()) {
        Duration left = Duration.between(clock.instant(), deadline);
        if (stopped.get()) {
          return end(Outcome.STOPPED, last, polls, start, null);
        }
        if (left.isNegative() || left.isZero()) {
          return end(Outcome.TIMED_OUT, last, polls, start, null);
        }
        Duration wait = min(max(delay, serverWait), left);
        progress.waiting(wait, Duration.between(start, clock.instant()));
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException e) {
          return end(Outcome.STOPPED, last, polls, start, null);
        }
        if (stopped.get()) {
          return end(Outcome.STOPPED, last, polls, start, null);
        }
        polls++;
        try {
          last = poll.apply(id);
          failures = 0;
          serverWait = Duration.ZERO;
          progress.polled(last, Duration.between(start, clock.instant()));
        } catch (RateLimitedException e) {
          if (stopped.get()) {
            return end(Outcome.STOPPED, last, polls, start, null);
          }
          serverWait = e.retryAfter().orElse(Duration.ZERO);
          progress.pollFailed(e, max(backoff.after(delay), serverWait), elapsed(start));
        } catch (ServerException | NetworkException e) {
          if (stopped.get()) {
            return end(Outcome.STOPPED, last, polls, start, null);
          }
          if (++failures >= MAX_FAILED_POLLS) {
            return end(Outcome.LOST, last, polls, start, e);
          }
          progress.pollFailed(e, backoff.after(delay), elapsed(start));
        }
        delay = backoff.after(delay);
      }
      return end(
          last.state() == dev.wireform.cli.api.ExecutionState.COMPLETED
              ? Outcome.COMPLETED
              : Outcome.FAILED,
          last,
          polls,
          start,
          null);
    } finally {
      // A stop that raced the end of the wait must not interrupt whatever runs next.
      Thread.interrupted();
      progress.done();
    }
  }

  private Duration elapsed(Instant start) {
    return Duration.between(start, clock.instant());
  }

  private Result end(
      Outcome outcome, ExecutionStatus last, int polls, Instant start, ApiException error) {
    return new Result(
        outcome, Optional.ofNullable(last), polls, elapsed(start), Optional.ofNullable(error));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
