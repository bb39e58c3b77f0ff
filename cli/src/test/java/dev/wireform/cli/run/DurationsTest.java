package dev.wireform.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void readsTheFormsPeopleType() {
    assertThat(Durations.parse("15m")).isEqualTo(Duration.ofMinutes(15));
    assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(Durations.parse("45")).isEqualTo(Duration.ofSeconds(45));
    assertThat(Durations.parse("PT2M")).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void refusesAnythingElseNamingTheForms() {
    assertThatThrownBy(() -> Durations.parse("15 minutes"))
        .hasMessage("'15 minutes' is not a duration; use e.g. 90s, 15m, 1h30m or 500ms");
    assertThatThrownBy(() -> Durations.parse("m")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Durations.parse("-PT1M")).isInstanceOf(
        IllegalArgumentException.class);
  }

  @Test
  void printsShortForms() {
    assertThat(Durations.format(Duration.ofMillis(4812))).isEqualTo("4.8s");
    assertThat(Durations.format(Duration.ofSeconds(125))).isEqualTo("2m05s");
    assertThat(Durations.format(Duration.ofMinutes(62))).isEqualTo("1h02m");
  }
}
