package dev.wireform.compiler.check;

import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.PortSpec;
import dev.wireform.dsl.catalog.PortType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The outputs of a workflow that could feed an input of a given type, for fix suggestions. */
final class FeedCandidates {
  private final Map<PortType, List<String>> byInputType = new EnumMap<>(PortType.class);

  /** Indexes every output of every typed node once, so each lookup is cheap. */
  FeedCandidates(WorkflowGraph workflow) {
    for (PortType t : PortType.values()) {
      byInputType.put(t, new ArrayList<>());
    }
    workflow.nodes().keySet().stream()
        .sorted()
        .forEach(
            id -> {
              NodeType type = workflow.type(id).orElse(null);
              if (type == null) {
                return;
              }
              for (PortSpec out : type.outputs()) {
                for (PortType in : PortType.values()) {
                  if (out.type().canFeed(in)) {
                    byInputType.get(in).add(id + "." + out.id());
                  }
                }
              }
            });
  }

  /** Outputs ({@code node.port}) that can feed an input of {@code type}, but {@code node}'s. */
  List<String> forInput(PortType type, String node) {
    String own = node + ".";
    return byInputType.get(type).stream().filter(r -> !r.startsWith(own)).toList();
  }
}
