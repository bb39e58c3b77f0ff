package dev.wireform.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Fault injection for {@code /api/v1} calls, drawn from one seeded random sequence so a run is
 * repeatable.
 *
 * @param failRate probability (0–1) that a call answers 500 before doing anything
 * @param dropRate probability (0–1) that a call is carried out but the connection is closed
 *     without an answer
 * @param latency added before every call is handled
 * @param seed the random seed
 */
public record Faults(double failRate, double dropRate, Duration latency, long seed) {
  /** No faults. */
  public static final Faults NONE = new Faults(0, 0, Duration.ZERO, 0);

  public Faults {
    checkRate("failRate", failRate);
    checkRate("dropRate", dropRate);
    Objects.requireNonNull(latency, "latency == null");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, found " + latency);
    }
  }

  private static void checkRate(String name, double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, found " + rate);
    }
  }

  public boolean any() {
    return failRate > 0 || dropRate > 0 || !latency.isZero();
  }
}
