package dev.wireform.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void theDocumentedCadenceStartsAtOneSecondGrowsByHalfAndStopsAtTen() {
    List<Duration> waits = new ArrayList<>();
    Duration d = Backoff.DOCUMENTED.first();
    for (int i = 0; i < 9; i++) {
      waits.add(d);
      d = Backoff.DOCUMENTED.after(d);
    }
    assertThat(waits).containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1500),
        Duration.ofMillis(2250), Duration.ofMillis(3375), Duration.ofMillis(5063),
        Duration.ofMillis(7595), Duration.ofSeconds(10), Duration.ofSeconds(10),
        Duration.ofSeconds(10));
  }

  @Test
  void refusesAShrinkingOrEmptyCadence() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, 1.5, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(10)))
        .hasMessage("factor must be at least 1, found 0.5");
  }
}
