package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Two workflows of a project have the same key (file stem), e.g. {@code upscale.yaml} and
 * {@code upscale.java}: the key identifies a workflow in builds and deployments. Every workflow
 * of the group is reported, naming the others.
 */
public final class DuplicateWorkflowKey implements Check {

  @Override
  public void checkProject(
      List<WorkflowGraph> workflows, Function<WorkflowGraph, Diagnostics> out) {
    Map<String, List<WorkflowGraph>> byKey = new TreeMap<>();
    for (WorkflowGraph w : workflows) {
      byKey.computeIfAbsent(w.workflow().key(), k -> new ArrayList<>()).add(w);
    }
    byKey.forEach(
        (key, group) -> {
          if (group.size() < 2) {
            return;
          }
          for (WorkflowGraph w : group) {
            out.apply(w)
                .add(
                    w.source()
                        .errorAtKey(
                            id(),
                            "",
                            "workflow key '" + key + "' is also used by " + others(w, group))
                        .withFix(
                            "rename one of the files: a workflow's key is its file stem and must"
                                + " be unique in the project"));
          }
        });
  }

  /** The files of the group's other workflows, sorted and quoted. */
  static String others(WorkflowGraph self, List<WorkflowGraph> group) {
    return String.join(
        ", ",
        group.stream()
            .filter(w -> w != self)
            .map(w -> "'" + w.source().file() + "'")
            .sorted()
            .toList());
  }
}
