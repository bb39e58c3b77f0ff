package dev.wireform.cli.output;

import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Workflow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a graph picture shows, independent of the drawing language: boxes in declaration order
 * and one arrow per wired input, labelled {@code sourcePort → inputPort}.
 */
record Drawing(String title, List<Box> boxes, List<Arrow> arrows) {

  /** A node: its id, display label, nodeType, and whether it is an input node. */
  record Box(String id, String label, String type, boolean input) {}

  /** An edge between two boxes, by node id and port. */
  record Arrow(String from, String fromPort, String to, String toPort) {
    String label() {
      return fromPort + " → " + toPort;
    }
  }

  static Drawing of(Workflow workflow, Catalog catalog) {
    List<Box> boxes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node node : workflow.nodes()) {
      String label = node.label();
      if (label.isEmpty()) {
        label = catalog.find(node.type()).map(NodeType::label).orElse(node.id());
      }
      boxes.add(new Box(node.id(), label, node.type(), isInput(node, catalog)));
      ids.add(node.id());
    }
    List<Arrow> arrows = new ArrayList<>();
    for (Node node : workflow.nodes()) {
      for (Map.Entry<String, List<PortRef>> input : node.inputs().entrySet()) {
        for (PortRef ref : input.getValue()) {
          // Only valid workflows are drawn; a dangling reference is skipped rather than drawn
          // as a phantom box.
          if (ids.contains(ref.node())) {
            arrows.add(new Arrow(ref.node(), ref.port(), node.id(), input.getKey()));
          }
        }
      }
    }
    return new Drawing(workflow.name(), boxes, arrows);
  }

  private static boolean isInput(Node node, Catalog catalog) {
    return catalog
        .find(node.type())
        .map(t -> t.category().equals("input"))
        .orElse(node.type().startsWith("input:"));
  }
}
