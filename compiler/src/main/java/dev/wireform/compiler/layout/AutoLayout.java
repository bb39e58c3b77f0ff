package dev.wireform.compiler.layout;

import dev.wireform.compiler.graph.Wire;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.traverse.NotDirectedAcyclicGraphException;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Places nodes on the Wireflow canvas in layers by topological depth, left to right, as
 * Wireflow's own example does (the input at x=0, the upscaler it feeds at x=500).
 *
 * <ul>
 *   <li>A node's layer is the length of the longest wire path leading to it; layer {@code n} sits
 *       at {@code x = n * 500}.
 *   <li>Inside a layer, nodes are stacked by id at {@code y = 0, 200, 400, ...}.
 *   <li>A pinned position is kept as declared; auto-placed nodes skip a slot a pinned node
 *       occupies exactly.
 * </ul>
 *
 * The result depends only on the graph, never on declaration order.
 */
public final class AutoLayout {
  /** Horizontal distance between layers, in pixels. */
  public static final double LAYER_SPACING = 500;
  /** Vertical distance between nodes of one layer, in pixels. */
  public static final double ROW_SPACING = 200;

  private AutoLayout() {}

  /**
   * The position of every node of the workflow: its pinned one, else its auto-layout place.
   *
   * @throws IllegalArgumentException when the workflow's wires form a cycle
   */
  public static Map<String, Position> positions(WorkflowGraph workflow) {
    Graph<String, Wire> graph = workflow.graph();
    Map<String, Integer> depth = new HashMap<>();
    try {
      TopologicalOrderIterator<String, Wire> order =
          new TopologicalOrderIterator<>(graph, String::compareTo);
      while (order.hasNext()) {
        String node = order.next();
        int d = 0;
        for (Wire in : graph.incomingEdgesOf(node)) {
          d = Math.max(d, depth.get(in.sourceNode()) + 1);
        }
        depth.put(node, d);
      }
    } catch (NotDirectedAcyclicGraphException e) {
      throw new IllegalArgumentException(
          "workflow '" + workflow.workflow().key() + "' has a cycle; lay out acyclic graphs only",
          e);
    }

    Set<Position> pinned = new HashSet<>();
    Map<Integer, List<String>> layers = new TreeMap<>();
    Map<String, Position> positions = new TreeMap<>();
    for (Node node : workflow.nodes().values()) {
      if (node.position().isPresent()) {
        positions.put(node.id(), node.position().get());
        pinned.add(node.position().get());
      } else {
        layers.computeIfAbsent(depth.get(node.id()), k -> new ArrayList<>()).add(node.id());
      }
    }
    layers.forEach(
        (layer, ids) -> {
          ids.sort(String::compareTo);
          double x = layer * LAYER_SPACING;
          int row = 0;
          for (String id : ids) {
            Position p;
            do {
              p = new Position(x, row++ * ROW_SPACING);
            } while (pinned.contains(p));
            positions.put(id, p);
          }
        });
    return positions;
  }
}
