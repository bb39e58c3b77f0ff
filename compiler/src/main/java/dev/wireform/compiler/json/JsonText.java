package dev.wireform.compiler.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Prints a tree of maps, lists and scalars as pretty JSON: 2-space indent, {@code "key": value},
 * LF line ends, maps in their own iteration order. Numbers are printed in their shortest exact
 * plain form ({@code 2}, {@code 0.5}, never {@code 2.0} or {@code 1E+3}).
 */
final class JsonText {
  private static final String[] INDENTS = new String[16];

  static {
    for (int i = 0; i < INDENTS.length; i++) {
      INDENTS[i] = "  ".repeat(i);
    }
  }

  private final StringBuilder out;

  private JsonText(int capacity) {
    out = new StringBuilder(capacity);
  }

  /** The JSON text of {@code value}, with a final newline; {@code capacity} is a size guess. */
  static String print(Object value, int capacity) {
    JsonText text = new JsonText(capacity);
    text.value(value, 0);
    return text.out.append('\n').toString();
  }

  private void value(Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (value instanceof Number n) {
      out.append(number(n));
    } else if (value instanceof Map<?, ?> map) {
      object(map, depth);
    } else if (value instanceof List<?> list) {
      array(list, depth);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private void object(Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.append(first ? "\n" : ",\n");
      first = false;
      indent(depth + 1);
      if (!(e.getKey() instanceof String key)) {
        throw new IllegalArgumentException("not a JSON object key: " + e.getKey());
      }
      string(key);
      out.append(": ");
      value(e.getValue(), depth + 1);
    }
    out.append('\n');
    indent(depth);
    out.append('}');
  }

  private void array(List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    boolean first = true;
    for (Object item : list) {
      out.append(first ? "\n" : ",\n");
      first = false;
      indent(depth + 1);
      value(item, depth + 1);
    }
    out.append('\n');
    indent(depth);
    out.append(']');
  }

  private void indent(int depth) {
    out.append(depth < INDENTS.length ? INDENTS[depth] : "  ".repeat(depth));
  }

  /** The shortest exact plain form of a finite number. */
  static String number(Number n) {
    BigDecimal d;
    if (n instanceof BigDecimal b) {
      d = b;
    } else if (n instanceof BigInteger b) {
      return b.toString();
    } else if (n instanceof Long
        || n instanceof Integer
        || n instanceof Short
        || n instanceof Byte) {
      return Long.toString(n.longValue());
    } else if (n instanceof Double || n instanceof Float) {
      double v = n.doubleValue();
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("JSON cannot hold " + v);
      }
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        return Long.toString((long) v); // positions are whole numbers almost always
      }
      d = BigDecimal.valueOf(v);
    } else {
      throw new IllegalArgumentException("not a JSON number: " + n.getClass().getName());
    }
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean pairedHigh =
              Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1));
          boolean pairedLow =
              Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
          if (c < 0x20 || (Character.isSurrogate(c) && !pairedHigh && !pairedLow)) {
            // Control characters must be escaped; a lone surrogate has no UTF-8 form.
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
