package dev.wireform.dsl.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves a plain (unquoted) scalar the way YAML 1.2's core schema does, and recognises the plain
 * scalars a YAML 1.1 reader (SnakeYAML, PyYAML, many CI tools) reads differently: those are
 * reported rather than silently coerced, because the same file means different things to different
 * tools.
 */
final class ScalarResolver {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
  private static final Pattern HEX = Pattern.compile("[-+]?0x[0-9a-fA-F]+");
  private static final Pattern OCTAL = Pattern.compile("[-+]?0[0-7_]+");
  private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+(\\.[0-9_]*)?");
  private static final Pattern BINARY = Pattern.compile("[-+]?0b[01_]+");
  private static final Pattern UNDERSCORE_INT =
      Pattern.compile("[-+]?[0-9][0-9_]*|[-+]?0x[0-9a-fA-F_]+");
  private static final Pattern SEXAGESIMAL =
      Pattern.compile("[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?([0-9][0-9_]*(\\.[0-9_]*)?|\\.[0-9][0-9_]*)([eE][-+]?[0-9]+)?");
  private static final Pattern INF_NAN = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  private static final Pattern BOOL_11 = Pattern.compile("(?i)y|yes|n|no|on|off");
  private static final int MAX_NUMBER_TEXT = 400;

  private ScalarResolver() {}

  /**
   * A resolved plain scalar.
   *
   * @param value the value wireform uses
   * @param yaml11 when a YAML 1.1 reader would read the text as something else than it appears,
   *     what it reads it as (e.g. {@code the boolean true}); empty otherwise
   */
  record Resolved(Object value, Optional<String> yaml11) {
    static Resolved of(Object value) {
      return new Resolved(value, Optional.empty());
    }

    static Resolved ambiguous(Object value, String reading) {
      return new Resolved(value, Optional.of(reading));
    }
  }

  static Resolved resolve(String text) {
    switch (text) {
      case "", "~", "null", "Null", "NULL":
        return Resolved.of(null);
      case "true", "True", "TRUE":
        return Resolved.of(Boolean.TRUE);
      case "false", "False", "FALSE":
        return Resolved.of(Boolean.FALSE);
      default:
        break;
    }
    char first = text.charAt(0);
    boolean numberLike =
        (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.';
    if (!numberLike) {
      // the common case, plain text: only the YAML 1.1 boolean words can surprise
      if (text.length() <= 3 && BOOL_11.matcher(text).matches()) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean value = lower.equals("y") || lower.equals("yes") || lower.equals("on");
        return Resolved.ambiguous(value, "the boolean " + value);
      }
      return Resolved.of(text);
    }
    if (text.length() > MAX_NUMBER_TEXT) {
      return Resolved.of(text);
    }
    if (DECIMAL.matcher(text).matches()) {
      return Resolved.of(integer(new BigInteger(text)));
    }
    if (HEX.matcher(text).matches()) {
      boolean negative = text.startsWith("-");
      String digits = text.substring(text.indexOf('x') + 1);
      BigInteger v = new BigInteger(digits, 16);
      return Resolved.of(integer(negative ? v.negate() : v));
    }
    if (OCTAL.matcher(text).matches()) {
      BigInteger v = big(signed(text, 1).replace("_", ""), 8);
      return Resolved.ambiguous(integer(v), "the octal number " + v);
    }
    if (LEADING_ZERO.matcher(text).matches()) {
      BigDecimal v = decimal(text.replace("_", ""));
      String reading = v == null ? "a number" : "the number " + v.toPlainString();
      return Resolved.ambiguous(text, reading + ", not as written");
    }
    if (BINARY.matcher(text).matches()) {
      BigInteger v = big(signed(text, 2).replace("_", ""), 2);
      return Resolved.ambiguous(integer(v), "the binary number " + v);
    }
    if (UNDERSCORE_INT.matcher(text).matches()) {
      String digits = text.replace("_", "");
      BigInteger v =
          digits.contains("x")
              ? big(signed(digits, 2), 16)
              : big(digits.startsWith("+") ? digits.substring(1) : digits, 10);
      return Resolved.ambiguous(integer(v), "the number " + v);
    }
    if (SEXAGESIMAL.matcher(text).matches()) {
      return Resolved.ambiguous(text, "the base-60 number " + sexagesimal(text));
    }
    if (INF_NAN.matcher(text).matches()) {
      return Resolved.ambiguous(
          text, text.toLowerCase(Locale.ROOT).contains("nan") ? "not-a-number" : "infinity");
    }
    if (FLOAT.matcher(text).matches() && !text.equals("+") && !text.equals("-")) {
      return resolveFloat(text);
    }
    return Resolved.of(text);
  }

  private static Resolved resolveFloat(String text) {
    if (text.contains("_")) {
      BigDecimal v = decimal(text.replace("_", ""));
      return Resolved.ambiguous(text, "the number " + (v == null ? "?" : v.toPlainString()));
    }
    BigDecimal v = decimal(text);
    if (v == null) {
      return Resolved.ambiguous(text, "a number too large to represent");
    }
    int dot = text.indexOf('.');
    if (dot >= 0) {
      int end = text.length();
      int e = Math.max(text.indexOf('e'), text.indexOf('E'));
      if (e > 0) {
        end = e;
      }
      String fraction = text.substring(dot + 1, end);
      if (fraction.length() >= 2 && fraction.endsWith("0")) {
        BigDecimal stripped = v.stripTrailingZeros();
        String shown = stripped.scale() <= 0 ? stripped.toBigInteger() + ".0" : stripped.toString();
        return Resolved.ambiguous(stripped, "the number " + shown);
      }
    }
    return Resolved.of(v);
  }

  private static BigDecimal decimal(String text) {
    try {
      BigDecimal v = new BigDecimal(text);
      // Guard against exponents that would make later arithmetic or printing explode.
      if (Math.abs((long) v.scale()) > 10_000) {
        return null;
      }
      return v;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** Drops the sign and the {@code prefix}-character radix marker, re-applying a minus. */
  private static String signed(String text, int prefix) {
    boolean negative = text.startsWith("-");
    String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    String digits = body.substring(prefix);
    return negative ? "-" + digits : digits;
  }

  private static BigInteger sexagesimal(String text) {
    String t = text.replace("_", "");
    boolean negative = t.startsWith("-");
    if (t.startsWith("-") || t.startsWith("+")) {
      t = t.substring(1);
    }
    int dot = t.indexOf('.');
    if (dot >= 0) {
      t = t.substring(0, dot);
    }
    BigInteger v = BigInteger.ZERO;
    for (String part : t.split(":")) {
      v = v.multiply(BigInteger.valueOf(60)).add(big(part, 10));
    }
    return negative ? v.negate() : v;
  }

  /** Parses digits that may be empty (only underscores were written) or carry a minus. */
  private static BigInteger big(String digits, int radix) {
    boolean negative = digits.startsWith("-");
    String d = negative ? digits.substring(1) : digits;
    BigInteger v = d.isEmpty() ? BigInteger.ZERO : new BigInteger(d, radix);
    return negative ? v.negate() : v;
  }

  /** A Long when it fits, else an exact BigDecimal. */
  static Object integer(BigInteger v) {
    return v.bitLength() < 64 ? (Object) v.longValue() : new BigDecimal(v);
  }
}
