package dev.wireform.cli.api;

import java.util.random.RandomGenerator;

/** A "random" source that always returns the same fraction, so jittered waits are exact. */
final class FixedRandom implements RandomGenerator {
  private final double value;

  FixedRandom(double value) {
    this.value = value;
  }

  @Override
  public long nextLong() {
    return 0;
  }

  @Override
  public double nextDouble() {
    return value;
  }
}
