package dev.wireform.dsl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalises builder param values to the model's value types: {@link String}, {@link Long},
 * {@link BigDecimal}, {@link Boolean}, {@code null}, and unmodifiable lists and maps of those.
 */
final class ParamValues {
  private ParamValues() {}

  /**
   * The model form of {@code value}.
   *
   * @param where names the param in messages, e.g. {@code param 'p' of node 'n' in workflow 'w'}
   * @throws IllegalArgumentException for an unsupported type, a non-text map key or a
   *     non-finite number
   */
  static Object normalize(Object value, String where) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double || value instanceof Float) {
      return decimal(((Number) value).doubleValue(), where);
    }
    if (value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof BigInteger) {
      BigInteger big = (BigInteger) value;
      return big.bitLength() < Long.SIZE ? (Object) big.longValue() : new BigDecimal(big);
    }
    if (value instanceof Character) {
      return value.toString();
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object element : (List<?>) value) {
        out.add(normalize(element, where));
      }
      return Collections.unmodifiableList(out);
    }
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new IllegalArgumentException(
              where + ": map keys must be text, found " + describe(e.getKey()));
        }
        out.put((String) e.getKey(), normalize(e.getValue(), where));
      }
      return Collections.unmodifiableMap(out);
    }
    throw new IllegalArgumentException(
        where
            + ": unsupported value type "
            + value.getClass().getName()
            + "; expected text, number, boolean, null, list or map");
  }

  static BigDecimal decimal(double value, String where) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(where + ": value must be finite, found " + value);
    }
    return BigDecimal.valueOf(value);
  }

  private static String describe(Object key) {
    return key == null ? "null" : key.getClass().getName() + " '" + key + "'";
  }
}
