package dev.wireform.compiler.graph;

import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.PortSpec;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.Workflow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * A workflow resolved against a catalog and seen as a directed graph: one vertex per declared
 * node id, one edge per {@link Wire} whose source node is declared, pointing downstream (from the
 * source node to the node whose input it feeds). This class only resolves; it judges nothing —
 * the checks do.
 *
 * <p>When a node id is declared twice, the first declaration is the node; the others are kept
 * in {@link #duplicateNodes()} for the check that reports them.
 */
public final class WorkflowGraph {
  private final Workflow workflow;
  private final Catalog catalog;
  private final Map<String, Node> nodes;
  private final List<Node> duplicateNodes;
  private final Map<String, NodeType> types;
  private final List<Wire> wires;
  private final Graph<String, Wire> graph;

  private WorkflowGraph(Workflow workflow, Catalog catalog) {
    this.workflow = workflow;
    this.catalog = catalog;
    Map<String, Node> byId = new LinkedHashMap<>();
    List<Node> duplicates = new ArrayList<>();
    Map<String, NodeType> resolved = new HashMap<>();
    for (Node node : workflow.nodes()) {
      if (byId.putIfAbsent(node.id(), node) != null) {
        duplicates.add(node);
        continue;
      }
      catalog.find(node.type()).ifPresent(t -> resolved.put(node.id(), t));
    }
    DirectedPseudograph<String, Wire> g = new DirectedPseudograph<>(null, null, false);
    byId.keySet().forEach(g::addVertex);
    List<Wire> all = new ArrayList<>();
    for (Node node : byId.values()) {
      node.inputs()
          .forEach(
              (input, refs) -> {
                for (int i = 0; i < refs.size(); i++) {
                  Wire wire = new Wire(node.id(), input, i, refs.get(i));
                  all.add(wire);
                  if (byId.containsKey(wire.sourceNode())) {
                    g.addEdge(wire.sourceNode(), wire.target(), wire);
                  }
                }
              });
    }
    this.nodes = Collections.unmodifiableMap(byId);
    this.duplicateNodes = List.copyOf(duplicates);
    this.types = resolved;
    this.wires = List.copyOf(all);
    this.graph = new AsUnmodifiableGraph<>(g);
  }

  /** Resolves {@code workflow}'s node types and wires against {@code catalog}. */
  public static WorkflowGraph of(Workflow workflow, Catalog catalog) {
    return new WorkflowGraph(
        Objects.requireNonNull(workflow, "workflow == null"),
        Objects.requireNonNull(catalog, "catalog == null"));
  }

  public Workflow workflow() {
    return workflow;
  }

  /** Where each part of the workflow was declared. */
  public SourceMap source() {
    return workflow.source();
  }

  public Catalog catalog() {
    return catalog;
  }

  /** The nodes by id, in declaration order; the first declaration of a repeated id. */
  public Map<String, Node> nodes() {
    return nodes;
  }

  /** Later declarations of an id that was already declared, in declaration order. */
  public List<Node> duplicateNodes() {
    return duplicateNodes;
  }

  public Optional<Node> node(String id) {
    return Optional.ofNullable(nodes.get(id));
  }

  /** The catalog type of a declared node; empty when the node or its type is unknown. */
  public Optional<NodeType> type(String nodeId) {
    return Optional.ofNullable(types.get(nodeId));
  }

  /** Every declared wire, also those from undeclared nodes, in declaration order. */
  public List<Wire> wires() {
    return wires;
  }

  /**
   * The declared nodes and the wires between them, directed downstream. Unmodifiable. Parallel
   * edges and self-loops are kept, as declared.
   */
  public Graph<String, Wire> graph() {
    return graph;
  }

  /** The input port spec a wire feeds; empty when its node's type or the port is unknown. */
  public Optional<PortSpec> inputSpec(Wire wire) {
    return type(wire.target()).flatMap(t -> t.input(wire.input()));
  }

  /** The output port spec a wire comes from; empty when its source or port is unknown. */
  public Optional<PortSpec> outputSpec(Wire wire) {
    return type(wire.sourceNode()).flatMap(t -> t.output(wire.output()));
  }
}
