package dev.wireform.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A small {@code multipart/form-data} reader: enough for one uploaded file. */
final class Multipart {
  /** One part: its form field name, file name, content type and bytes. */
  record Part(String name, String filename, String contentType, byte[] body) {}

  private Multipart() {}

  /** The boundary of a {@code multipart/form-data} content type, if it is one. */
  static Optional<String> boundary(String contentType) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return Optional.empty();
    }
    for (String p : contentType.split(";")) {
      String t = p.trim();
      if (t.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        String b = t.substring("boundary=".length());
        if (b.startsWith("\"") && b.endsWith("\"") && b.length() > 1) {
          b = b.substring(1, b.length() - 1);
        }
        return b.isEmpty() ? Optional.empty() : Optional.of(b);
      }
    }
    return Optional.empty();
  }

  static List<Part> parse(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int pos = indexOf(body, delimiter, 0);
    while (pos >= 0) {
      int start = pos + delimiter.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        break; // closing delimiter
      }
      start = skipLineBreak(body, start);
      int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
      if (headerEnd < 0) {
        break;
      }
      String headers = new String(body, start, headerEnd - start, StandardCharsets.UTF_8);
      int dataStart = headerEnd + 4;
      int next = indexOf(body, delimiter, dataStart);
      if (next < 0) {
        break;
      }
      int dataEnd = next;
      if (dataEnd >= 2 && body[dataEnd - 2] == '\r' && body[dataEnd - 1] == '\n') {
        dataEnd -= 2;
      }
      byte[] data = java.util.Arrays.copyOfRange(body, dataStart, Math.max(dataStart, dataEnd));
      parts.add(part(headers, data));
      pos = next;
    }
    return parts;
  }

  private static Part part(String headers, byte[] data) {
    String name = null;
    String filename = null;
    String type = null;
    for (String line : headers.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-disposition:")) {
        name = attribute(line, "name");
        filename = attribute(line, "filename");
      } else if (lower.startsWith("content-type:")) {
        type = line.substring("content-type:".length()).trim();
      }
    }
    return new Part(name, filename, type, data);
  }

  private static String attribute(String line, String attr) {
    for (String p : line.split(";")) {
      String t = p.trim();
      if (t.toLowerCase(Locale.ROOT).startsWith(attr + "=")) {
        String v = t.substring(attr.length() + 1);
        return v.startsWith("\"") && v.endsWith("\"") && v.length() > 1
            ? v.substring(1, v.length() - 1) : v;
      }
    }
    return null;
  }

  private static int skipLineBreak(byte[] b, int i) {
    if (i + 1 < b.length && b[i] == '\r' && b[i + 1] == '\n') {
      return i + 2;
    }
    return i < b.length && b[i] == '\n' ? i + 1 : i;
  }

  static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
