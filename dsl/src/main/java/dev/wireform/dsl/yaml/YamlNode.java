package dev.wireform.dsl.yaml;

import dev.wireform.dsl.diag.SourcePosition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a YAML document with the place it was written: a mapping, a sequence or a scalar.
 * Scalars are already resolved to plain Java values ({@link String}, {@link Long}, {@link
 * BigDecimal}, {@link Boolean} or {@code null}); see {@link YamlDocument} for the rules.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

  /** Where the value starts (for a mapping in block style: its first key). */
  SourcePosition position();

  /** Describes the value for messages: {@code a mapping}, {@code the string 'x'}, .... */
  String describe();

  /** The value as a plain Java value: {@link java.util.Map}, {@link List} or a scalar value. */
  Object toJava();

  /** One {@code key: value} pair of a mapping. */
  record Entry(String key, SourcePosition keyPosition, YamlNode value) {
    public Entry {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(keyPosition, "keyPosition == null");
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** A mapping; keys are unique (a duplicate key is a diagnostic, and only the first is kept). */
  record Mapping(SourcePosition position, List<Entry> entries) implements YamlNode {
    public Mapping {
      Objects.requireNonNull(position, "position == null");
      entries = List.copyOf(entries);
    }

    /** The entry for {@code key}, if present. */
    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @Override
    public String describe() {
      return "a mapping";
    }

    @Override
    public Object toJava() {
      java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
      entries.forEach(e -> map.put(e.key(), e.value().toJava()));
      return java.util.Collections.unmodifiableMap(map);
    }
  }

  /** A sequence (list). */
  record Sequence(SourcePosition position, List<YamlNode> items) implements YamlNode {
    public Sequence {
      Objects.requireNonNull(position, "position == null");
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }

    @Override
    public Object toJava() {
      // Arrays.asList, not List.of: items may be null
      return java.util.Collections.unmodifiableList(
          java.util.Arrays.asList(items.stream().map(YamlNode::toJava).toArray()));
    }
  }

  /**
   * A scalar.
   *
   * @param value the resolved value: String, Long, BigDecimal, Boolean or {@code null}
   * @param text the scalar's text as written (without quotes)
   */
  record Scalar(SourcePosition position, Object value, String text) implements YamlNode {
    public Scalar {
      Objects.requireNonNull(position, "position == null");
      Objects.requireNonNull(text, "text == null");
    }

    public boolean isNull() {
      return value == null;
    }

    @Override
    public String describe() {
      if (value == null) {
        return "an empty value";
      }
      if (value instanceof String s) {
        return "the string '" + Messages.clip(s) + "'";
      }
      if (value instanceof Boolean b) {
        return "the boolean " + b;
      }
      return "the number " + Messages.clip(text);
    }

    @Override
    public Object toJava() {
      return value;
    }
  }
}
