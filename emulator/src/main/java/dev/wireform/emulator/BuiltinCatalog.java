package dev.wireform.emulator;

import dev.wireform.dsl.catalog.Catalog;

/**
 * Where the emulator's default node catalog comes from: the one seam between the emulator and
 * the catalog, so {@code GET /nodes}, the graph lint and port types all agree with what wireform
 * validates against.
 */
final class BuiltinCatalog {
  private BuiltinCatalog() {}

  static Catalog get() {
    return Catalog.builtin();
  }
}
