package dev.wireform.dsl.yaml;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import java.util.List;

/** Renders diagnostics in one line each so tests can compare whole diagnostics. */
final class Render {
  private Render() {}

  static String line(Diagnostic d) {
    return d.position()
        + ": "
        + d.severity().word()
        + ": ["
        + d.id()
        + "] "
        + d.message()
        + (d.fix().isEmpty() ? "" : " | fix: " + d.fix());
  }

  static List<String> all(Diagnostics diagnostics) {
    return diagnostics.sorted().stream().map(Render::line).toList();
  }
}
