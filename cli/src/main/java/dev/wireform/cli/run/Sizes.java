package dev.wireform.cli.run;

import java.util.Locale;

/** Byte counts for people: {@code 812 B}, {@code 2.4 KB}, {@code 3.1 MB} (powers of 1024). */
final class Sizes {
  private Sizes() {}

  static String format(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024L * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
  }
}
