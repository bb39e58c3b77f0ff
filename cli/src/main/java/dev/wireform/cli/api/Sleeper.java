package dev.wireform.cli.api;

import java.time.Duration;

/** Waits. Injected so tests record the waits instead of sleeping through them. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  /** Really sleeps the calling thread. */
  static Sleeper system() {
    return d -> {
      if (!d.isNegative() && !d.isZero()) {
        Thread.sleep(d.toMillis());
      }
    };
  }
}
