package dev.wireform.emulator;

import java.time.Duration;

/** Waits; injectable so tests never sleep for real. */
@FunctionalInterface
public interface Sleeper {
  /** Waits real wall-clock time. */
  Sleeper REAL = d -> {
    if (!d.isZero() && !d.isNegative()) {
      Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    }
  };

  void sleep(Duration duration) throws InterruptedException;
}
