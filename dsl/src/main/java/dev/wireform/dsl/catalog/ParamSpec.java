package dev.wireform.dsl.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A param a node type accepts.
 *
 * @param name the param name, a key of {@code data.params}
 * @param type its value type
 * @param defaultValue the default, or empty when there is none (values as in {@code Node.params})
 * @param min inclusive lower bound for numbers, or empty
 * @param max inclusive upper bound for numbers, or empty
 * @param values the allowed values of an {@link ParamType#ENUM}, else empty
 * @param description one line for docs and generated Javadoc, or empty
 */
public record ParamSpec(
    String name,
    ParamType type,
    Optional<Object> defaultValue,
    Optional<BigDecimal> min,
    Optional<BigDecimal> max,
    List<String> values,
    String description) {
  public ParamSpec {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(defaultValue, "defaultValue == null");
    Objects.requireNonNull(min, "min == null");
    Objects.requireNonNull(max, "max == null");
    values = List.copyOf(values);
    Objects.requireNonNull(description, "description == null");
  }
}
