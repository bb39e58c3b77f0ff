package dev.wireform.compiler.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How param values are classified and shown in messages. */
final class Values {
  private static final int MAX_SHOWN = 40;

  private Values() {}

  /** The value as an exact decimal, when it is a finite number of a JSON-writable type. */
  static Optional<BigDecimal> decimal(Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
    }
    if (value instanceof BigInteger b) {
      return Optional.of(new BigDecimal(b));
    }
    if (value instanceof BigDecimal d) {
      return Optional.of(d);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d)) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether the value is a whole number. */
  static boolean isInteger(Object value) {
    return decimal(value).map(d -> d.signum() == 0 || d.stripTrailingZeros().scale() <= 0)
        .orElse(false);
  }

  /** Whether the canonical JSON writer can write the value: JSON scalars, lists, string maps. */
  static boolean isJson(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return true;
    }
    if (value instanceof Number) {
      return decimal(value).isPresent();
    }
    if (value instanceof List<?> list) {
      return list.stream().allMatch(Values::isJson);
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .allMatch(e -> e.getKey() instanceof String && isJson(e.getValue()));
    }
    return false;
  }

  /** The value as a user would read it: a number in plain form, a string shortened. */
  static String show(Object value) {
    Optional<BigDecimal> d = decimal(value);
    if (d.isPresent()) {
      return plain(d.get());
    }
    String s = String.valueOf(value);
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN - 3) + "...";
  }

  /** A number in its shortest exact plain form: {@code 2}, {@code 0.5}, never {@code 2.0}. */
  static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  /** What the value is, for "found ..." in a message: {@code '2x' (a string)}, {@code null}. */
  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "'" + show(value) + "' (a string)";
    }
    if (value instanceof Boolean) {
      return "'" + value + "' (a boolean)";
    }
    if (value instanceof Number) {
      if (decimal(value).isEmpty()) {
        return "'" + value + "' (not a finite number)";
      }
      return "'" + show(value) + "' (" + (isInteger(value) ? "an integer" : "a number") + ")";
    }
    if (value instanceof List) {
      return "a list";
    }
    if (value instanceof Map) {
      return isJson(value) ? "a map" : "a map that JSON cannot hold";
    }
    return "a value of Java type " + value.getClass().getName();
  }
}
