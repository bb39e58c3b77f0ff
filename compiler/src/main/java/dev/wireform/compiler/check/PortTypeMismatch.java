package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.Wire;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.catalog.PortSpec;
import dev.wireform.dsl.diag.Diagnostics;
import java.util.List;

/**
 * A wire connects an output to an input whose type it cannot feed ({@link
 * dev.wireform.dsl.catalog.PortType#canFeed}). Only wires whose both ports are known are judged.
 */
public final class PortTypeMismatch implements Check {

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    FeedCandidates candidates = null;
    for (Wire wire : workflow.wires()) {
      PortSpec input = workflow.inputSpec(wire).orElse(null);
      PortSpec output = workflow.outputSpec(wire).orElse(null);
      if (input == null || output == null || output.type().canFeed(input.type())) {
        continue;
      }
      if (candidates == null) {
        candidates = new FeedCandidates(workflow);
      }
      List<String> fitting = candidates.forInput(input.type(), wire.target());
      String fix =
          fitting.isEmpty()
              ? "wire an output that can feed "
                  + input.type()
                  + ", or add a node that turns "
                  + output.type()
                  + " into "
                  + input.type()
              : "wire an output that can feed " + input.type() + ": " + Suggestions.list(fitting);
      out.add(
          workflow
              .source()
              .errorAtValue(
                  id(),
                  wire.pointer(),
                  "input '"
                      + wire.input()
                      + "' of node '"
                      + wire.target()
                      + "' takes "
                      + input.type()
                      + ", found "
                      + output.type()
                      + " from '"
                      + wire.source()
                      + "'")
              .withFix(fix));
    }
  }
}
