package dev.wireform.cli.api;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Tolerant reading of the API's JSON: envelopes are unwrapped, fields are looked up under
 * either spelling, and numbers keep their exact written form so a read-then-write round trip
 * does not alter a user's values.
 */
final class Json {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private Json() {}

  /**
   * The payload of {@code body}: the body itself when it already looks like the payload ({@code
   * isPayload} holds), else the content of a {@code data} (or other named) wrapper, repeatedly.
   */
  static JsonNode unwrap(JsonNode body, Set<String> payloadFields, String... wrappers) {
    JsonNode current = body == null ? MissingNode.getInstance() : body;
    for (int depth = 0; depth < 3; depth++) {
      if (!current.isObject() || hasAny(current, payloadFields)) {
        return current;
      }
      JsonNode next = null;
      for (String w : wrappers) {
        JsonNode candidate = current.get(w);
        if (candidate != null && (candidate.isObject() || candidate.isArray())) {
          next = candidate;
          break;
        }
      }
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }

  private static boolean hasAny(JsonNode node, Set<String> fields) {
    for (String f : fields) {
      if (node.has(f)) {
        return true;
      }
    }
    return false;
  }

  /** The field's value as text when it is a string, number or boolean. */
  static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || !v.isValueNode() || v.isNull()) {
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  /** The first of {@code fields} that holds text. */
  static Optional<String> firstText(JsonNode node, String... fields) {
    for (String f : fields) {
      Optional<String> t = text(node, f);
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  static Optional<Boolean> bool(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v.isBoolean()) {
      return Optional.of(v.booleanValue());
    }
    if (v.isTextual() && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(v.asText()));
    }
    return Optional.empty();
  }

  static Optional<BigDecimal> decimal(JsonNode node, String field) {
    return decimalOf(node == null ? null : node.get(field));
  }

  /** A number, or a string holding one. */
  static Optional<BigDecimal> decimalOf(JsonNode v) {
    if (v == null) {
      return Optional.empty();
    }
    if (v.isNumber()) {
      return Optional.of(v.decimalValue());
    }
    if (v.isTextual()) {
      try {
        return Optional.of(new BigDecimal(v.asText().strip()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static OptionalInt integer(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.canConvertToInt() && v.isIntegralNumber()
        ? OptionalInt.of(v.intValue())
        : OptionalInt.empty();
  }

  /** The elements of an array field, or empty when it is absent or not an array. */
  static List<JsonNode> array(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    List<JsonNode> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.forEach(out::add);
    }
    return out;
  }

  /** The string elements of an array field. */
  static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : array(node, field)) {
      if (e.isValueNode() && !e.isNull()) {
        out.add(e.asText());
      }
    }
    return out;
  }

  /** A field that is present and not JSON null. */
  static Optional<JsonNode> field(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() || v.isMissingNode() ? Optional.empty() : Optional.of(v);
  }

  /** Every string under a key named {@code url} anywhere in {@code node}, in document order. */
  static void collectUrls(JsonNode node, List<String> out) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      String t = node.asText();
      if ((t.startsWith("http://") || t.startsWith("https://") || t.startsWith("file:"))
          && !out.contains(t)) {
        out.add(t);
      }
      return;
    }
    if (node.isArray()) {
      node.forEach(e -> collectUrls(e, out));
      return;
    }
    if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                JsonNode v = e.getValue();
                if (v.isTextual()) {
                  String key = e.getKey().toLowerCase(java.util.Locale.ROOT);
                  if (key.equals("url") || key.endsWith("url")) {
                    collectUrls(v, out);
                  }
                } else {
                  collectUrls(v, out);
                }
              });
    }
  }
}
