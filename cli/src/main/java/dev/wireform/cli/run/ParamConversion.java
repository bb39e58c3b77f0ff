package dev.wireform.cli.run;

import dev.wireform.cli.output.JsonText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.wireform.dsl.catalog.ParamSpec;
import dev.wireform.dsl.catalog.ParamType;
import dev.wireform.dsl.yaml.Suggestions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns an input's value into what its param takes: command-line text is converted ({@code 4}
 * becomes the number 4), a file's JSON value must already have the param's type; bounds and
 * enum values are checked.
 */
final class ParamConversion {
  private static final ObjectMapper JSON = JsonText.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ParamConversion() {}

  /** A converted value, or the problem that stopped it. */
  record Converted(JsonNode value, String problem) {}

  private static Converted bad(String problem) {
    return new Converted(null, problem);
  }

  /** Converts command-line text, or checks a file's JSON value, against the param's type. */
  static Converted convert(InputAssignment a, ParamType type, Optional<ParamSpec> spec) {
    JsonNode v = a.value();
    String name = a.param().orElseThrow();
    String text = v.isValueNode() ? v.asText() : v.toString();
    switch (type) {
      case INTEGER, NUMBER -> {
        BigDecimal n;
        if (a.fromText() || v.isTextual()) {
          try {
            n = new BigDecimal(text.strip());
          } catch (NumberFormatException e) {
            return bad("'" + text + "' is not a number; " + name + " takes "
                + describe(type, spec));
          }
        } else if (v.isNumber()) {
          n = v.decimalValue();
        } else {
          return bad(v + " is not a number; " + name + " takes " + describe(type, spec));
        }
        if (type == ParamType.INTEGER && n.stripTrailingZeros().scale() > 0) {
          return bad("'" + text + "' is not a whole number; " + name + " takes "
              + describe(type, spec));
        }
        Optional<BigDecimal> min = spec.flatMap(ParamSpec::min);
        Optional<BigDecimal> max = spec.flatMap(ParamSpec::max);
        if (min.isPresent() && n.compareTo(min.get()) < 0
            || max.isPresent() && n.compareTo(max.get()) > 0) {
          return bad(n.toPlainString() + " is out of range; " + name + " takes "
              + describe(type, spec));
        }
        if (type == ParamType.INTEGER) {
          return new Converted(NODES.numberNode(n.toBigIntegerExact().longValueExact()), null);
        }
        return new Converted(NODES.numberNode(n), null);
      }
      case BOOLEAN -> {
        if (v.isBoolean()) {
          return new Converted(v, null);
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if ((a.fromText() || v.isTextual()) && (t.equals("true") || t.equals("false"))) {
          return new Converted(NODES.booleanNode(t.equals("true")), null);
        }
        return bad("'" + text + "' is not true or false; " + name + " takes a boolean");
      }
      case ENUM -> {
        List<String> allowed = spec.map(ParamSpec::values).orElse(List.of());
        if (!v.isTextual() || !allowed.contains(v.asText())) {
          return bad("'" + text + "' is not one of " + String.join(", ", allowed)
              + Suggestions.closest(text, allowed).map(x -> " (did you mean '" + x + "'?)")
                  .orElse(""));
        }
        return new Converted(v, null);
      }
      case JSON -> {
        if (!a.fromText()) {
          return new Converted(v, null);
        }
        try {
          return new Converted(JSON.readTree(text), null);
        } catch (JsonProcessingException e) {
          return bad("'" + text + "' is not valid JSON; " + name + " takes a JSON value");
        }
      }
      default -> {
        if (!v.isTextual()) {
          return bad(v + " is not a string; " + name + " takes text");
        }
        return new Converted(TextNode.valueOf(v.asText()), null);
      }
    }
  }

  private static String describe(ParamType type, Optional<ParamSpec> spec) {
    String what = type == ParamType.INTEGER ? "a whole number" : "a number";
    Optional<BigDecimal> min = spec.flatMap(ParamSpec::min);
    Optional<BigDecimal> max = spec.flatMap(ParamSpec::max);
    if (min.isPresent() && max.isPresent()) {
      return what + " from " + min.get().toPlainString() + " to " + max.get().toPlainString();
    }
    if (min.isPresent()) {
      return what + " of at least " + min.get().toPlainString();
    }
    if (max.isPresent()) {
      return what + " of at most " + max.get().toPlainString();
    }
    return what;
  }

  static ParamType inferred(JsonNode current) {
    if (current.isIntegralNumber()) {
      return ParamType.INTEGER;
    }
    if (current.isNumber()) {
      return ParamType.NUMBER;
    }
    if (current.isBoolean()) {
      return ParamType.BOOLEAN;
    }
    return current.isTextual() || current.isNull() ? ParamType.STRING : ParamType.JSON;
  }
}
