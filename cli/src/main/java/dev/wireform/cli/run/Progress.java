package dev.wireform.cli.run;

import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.api.ExecutionStatus;
import java.time.Duration;

/** What a {@link Poller} reports while it waits; implementations draw it for people. */
public interface Progress {
  /** A poll answered. */
  void polled(ExecutionStatus status, Duration elapsed);

  /** The poller is about to wait {@code next} before polling again. */
  default void waiting(Duration next, Duration elapsed) {}

  /** A poll failed in a way that is worth retrying; the poller will try again. */
  void pollFailed(ApiException e, Duration retryIn, Duration elapsed);

  /** Waiting is over, whatever the outcome; a terminal display cleans up here. */
  default void done() {}

  /** Reports nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void polled(ExecutionStatus status, Duration elapsed) {}

        @Override
        public void pollFailed(ApiException e, Duration retryIn, Duration elapsed) {}
      };
}
