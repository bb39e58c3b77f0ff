package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.diag.Diagnostics;

/** A workflow has more nodes or edges than Wireflow accepts in one workflow. */
public final class TooLarge implements Check {
  /** Wireflow's documented limit of nodes per workflow. */
  public static final int MAX_NODES = 100;
  /** Wireflow's documented limit of edges per workflow. */
  public static final int MAX_EDGES = 500;

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    int nodes = workflow.workflow().nodes().size();
    int edges = workflow.wires().size();
    String key = workflow.workflow().key();
    String fix = "split it into smaller workflows; run them one after another with 'wireform run'";
    if (nodes > MAX_NODES) {
      out.add(
          workflow
              .source()
              .errorAtKey(
                  id(),
                  "/nodes",
                  "workflow '" + key + "' has " + nodes + " nodes, Wireflow accepts at most "
                      + MAX_NODES)
              .withFix(fix));
    }
    if (edges > MAX_EDGES) {
      out.add(
          workflow
              .source()
              .errorAtKey(
                  id(),
                  "/nodes",
                  "workflow '" + key + "' has " + edges + " edges, Wireflow accepts at most "
                      + MAX_EDGES)
              .withFix(fix));
    }
  }
}
