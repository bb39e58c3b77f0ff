package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.Wire;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.diag.Diagnostics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.interfaces.StrongConnectivityAlgorithm;

/**
 * Wires form a loop, so a node would feed its own input. One error per strongly connected group
 * of nodes, naming the nodes of one cycle in data-flow order, starting from the smallest id, and
 * pointing at the wire that closes the cycle.
 */
public final class Cycle implements Check {
  private static final Comparator<Wire> WIRE_ORDER =
      Comparator.comparing(Wire::target)
          .thenComparing(Wire::input)
          .thenComparingInt(Wire::index)
          .thenComparing(w -> w.source().toString());

  @Override
  public void checkWorkflow(WorkflowGraph workflow, Diagnostics out) {
    Graph<String, Wire> graph = workflow.graph();
    // Strongly connected components, not CycleDetector: its probe scans the whole DFS path for
    // every edge that reaches a visited node, which is quadratic on long chains.
    StrongConnectivityAlgorithm<String, Wire> components =
        new KosarajuStrongConnectivityInspector<>(graph);
    List<String> starts = new ArrayList<>();
    Map<String, Set<String>> componentOf = new HashMap<>();
    for (Set<String> component : components.stronglyConnectedSets()) {
      String start = Collections.min(component);
      if (component.size() > 1 || graph.containsEdge(start, start)) {
        starts.add(start);
        componentOf.put(start, component);
      }
    }
    Collections.sort(starts);
    for (String start : starts) {
      List<Wire> cycle = cycleThrough(graph, start, componentOf.get(start));
      Wire closing = cycle.get(cycle.size() - 1);
      StringBuilder path = new StringBuilder("'" + start + "'");
      cycle.forEach(w -> path.append(" -> '").append(w.target()).append("'"));
      String message =
          cycle.size() == 1
              ? "node '" + start + "' feeds its own input: " + path
              : "node '" + start + "' feeds its own input through a cycle: " + path;
      out.add(
          workflow
              .source()
              .errorAtValue(id(), closing.pointer(), message)
              .withFix(
                  "remove one wire of the cycle, e.g. input '"
                      + closing.input()
                      + "' of node '"
                      + closing.target()
                      + "' from '"
                      + closing.source()
                      + "'; Wireflow runs a workflow as an acyclic graph"));
    }
  }

  /**
   * A shortest cycle from {@code start} back to itself inside its component, as the wires in
   * data-flow order. Breadth-first, with each node's wires in a fixed order, so the answer does
   * not depend on declaration order.
   */
  private static List<Wire> cycleThrough(
      Graph<String, Wire> graph, String start, Set<String> component) {
    Map<String, Wire> reachedBy = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      String node = queue.poll();
      List<Wire> wires = new ArrayList<>(graph.outgoingEdgesOf(node));
      wires.sort(WIRE_ORDER);
      for (Wire wire : wires) {
        String next = wire.target();
        if (next.equals(start)) {
          List<Wire> cycle = new ArrayList<>();
          cycle.add(wire);
          for (String n = node; !n.equals(start); n = reachedBy.get(n).sourceNode()) {
            cycle.add(reachedBy.get(n));
          }
          Collections.reverse(cycle);
          return cycle;
        }
        if (component.contains(next) && !reachedBy.containsKey(next)) {
          reachedBy.put(next, wire);
          queue.add(next);
        }
      }
    }
    throw new IllegalStateException("no cycle through '" + start + "' in its component");
  }
}
