package dev.wireform.cli.run;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Durations as people type them ({@code 90s}, {@code 15m}, {@code 1h30m}, {@code 500ms}, ISO
 * {@code PT15M}) and as the runner prints them ({@code 4.8s}, {@code 2m05s}, {@code 1h02m}).
 */
public final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

  private Durations() {}

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static Duration parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("pt") || s.startsWith("p")) {
      try {
        return nonNegative(Duration.parse(s.toUpperCase(Locale.ROOT)), text);
      } catch (DateTimeParseException e) {
        throw invalid(text);
      }
    }
    if (s.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(s));
    }
    Matcher m = PART.matcher(s);
    int at = 0;
    long millis = 0;
    while (m.find() && m.start() == at) {
      double n = Double.parseDouble(m.group(1));
      long unit =
          switch (m.group(2)) {
            case "h" -> 3_600_000L;
            case "m" -> 60_000L;
            case "s" -> 1_000L;
            default -> 1L;
          };
      millis += Math.round(n * unit);
      at = m.end();
    }
    if (at == 0 || at != s.length()) {
      throw invalid(text);
    }
    return Duration.ofMillis(millis);
  }

  /** {@code 0.4s}, {@code 12.0s}, {@code 2m05s}, {@code 1h02m}. */
  public static String format(Duration d) {
    long ms = Math.max(0, d.toMillis());
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
    }
    long s = ms / 1000;
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }

  private static Duration nonNegative(Duration d, String text) {
    if (d.isNegative()) {
      throw invalid(text);
    }
    return d;
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException(
        "'" + text + "' is not a duration; use e.g. 90s, 15m, 1h30m or 500ms");
  }

  /** The picocli converter for duration options. */
  public static final class Converter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
