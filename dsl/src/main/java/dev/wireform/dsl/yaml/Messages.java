package dev.wireform.dsl.yaml;

/** Small text helpers shared by the readers' messages. */
final class Messages {
  private static final int MAX = 60;

  private Messages() {}

  /** Shortens user text for a message and makes control characters visible. */
  static String clip(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints()
        .limit(MAX + 1L)
        .forEach(
            c -> {
              if (c == '\n') {
                sb.append("\\n");
              } else if (c == '\t') {
                sb.append("\\t");
              } else if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", c));
              } else {
                sb.appendCodePoint(c);
              }
            });
    if (text.codePointCount(0, text.length()) > MAX) {
      return sb.substring(0, sb.offsetByCodePoints(0, MAX)) + "...";
    }
    return sb.toString();
  }
}
