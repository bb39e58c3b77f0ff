package dev.wireform.dsl.yaml;

import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourcePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the fields of one YAML mapping for a reader, reporting unknown fields (with "did you
 * mean"), missing required fields and values of the wrong shape in wireform's diagnostic style. An
 * absent field and a field with an empty value ({@code key:}) both read as absent.
 *
 * <p>Diagnostic IDs: {@code UnknownField}, {@code MissingField}, {@code InvalidValue}.
 */
public final class Fields {
  private final YamlDocument doc;
  private final YamlNode.Mapping mapping;
  private final String owner;
  private final List<String> known;
  private final Diagnostics diagnostics;
  private boolean complete = true;
  private SourcePosition missingAt;

  private Fields(
      YamlDocument doc,
      YamlNode.Mapping mapping,
      String owner,
      List<String> known,
      Diagnostics diagnostics) {
    this.doc = doc;
    this.mapping = mapping;
    this.owner = owner;
    this.known = List.copyOf(known);
    this.diagnostics = diagnostics;
    this.missingAt = mapping.position();
  }

  /**
   * Starts reading {@code mapping} and reports each of its keys that is not in {@code known}.
   *
   * @param owner names the mapping in messages, e.g. {@code the workflow} or {@code node 'a'}
   */
  public static Fields of(
      YamlDocument doc,
      YamlNode.Mapping mapping,
      String owner,
      List<String> known,
      Diagnostics diagnostics) {
    Fields fields =
        new Fields(
            Objects.requireNonNull(doc, "doc == null"),
            Objects.requireNonNull(mapping, "mapping == null"),
            Objects.requireNonNull(owner, "owner == null"),
            known,
            Objects.requireNonNull(diagnostics, "diagnostics == null"));
    for (YamlNode.Entry e : mapping.entries()) {
      if (!fields.known.contains(e.key())) {
        fields.unknown(e);
      }
    }
    return fields;
  }

  private void unknown(YamlNode.Entry e) {
    String list = String.join(", ", known);
    String fix =
        Suggestions.closest(e.key(), known)
            .map(s -> "did you mean '" + s + "'? Fields of " + owner + ": " + list)
            .orElse("remove it; fields of " + owner + ": " + list);
    diagnostics.add(
        doc.error(
            "UnknownField",
            e.keyPosition(),
            "unknown field '" + Messages.clip(e.key()) + "' in " + owner,
            fix));
  }

  /**
   * Reports missing fields at {@code position} (typically the key that names this mapping, such as
   * a node's id) instead of at the mapping's first key.
   */
  public Fields missingAt(SourcePosition position) {
    this.missingAt = Objects.requireNonNull(position, "position == null");
    return this;
  }

  /**
   * Whether every field read so far had the expected shape and no required field was missing;
   * unknown fields do not count, they are reported and ignored.
   */
  public boolean complete() {
    return complete;
  }

  /** The mapping being read. */
  public YamlNode.Mapping mapping() {
    return mapping;
  }

  /** The entry for {@code key} when present with a non-empty value. */
  public Optional<YamlNode.Entry> entry(String key) {
    return mapping.entry(key).filter(e -> !isNull(e.value()));
  }

  /** Reports a missing field unless {@code key} is present with a non-empty value. */
  public Optional<YamlNode.Entry> required(String key, String fix) {
    Optional<YamlNode.Entry> e = entry(key);
    if (e.isEmpty()) {
      Optional<YamlNode.Entry> empty = mapping.entry(key);
      if (empty.isPresent()) {
        invalid(empty.get().value(), "'" + key + "' of " + owner + " must not be empty", fix);
      } else {
        complete = false;
        diagnostics.add(doc.error("MissingField", missingAt, owner + " has no '" + key + "'", fix));
      }
    }
    return e;
  }

  /** A string field; reports a value of another type. */
  public Optional<String> string(String key) {
    return entry(key).flatMap(e -> asString(e, key));
  }

  /** A required string field. */
  public Optional<String> requiredString(String key, String fix) {
    return required(key, fix).flatMap(e -> asString(e, key));
  }

  private Optional<String> asString(YamlNode.Entry e, String key) {
    if (e.value() instanceof YamlNode.Scalar s) {
      if (s.value() instanceof String v) {
        return Optional.of(v);
      }
      if (ScalarResolver.resolve(s.text()).yaml11().isPresent()) {
        // Already reported as AmbiguousScalar; the text is what the author meant here.
        return Optional.of(s.text());
      }
    }
    String fix =
        e.value() instanceof YamlNode.Scalar s
            ? "quote it: " + key + ": \"" + Messages.clip(s.text()) + "\""
            : "write a single text value";
    invalid(e.value(), mustBe(key, "a string", e.value()), fix);
    return Optional.empty();
  }

  /** A boolean field ({@code true} or {@code false}). */
  public Optional<Boolean> bool(String key) {
    return entry(key)
        .flatMap(
            e -> {
              if (e.value() instanceof YamlNode.Scalar s && s.value() instanceof Boolean b) {
                return Optional.of(b);
              }
              invalid(
                  e.value(),
                  mustBe(key, "true or false", e.value()),
                  "write '" + key + ": true' or '" + key + ": false'");
              return Optional.empty();
            });
  }

  /** A number field, as an exact decimal. */
  public Optional<BigDecimal> number(String key) {
    return entry(key).flatMap(e -> asNumber(e.value(), key));
  }

  private Optional<BigDecimal> asNumber(YamlNode value, String key) {
    if (value instanceof YamlNode.Scalar s) {
      if (s.value() instanceof Long l) {
        return Optional.of(BigDecimal.valueOf(l));
      }
      if (s.value() instanceof BigDecimal d) {
        return Optional.of(d);
      }
    }
    invalid(value, mustBe(key, "a number", value), "write a number without quotes, e.g. 500");
    return Optional.empty();
  }

  /** A mapping field. */
  public Optional<YamlNode.Mapping> mapping(String key, String expected, String fix) {
    return entry(key)
        .flatMap(
            e -> {
              if (e.value() instanceof YamlNode.Mapping m) {
                return Optional.of(m);
              }
              invalid(e.value(), mustBe(key, expected, e.value()), fix);
              return Optional.empty();
            });
  }

  /** A list of strings; a list item of another type is reported. */
  public Optional<List<String>> strings(String key, String fix) {
    return entry(key)
        .flatMap(
            e -> {
              if (!(e.value() instanceof YamlNode.Sequence seq)) {
                invalid(e.value(), mustBe(key, "a list of strings", e.value()), fix);
                return Optional.empty();
              }
              List<String> out = new ArrayList<>();
              for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && s.value() instanceof String v) {
                  out.add(v);
                } else {
                  invalid(
                      item,
                      "items of '"
                          + key
                          + "' of "
                          + owner
                          + " must be strings, found "
                          + item.describe(),
                      item instanceof YamlNode.Scalar s
                          ? "quote it: \"" + Messages.clip(s.text()) + "\""
                          : fix);
                }
              }
              return Optional.of(out);
            });
  }

  /** A string that must be one of {@code values}; a near miss gets a suggestion. */
  public Optional<String> oneOf(String key, List<String> values) {
    return string(key)
        .flatMap(
            v -> {
              if (values.contains(v)) {
                return Optional.of(v);
              }
              String list = String.join(", ", values);
              String fix =
                  Suggestions.closest(v, values)
                      .map(s -> "did you mean '" + s + "'? Allowed: " + list)
                      .orElse("use one of: " + list);
              invalid(
                  entry(key).orElseThrow().value(),
                  "'"
                      + key
                      + "' of "
                      + owner
                      + " must be one of "
                      + list
                      + ", found '"
                      + Messages.clip(v)
                      + "'",
                  fix);
              return Optional.empty();
            });
  }

  /** Reports an {@code InvalidValue} at {@code at} and marks this mapping incomplete. */
  public void invalid(YamlNode at, String message, String fix) {
    invalid(at.position(), message, fix);
  }

  /** Reports an {@code InvalidValue} at {@code at} and marks this mapping incomplete. */
  public void invalid(SourcePosition at, String message, String fix) {
    complete = false;
    diagnostics.add(doc.error("InvalidValue", at, message, fix));
  }

  /** {@code 'key' of <owner> must be <expected>, found <what was found>}. */
  public String mustBe(String key, String expected, YamlNode found) {
    return "'" + key + "' of " + owner + " must be " + expected + ", found " + found.describe();
  }

  static boolean isNull(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.isNull();
  }
}
