package dev.wireform.cli.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records every wait instead of sleeping; optionally moves a {@link FakeClock} on by it. */
final class RecordingSleeper implements Sleeper {
  private final FakeClock clock;
  private final List<Duration> waits = new ArrayList<>();

  /** @param clock advanced by each wait, or null to leave time standing still */
  RecordingSleeper(FakeClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void sleep(Duration d) {
    waits.add(d);
    if (clock != null) {
      clock.advance(d);
    }
  }

  synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }
}
