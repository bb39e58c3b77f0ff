package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.ParamSpec;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import java.math.BigDecimal;
import java.util.Map;

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
        out.add(
            workflow
                .source()
                .errorAtValue(
                    id(),
                    SourceMap.pointer("nodes", node.id(), "params", spec.name()),
                    "param '"
                        + spec.name()
                        + "' of node '"
                        + node.id()
                        + "' takes "
                        + expected(spec)
                        + ", found "
                        + Values.describe(param.getValue()))
                .withFix(fix(spec, param.getValue())));
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
          : found instanceof Number || found instanceof Boolean
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
}
