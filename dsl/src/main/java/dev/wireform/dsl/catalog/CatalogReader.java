package dev.wireform.dsl.catalog;

import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.yaml.Fields;
import dev.wireform.dsl.yaml.YamlDocument;
import dev.wireform.dsl.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a node catalog file ({@code docs/catalog.md}): the built-in catalog resource and a
 * project's own catalog file share this shape.
 *
 * <pre>{@code
 * nodeTypes:
 *   process:my_model:
 *     category: process            # default: the part before the first ':'
 *     label: My Model              # default: the part after the last ':'
 *     provenance: ASSUMED          # DOCUMENTED | ASSUMED | PROJECT (default PROJECT)
 *     source: https://...          # default: the catalog file's path
 *     inputs:  { image_url: { label: Image, type: IMAGE, required: true, many: false } }
 *     outputs: { image: { label: Image, type: IMAGE } }
 *     params:  { strength: { type: NUMBER, min: 0, max: 1, default: 0.5, description: ... } }
 * }</pre>
 *
 * Diagnostic IDs: the YAML ones of {@link YamlDocument} and {@link Fields}, plus {@code
 * InvalidCatalog} for entries that contradict themselves (a default out of its bounds, an enum
 * without values, ...).
 */
public final class CatalogReader {
  static final List<String> ROOT_FIELDS = List.of("nodeTypes");
  static final List<String> TYPE_FIELDS =
      List.of("category", "label", "provenance", "source", "inputs", "outputs", "params");
  static final List<String> INPUT_FIELDS = List.of("label", "type", "required", "many");
  static final List<String> OUTPUT_FIELDS = List.of("label", "type");
  static final List<String> PARAM_FIELDS =
      List.of("type", "default", "min", "max", "values", "description");
  private static final Pattern NODE_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_:./-]*");
  private static final Pattern PORT_ID = Pattern.compile("[A-Za-z0-9_-]+");

  private CatalogReader() {}

  /**
   * Reads a catalog file. Never throws for any content; every problem goes into {@code
   * diagnostics}.
   *
   * @param displayPath the file's path as diagnostics show it
   * @return the catalog, or empty when the file has any error (a half-read catalog would only
   *     produce misleading errors in the workflows that use it)
   */
  public static Optional<Catalog> read(
      String displayPath, byte[] content, Diagnostics diagnostics) {
    Objects.requireNonNull(displayPath, "displayPath == null");
    Objects.requireNonNull(content, "content == null");
    Objects.requireNonNull(diagnostics, "diagnostics == null");
    Diagnostics mine = new Diagnostics();
    Optional<Catalog> catalog =
        YamlDocument.parse(displayPath, content, mine).flatMap(doc -> new Binder(doc, mine).read());
    diagnostics.addAll(mine.sorted());
    return mine.hasErrors() ? Optional.empty() : catalog;
  }

  /** Turns the document tree into node types. */
  private static final class Binder {
    private final YamlDocument doc;
    private final Diagnostics diagnostics;

    Binder(YamlDocument doc, Diagnostics diagnostics) {
      this.doc = doc;
      this.diagnostics = diagnostics;
    }

    Optional<Catalog> read() {
      Optional<YamlNode> root = doc.root();
      if (root.isEmpty() || !(root.get() instanceof YamlNode.Mapping top)) {
        diagnostics.add(
            doc.error(
                "InvalidCatalog",
                root.map(YamlNode::position)
                    .orElse(new dev.wireform.dsl.diag.SourcePosition(doc.file(), 1, 1)),
                "a catalog file must hold a mapping with 'nodeTypes', found "
                    + root.map(YamlNode::describe).orElse("an empty file"),
                "start with 'nodeTypes:' and one entry per nodeType; see docs/catalog.md"));
        return Optional.empty();
      }
      Fields f = Fields.of(doc, top, "the catalog", ROOT_FIELDS, diagnostics);
      f.required("nodeTypes", "add 'nodeTypes:' with one entry per nodeType");
      List<NodeType> types = new ArrayList<>();
      f.mapping(
              "nodeTypes",
              "a mapping of nodeType to its description",
              "write '<nodeType>:' entries, e.g. process:my_model: { category: process }")
          .ifPresent(m -> m.entries().forEach(e -> nodeType(e).ifPresent(types::add)));
      return Optional.of(Catalog.of(types));
    }

    private Optional<NodeType> nodeType(YamlNode.Entry e) {
      String name = e.key();
      String owner = "node type '" + name + "'";
      if (!NODE_TYPE.matcher(name).matches()) {
        invalid(
            e.keyPosition(),
            "nodeType '" + name + "' is not a valid nodeType name",
            "use letters, digits and '_', '-', '.', '/', ':' as in 'process:my_model'");
        return Optional.empty();
      }
      YamlNode.Mapping m;
      if (e.value() instanceof YamlNode.Mapping mapping) {
        m = mapping;
      } else if (e.value() instanceof YamlNode.Scalar s && s.isNull()) {
        m = new YamlNode.Mapping(e.keyPosition(), List.of());
      } else {
        invalid(
            e.value().position(),
            owner + " must be a mapping of its fields, found " + e.value().describe(),
            "write the type's fields (category, label, inputs, outputs, params) indented below");
        return Optional.empty();
      }
      Fields f = Fields.of(doc, m, owner, TYPE_FIELDS, diagnostics).missingAt(e.keyPosition());
      int colon = name.indexOf(':');
      Optional<String> category = f.string("category");
      if (category.isEmpty() && colon < 0 && f.entry("category").isEmpty()) {
        f.required("category", "add 'category: <palette group>', e.g. category: process");
      }
      String label = f.string("label").orElse(name.substring(name.lastIndexOf(':') + 1));
      Provenance provenance =
          f.oneOf("provenance", names(Provenance.values()))
              .map(Provenance::valueOf)
              .orElse(Provenance.PROJECT);
      String source = f.string("source").orElse(doc.file());
      List<PortSpec> inputs = ports(f, "inputs", owner, true);
      List<PortSpec> outputs = ports(f, "outputs", owner, false);
      List<ParamSpec> params = params(f, owner);
      return Optional.of(
          new NodeType(
              name,
              category.orElse(colon > 0 ? name.substring(0, colon) : ""),
              label,
              inputs,
              outputs,
              params,
              provenance,
              source));
    }

    private List<PortSpec> ports(Fields type, String key, String owner, boolean input) {
      List<PortSpec> out = new ArrayList<>();
      Optional<YamlNode.Mapping> ports =
          type.mapping(
              key,
              "a mapping of port id to port",
              "write '<port id>: { label: <label>, type: IMAGE }' entries");
      if (ports.isEmpty()) {
        return out;
      }
      for (YamlNode.Entry e : ports.get().entries()) {
        String what = (input ? "input" : "output") + " '" + e.key() + "' of " + owner;
        if (!PORT_ID.matcher(e.key()).matches()) {
          invalid(
              e.keyPosition(),
              "port id '"
                  + e.key()
                  + "' of "
                  + owner
                  + " holds characters other than letters,"
                  + " digits, '_' and '-'",
              "rename the port; edges address it as 'in-<id>' / 'out-<id>'");
          continue;
        }
        if (!(e.value() instanceof YamlNode.Mapping pm)) {
          type.invalid(
              e.value(),
              what + " must be a mapping with 'type', found " + e.value().describe(),
              "write " + e.key() + ": { label: <label>, type: IMAGE }");
          continue;
        }
        Fields f =
            Fields.of(doc, pm, what, input ? INPUT_FIELDS : OUTPUT_FIELDS, diagnostics)
                .missingAt(e.keyPosition());
        f.required(
            "type", "add 'type:' with one of " + String.join(", ", names(PortType.values())));
        Optional<PortType> portType =
            f.oneOf("type", names(PortType.values())).map(PortType::valueOf);
        String label = f.string("label").orElse(e.key());
        boolean required = input && f.bool("required").orElse(false);
        boolean many = input && f.bool("many").orElse(false);
        portType.ifPresent(t -> out.add(new PortSpec(e.key(), label, t, required, many)));
      }
      return out;
    }

    private List<ParamSpec> params(Fields type, String owner) {
      List<ParamSpec> out = new ArrayList<>();
      Optional<YamlNode.Mapping> params =
          type.mapping(
              "params",
              "a mapping of param name to its spec",
              "write '<name>: { type: INTEGER, default: 1 }' entries");
      if (params.isEmpty()) {
        return out;
      }
      for (YamlNode.Entry e : params.get().entries()) {
        String what = "param '" + e.key() + "' of " + owner;
        if (!(e.value() instanceof YamlNode.Mapping pm)) {
          type.invalid(
              e.value(),
              what + " must be a mapping with 'type', found " + e.value().describe(),
              "write " + e.key() + ": { type: STRING }");
          continue;
        }
        Fields f = Fields.of(doc, pm, what, PARAM_FIELDS, diagnostics).missingAt(e.keyPosition());
        f.required(
            "type", "add 'type:' with one of " + String.join(", ", names(ParamType.values())));
        Optional<ParamType> paramType =
            f.oneOf("type", names(ParamType.values())).map(ParamType::valueOf);
        Optional<BigDecimal> min = f.number("min");
        Optional<BigDecimal> max = f.number("max");
        List<String> values =
            f.strings("values", "write values as a list, e.g. values: [png, jpg, webp]")
                .orElse(List.of());
        String description = f.string("description").orElse("");
        Optional<YamlNode.Entry> defaultEntry = f.entry("default");
        if (!f.complete() || paramType.isEmpty()) {
          continue; // reported; the catalog is not returned
        }
        ParamSpec spec =
            new ParamSpec(
                e.key(),
                paramType.get(),
                defaultEntry.map(d -> d.value().toJava()),
                min,
                max,
                values,
                description);
        if (consistent(spec, pm, what)) {
          out.add(spec);
        }
      }
      return out;
    }

    /** Checks a param spec against itself: bounds, enum values and the default's type. */
    private boolean consistent(ParamSpec spec, YamlNode.Mapping at, String what) {
      boolean ok = true;
      boolean numeric = spec.type() == ParamType.INTEGER || spec.type() == ParamType.NUMBER;
      for (String bound : List.of("min", "max")) {
        Optional<BigDecimal> v = bound.equals("min") ? spec.min() : spec.max();
        if (v.isEmpty()) {
          continue;
        }
        if (!numeric) {
          ok &=
              invalid(
                  at,
                  bound,
                  what
                      + " has '"
                      + bound
                      + "', but only INTEGER and NUMBER"
                      + " params have bounds",
                  "remove '" + bound + "' or change the type");
        } else if (spec.type() == ParamType.INTEGER && !integral(v.get())) {
          ok &=
              invalid(
                  at,
                  bound,
                  "'"
                      + bound
                      + "' of "
                      + what
                      + " must be a whole number for"
                      + " an INTEGER param, found "
                      + v.get().toPlainString(),
                  "use a whole number");
        }
      }
      if (numeric
          && spec.min().isPresent()
          && spec.max().isPresent()
          && spec.min().get().compareTo(spec.max().get()) > 0) {
        ok &=
            invalid(
                at,
                "min",
                "'min' of "
                    + what
                    + " ("
                    + spec.min().get().toPlainString()
                    + ") is greater than its 'max' ("
                    + spec.max().get().toPlainString()
                    + ")",
                "swap them");
      }
      if (spec.type() == ParamType.ENUM) {
        if (spec.values().isEmpty()) {
          ok &=
              invalid(
                  at,
                  "values",
                  what + " is an ENUM without 'values'",
                  "list the allowed values, e.g. values: [png, jpg, webp]");
        }
        List<String> seen = new ArrayList<>();
        for (String v : spec.values()) {
          if (seen.contains(v)) {
            ok &=
                invalid(
                    at,
                    "values",
                    "'values' of " + what + " lists '" + v + "' twice",
                    "list each value once");
          }
          seen.add(v);
        }
      } else if (!spec.values().isEmpty()) {
        ok &=
            invalid(
                at,
                "values",
                what + " has 'values', but only ENUM params have values",
                "remove 'values' or change the type to ENUM");
      }
      if (spec.defaultValue().isPresent()) {
        Optional<String> problem = defaultProblem(spec, spec.defaultValue().get());
        if (problem.isPresent()) {
          ok &=
              invalid(
                  at,
                  "default",
                  "'default' of " + what + " " + problem.get(),
                  "change the default or the param's type, min, max or values");
        }
      }
      return ok;
    }

    /** Why {@code value} is not a valid value of {@code spec}, if it is not. */
    private static Optional<String> defaultProblem(ParamSpec spec, Object value) {
      String shown = value instanceof String s ? "'" + s + "'" : String.valueOf(value);
      switch (spec.type()) {
        case STRING:
          return value instanceof String
              ? Optional.empty()
              : Optional.of("must be a string, found " + shown);
        case BOOLEAN:
          return value instanceof Boolean
              ? Optional.empty()
              : Optional.of("must be true or false, found " + shown);
        case ENUM:
          return spec.values().contains(value)
              ? Optional.empty()
              : Optional.of(
                  "must be one of " + String.join(", ", spec.values()) + ", found " + shown);
        case JSON:
          return Optional.empty();
        case INTEGER:
        case NUMBER:
          BigDecimal n =
              value instanceof Long l
                  ? BigDecimal.valueOf(l)
                  : value instanceof BigDecimal d ? d : null;
          if (n == null) {
            return Optional.of("must be a number, found " + shown);
          }
          if (spec.type() == ParamType.INTEGER && !integral(n)) {
            return Optional.of("must be a whole number, found " + n.toPlainString());
          }
          if (spec.min().isPresent() && n.compareTo(spec.min().get()) < 0) {
            return Optional.of(
                "("
                    + n.toPlainString()
                    + ") is below its 'min' ("
                    + spec.min().get().toPlainString()
                    + ")");
          }
          if (spec.max().isPresent() && n.compareTo(spec.max().get()) > 0) {
            return Optional.of(
                "("
                    + n.toPlainString()
                    + ") is above its 'max' ("
                    + spec.max().get().toPlainString()
                    + ")");
          }
          return Optional.empty();
        default:
          throw new AssertionError(spec.type());
      }
    }

    private static boolean integral(BigDecimal v) {
      return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }

    private boolean invalid(YamlNode.Mapping at, String key, String message, String fix) {
      invalid(at.entry(key).map(YamlNode.Entry::keyPosition).orElse(at.position()), message, fix);
      return false;
    }

    private void invalid(dev.wireform.dsl.diag.SourcePosition at, String message, String fix) {
      diagnostics.add(doc.error("InvalidCatalog", at, message, fix));
    }
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
