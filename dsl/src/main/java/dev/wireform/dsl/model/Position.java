package dev.wireform.dsl.model;

/** A node's place on the Wireflow canvas, in pixels. Editor-only: it never affects execution. */
public record Position(double x, double y) {
  public Position {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("position must be finite: " + x + ", " + y);
    }
  }
}
