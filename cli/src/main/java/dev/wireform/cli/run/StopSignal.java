package dev.wireform.cli.run;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Where "stop waiting" comes from: Ctrl-C in production, a test's own trigger otherwise. A
 * waiter {@linkplain #watch watches} while it polls and closes the watch when done.
 */
@FunctionalInterface
public interface StopSignal {
  /**
   * Calls {@code onStop} (from another thread) when the user asks to stop.
   *
   * @return the watch; closing it ends the watch and tells the signal the waiter has said its
   *     last word (so a shutdown can end)
   */
  Watch watch(Runnable onStop);

  /** An active watch. */
  interface Watch extends AutoCloseable {
    @Override
    void close();
  }

  /** A signal that never fires. */
  StopSignal NEVER = onStop -> () -> {};

  /**
   * Ctrl-C (SIGINT, SIGTERM): a shutdown hook calls {@code onStop}, then holds the JVM's exit for
   * up to {@code grace} seconds until the watch is closed, so the waiter can print how to
   * resume before the process ends.
   */
  static StopSignal shutdownHook(int graceSeconds) {
    return onStop -> {
      CountDownLatch done = new CountDownLatch(1);
      Thread hook =
          new Thread(
              () -> {
                onStop.run();
                try {
                  done.await(graceSeconds, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "wireform-stop-waiting");
      Runtime.getRuntime().addShutdownHook(hook);
      return () -> {
        done.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // The hook is running: counting down above lets it (and the JVM) finish.
        }
      };
    };
  }
}
