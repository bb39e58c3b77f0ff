package dev.wireform.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock and sleeper for tests: time only moves when told to, so rate-limit windows,
 * idempotency expiry and simulated node work never need a real wait.
 *
 * <p>In {@linkplain #autoAdvance(Instant) auto-advance} mode a sleep moves the clock forward by
 * its duration and returns at once, so executions finish immediately. In {@linkplain
 * #manual(Instant) manual} mode a sleep blocks until {@link #advance(Duration)} has moved the
 * clock past its end, so a test can observe a node while it is RUNNING.
 */
public final class SimulatedTime extends Clock implements Sleeper {
  private final Object lock = new Object();
  private final boolean autoAdvance;
  private Instant now;

  private SimulatedTime(Instant start, boolean autoAdvance) {
    this.now = Objects.requireNonNull(start, "start == null");
    this.autoAdvance = autoAdvance;
  }

  /** Time that moves forward by each sleep's duration, at once. */
  public static SimulatedTime autoAdvance(Instant start) {
    return new SimulatedTime(start, true);
  }

  /** Time that moves only through {@link #advance(Duration)}; sleeps block until then. */
  public static SimulatedTime manual(Instant start) {
    return new SimulatedTime(start, false);
  }

  /** Moves the clock forward and wakes every sleep that has reached its end. */
  public void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("cannot go back in time: " + by);
    }
    synchronized (lock) {
      now = now.plus(by);
      lock.notifyAll();
    }
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    synchronized (lock) {
      Instant end = now.plus(duration);
      if (autoAdvance) {
        if (end.isAfter(now)) {
          now = end;
          lock.notifyAll();
        }
        return;
      }
      while (now.isBefore(end)) {
        lock.wait();
      }
    }
  }

  @Override
  public Instant instant() {
    synchronized (lock) {
      return now;
    }
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ZoneOffset.UTC)) {
      return this;
    }
    throw new UnsupportedOperationException("SimulatedTime is always UTC");
  }
}
