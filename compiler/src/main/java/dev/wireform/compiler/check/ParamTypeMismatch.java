package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.ParamSpec;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.diag.SourcePosition;
import dev.wireform.dsl.model.Node;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A param's value is not of its declared {@link dev.wireform.dsl.catalog.ParamType}: a string
 * where a number is expected, a fraction for an integer, anything JSON cannot hold.
 */
public final class ParamTypeMismatch implements Check {

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    for (Node node : workflow.nodes().values()) {
      NodeType type = workflow.type(node.id()).orElse(null);
      if (type == null) {
        continue;
      }
      for (Map.Entry<String, Object> param : node.params().entrySet()) {
        ParamSpec spec = type.param(param.getKey()).orElse(null);
        if (spec == null || fits(spec, param.getValue())) {
          continue;
        }
        String pointer = SourceMap.pointer("nodes", node.id(), "params", spec.name());
        Object value = param.getValue();
        // What the user typed, when YAML turned it into something else (`no` into false): the
        // message and the fix speak of the text they wrote, not of YAML's reading of it.
        Optional<String> typed =
            written(workflow.source(), pointer)
                .filter(t -> (value instanceof Boolean || value instanceof Number)
                    && !t.equals(Values.show(value)));
        String found =
            typed
                .map(t -> "'" + t + "', which YAML 1.1 reads as the "
                    + (value instanceof Boolean ? "boolean " : "number ") + Values.show(value))
                .orElse(Values.describe(value));
        out.add(
            workflow
                .source()
                .errorAtValue(
                    id(),
                    pointer,
                    "param '"
                        + spec.name()
                        + "' of node '"
                        + node.id()
                        + "' takes "
                        + expected(spec)
                        + ", found "
                        + found)
                .withFix(fix(spec, typed.isPresent() ? typed.get() : value)));
      }
    }
  }

  /** Whether {@code value} has the spec's type; ranges and enum members are checked elsewhere. */
  static boolean fits(ParamSpec spec, Object value) {
    return switch (spec.type()) {
      case STRING, ENUM -> value instanceof String;
      case INTEGER -> Values.isInteger(value);
      case NUMBER -> Values.decimal(value).isPresent();
      case BOOLEAN -> value instanceof Boolean;
      case JSON -> Values.isJson(value);
    };
  }

  private static String expected(ParamSpec spec) {
    return switch (spec.type()) {
      case STRING -> "a string";
      case ENUM -> "one of " + String.join(", ", spec.values());
      case INTEGER -> "an integer";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case JSON -> "a JSON value";
    };
  }

  private static String fix(ParamSpec spec, Object found) {
    String name = spec.name();
    return switch (spec.type()) {
      case STRING -> found == null
          ? "write an empty string: '" + name + ": \"\"'"
          : found instanceof Number || found instanceof Boolean || found instanceof String
              ? "quote it: '" + name + ": \"" + Values.show(found) + "\"'"
              : "write a single string, e.g. '" + name + ": \"text\"'";
      case ENUM -> "write one of: " + String.join(", ", spec.values());
      case INTEGER -> "write a whole number, e.g. '" + name + ": " + example(spec, "1") + "'";
      case NUMBER -> "write a number, e.g. '" + name + ": " + example(spec, "0") + "'";
      case BOOLEAN -> "write true or false, without quotes";
      case JSON -> "use only strings, finite numbers, true/false, null, lists and maps with"
          + " string keys";
    };
  }

  /** The default, else the minimum, else {@code fallback}: a value that is surely accepted. */
  private static String example(ParamSpec spec, String fallback) {
    return spec.defaultValue()
        .flatMap(Values::decimal)
        .or(spec::min)
        .map(BigDecimal.class::cast)
        .map(Values::plain)
        .orElse(fallback);
  }

  /**
   * The plain scalar written at the value of {@code pointer}, as it stands in the source line
   * (up to a comma, bracket, brace or comment); empty when the position or text is unknown.
   */
  static Optional<String> written(SourceMap source, String pointer) {
    SourcePosition at = source.value(pointer);
    String line = source.lineText(at.line());
    if (at.column() < 1 || at.column() > line.length()) {
      return Optional.empty();
    }
    String rest = line.substring(at.column() - 1);
    int end = rest.length();
    for (String stop : new String[] {",", "}", "]", " #"}) {
      int i = rest.indexOf(stop);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    String token = rest.substring(0, end).strip();
    return token.isEmpty() || token.startsWith("\"") || token.startsWith("'")
        ? Optional.empty()
        : Optional.of(token);
  }
}
