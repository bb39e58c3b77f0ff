package dev.wireform.emulator;

import java.util.SplittableRandom;

/**
 * Draws fault decisions from one seeded sequence: every call takes exactly two draws, so the
 * same seed and the same order of calls give the same faults whatever the rates.
 */
final class FaultInjector {
  record Draw(boolean fail, boolean drop) {}

  private Faults faults;
  private SplittableRandom random;

  FaultInjector(Faults faults) {
    set(faults);
  }

  synchronized void set(Faults faults) {
    this.faults = faults;
    this.random = new SplittableRandom(faults.seed());
  }

  synchronized Faults faults() {
    return faults;
  }

  synchronized Draw draw() {
    double a = random.nextDouble();
    double b = random.nextDouble();
    return new Draw(a < faults.failRate(), b < faults.dropRate());
  }
}
