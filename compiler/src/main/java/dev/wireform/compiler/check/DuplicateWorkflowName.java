package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Two workflows of a project have the same name: on the Wireflow account, where workflows are
 * listed by name, they could not be told apart. Every workflow of the group is reported, naming
 * the others. Blank names are {@link BlankWorkflowName}'s.
 */
public final class DuplicateWorkflowName implements Check {

  @Override
  public void checkProject(
      List<WorkflowGraph> workflows, Function<WorkflowGraph, Diagnostics> out) {
    Map<String, List<WorkflowGraph>> byName = new TreeMap<>();
    for (WorkflowGraph w : workflows) {
      if (!w.workflow().name().isBlank()) {
        byName.computeIfAbsent(w.workflow().name(), k -> new ArrayList<>()).add(w);
      }
    }
    byName.forEach(
        (name, group) -> {
          if (group.size() < 2) {
            return;
          }
          for (WorkflowGraph w : group) {
            out.apply(w)
                .add(
                    w.source()
                        .errorAtValue(
                            id(),
                            "/name",
                            "workflow name '"
                                + name
                                + "' is also used by "
                                + DuplicateWorkflowKey.others(w, group))
                        .withFix("give each workflow of the project its own 'name'"));
          }
        });
  }
}
