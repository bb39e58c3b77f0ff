package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.diag.Diagnostics;
import java.util.List;
import java.util.function.Function;

/**
 * One rule about workflows. The implementing class's simple name is the rule's diagnostic ID,
 * and {@code docs/errors/<ID>.md} explains it. A check reports every problem it finds and never
 * throws for a user error; it stays quiet about what another check already reports (an unknown
 * node type hides that node's port and param problems).
 *
 * <p>Most checks look at one workflow ({@link #checkWorkflow}); a few compare the workflows of a
 * project ({@link #checkProject}). Each overrides the one it needs.
 */
public interface Check {

  /** The diagnostic ID: the class's simple name. */
  default String id() {
    return getClass().getSimpleName();
  }

  /** Reports this rule's problems in one workflow. */
  default void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {}

  /**
   * Reports this rule's problems across all workflows of a project, each into the diagnostics of
   * the workflow it concerns.
   */
  default void checkProject(
      List<WorkflowGraph> workflows, Function<WorkflowGraph, Diagnostics> out) {}
}
