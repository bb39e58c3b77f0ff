package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.ParamSpec;
import dev.wireform.dsl.catalog.ParamType;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A number param lies outside its spec's min/max, or an enum param is not one of its values.
 * Values of the wrong type are left to {@link ParamTypeMismatch}.
 */
public final class ParamOutOfRange implements Check {

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    for (Node node : workflow.nodes().values()) {
      NodeType type = workflow.type(node.id()).orElse(null);
      if (type == null) {
        continue;
      }
      for (Map.Entry<String, Object> param : node.params().entrySet()) {
        ParamSpec spec = type.param(param.getKey()).orElse(null);
        if (spec == null || !ParamTypeMismatch.fits(spec, param.getValue())) {
          continue;
        }
        String pointer = SourceMap.pointer("nodes", node.id(), "params", spec.name());
        String subject = "param '" + spec.name() + "' of node '" + node.id() + "' is '";
        if (spec.type() == ParamType.ENUM) {
          String value = (String) param.getValue();
          if (!spec.values().contains(value)) {
            out.add(
                workflow
                    .source()
                    .errorAtValue(
                        id(),
                        pointer,
                        subject + value + "', expected one of " + String.join(", ", spec.values()))
                    .withFix(
                        Suggestions.didYouMean(value, spec.values())
                            + "use one of: "
                            + String.join(", ", spec.values())));
          }
        } else if (spec.type() == ParamType.INTEGER || spec.type() == ParamType.NUMBER) {
          BigDecimal value = Values.decimal(param.getValue()).orElseThrow();
          boolean low = spec.min().filter(min -> value.compareTo(min) < 0).isPresent();
          boolean high = spec.max().filter(max -> value.compareTo(max) > 0).isPresent();
          if (low || high) {
            out.add(
                workflow
                    .source()
                    .errorAtValue(
                        id(),
                        pointer,
                        subject + Values.plain(value) + "', expected a value " + range(spec))
                    .withFix("use a value " + range(spec) + defaultHint(spec)));
          }
        }
      }
    }
  }

  private static String range(ParamSpec spec) {
    if (spec.min().isPresent() && spec.max().isPresent()) {
      return "from " + Values.plain(spec.min().get()) + " to " + Values.plain(spec.max().get());
    }
    return spec.min().map(m -> "of at least " + Values.plain(m))
        .orElseGet(() -> "of at most " + Values.plain(spec.max().orElseThrow()));
  }

  private static String defaultHint(ParamSpec spec) {
    return spec.defaultValue().map(d -> " (the default is " + Values.show(d) + ")").orElse("");
  }
}
