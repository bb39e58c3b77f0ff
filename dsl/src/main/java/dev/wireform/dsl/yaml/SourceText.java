package dev.wireform.dsl.yaml;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A file's bytes decoded as strict UTF-8, split into lines exactly where the YAML parser counts
 * line breaks, so that the parser's line:col and our snippets agree.
 */
final class SourceText {
  static final int MAX_BYTES = 1024 * 1024;

  private final String text;
  private final List<String> lines;

  /** Per line: null until needed, {@link #SIMPLE} without surrogate pairs, else cp -> char. */
  private final int[][] tables;

  private static final int[] SIMPLE = new int[0];

  private SourceText(String text) {
    this.text = text;
    this.lines = split(text);
    this.tables = new int[lines.size()][];
  }

  String text() {
    return text;
  }

  List<String> lines() {
    return lines;
  }

  /**
   * The code point at a 1-based line and column, or -1 when outside the text; column past the end
   * of a line gives {@code '\n'}. Columns count code points, as the YAML parser does.
   */
  int codePointAt(int line, int column) {
    if (line < 1 || line > lines.size() || column < 1) {
      return -1;
    }
    String l = lines.get(line - 1);
    int index = charIndex(line - 1, column - 1);
    if (index < 0) {
      return line == lines.size() ? -1 : '\n';
    }
    return l.codePointAt(index);
  }

  /**
   * The char index of a 0-based code point column, or -1 past the end. Lines without surrogate
   * pairs (nearly all) map directly; others get an index table once, so that a long line with many
   * scalars is never rescanned per scalar.
   */
  private int charIndex(int line, int column) {
    String l = lines.get(line);
    int[] table = tables[line];
    if (table == null) {
      table = SIMPLE;
      if (hasSurrogates(l)) {
        table = new int[l.codePointCount(0, l.length())];
        for (int i = 0, cp = 0; i < l.length(); i += Character.charCount(l.codePointAt(i))) {
          table[cp++] = i;
        }
      }
      tables[line] = table;
    }
    if (table == SIMPLE) {
      return column < l.length() ? column : -1;
    }
    return column < table.length ? table[column] : -1;
  }

  private static boolean hasSurrogates(String l) {
    for (int i = 0; i < l.length(); i++) {
      if (Character.isSurrogate(l.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decodes {@code content}, or reports why it cannot be read as text.
   *
   * @return empty when a diagnostic was added
   */
  static Optional<SourceText> decode(
      String file, byte[] content, java.util.function.Consumer<Diagnostic> report) {
    if (content.length > MAX_BYTES) {
      report.accept(
          Diagnostic.error(
                  "InputTooLarge",
                  SourcePosition.file(file),
                  "the file is "
                      + content.length
                      + " bytes; wireform reads files of at most "
                      + MAX_BYTES
                      + " bytes (1 MiB)")
              .withFix("split it into several workflow files, or remove generated content"));
      return Optional.empty();
    }
    if (content.length >= 2
        && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
            || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
      report.accept(
          Diagnostic.error(
                  "InvalidEncoding",
                  new SourcePosition(file, 1, 1),
                  "the file is UTF-16 encoded (it starts with a UTF-16 byte order mark); "
                      + "expected UTF-8")
              .withFix("save the file as UTF-8"));
      return Optional.empty();
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      out.flip();
      SourcePosition at = positionAfter(file, out.toString());
      report.accept(
          Diagnostic.error(
                  "InvalidEncoding",
                  at,
                  String.format(
                      "the file is not valid UTF-8: byte 0x%02X at byte offset %d cannot start"
                          + " or continue a UTF-8 character",
                      content[offset] & 0xFF, offset))
              .withFix(
                  "save the file as UTF-8 (a Latin-1 or Windows-1252 file must be converted);"
                      + " wireform only reads UTF-8 text"));
      return Optional.empty();
    }
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || c == 0x7F
          || (c >= 0x80 && c <= 0x9F && c != 0x85)
          || c == '\uFFFE'
          || c == '\uFFFF'
          || (c >= 0xD800 && c <= 0xDFFF && !validSurrogate(text, i))) {
        int offset = text.substring(0, i).getBytes(StandardCharsets.UTF_8).length;
        report.accept(
            Diagnostic.error(
                    "InvalidEncoding",
                    positionAfter(file, text.substring(0, i)),
                    String.format(
                        "the file holds the control character U+%04X at byte offset %d;"
                            + " expected text (is it a binary file?)",
                        (int) c, offset))
                .withFix("remove the character; workflow files are plain UTF-8 text"));
        return Optional.empty();
      }
    }
    return Optional.of(new SourceText(text));
  }

  private static boolean validSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  /** The 1-based position of the character right after {@code prefix}. */
  private static SourcePosition positionAfter(String file, String prefix) {
    List<String> lines = split(prefix);
    String last = lines.get(lines.size() - 1);
    return new SourcePosition(file, lines.size(), last.codePointCount(0, last.length()) + 1);
  }

  /** Splits at the line breaks YAML 1.1 knows: CR LF, CR, LF, NEL, LS and PS. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
      i++;
    }
    out.add(text.substring(start));
    return out;
  }
}
