package dev.wireform.cli.output;

import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * The few colours wireform uses, as ANSI escapes from picocli; a disabled palette returns text
 * unchanged. Whether colour is allowed is decided once per run ({@code Invocation}).
 */
public final class Palette {
  private static final Palette PLAIN = new Palette(false);
  private static final Palette ANSI = new Palette(true);

  private final boolean enabled;

  private Palette(boolean enabled) {
    this.enabled = enabled;
  }

  public static Palette of(boolean enabled) {
    return enabled ? ANSI : PLAIN;
  }

  public boolean enabled() {
    return enabled;
  }

  public String bold(String text) {
    return paint(text, Style.bold);
  }

  public String error(String text) {
    return paint(text, Style.bold, Style.fg_red);
  }

  public String warning(String text) {
    return paint(text, Style.bold, Style.fg_yellow);
  }

  public String ok(String text) {
    return paint(text, Style.bold, Style.fg_green);
  }

  public String caret(String text) {
    return paint(text, Style.bold, Style.fg_green);
  }

  public String hint(String text) {
    return paint(text, Style.fg_cyan);
  }

  public String faint(String text) {
    return paint(text, Style.faint);
  }

  private String paint(String text, IStyle... styles) {
    if (!enabled || text.isEmpty()) {
      return text;
    }
    return Style.on(styles) + text + Style.reset.on();
  }
}
