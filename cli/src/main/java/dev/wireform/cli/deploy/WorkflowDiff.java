package dev.wireform.cli.deploy;

import java.util.List;

/**
 * What differs between a remote workflow and the code, by graph: workflow fields, tags, nodes
 * keyed by id, edges keyed by endpoints. Never an index-based diff of the JSON arrays.
 *
 * @param fields changed workflow fields ({@code name}, {@code description}, {@code isActive})
 * @param tagsAdded tags the code adds
 * @param tagsRemoved tags the code removes
 * @param nodesAdded nodes only the code has
 * @param nodesRemoved nodes only the remote has
 * @param nodesChanged nodes on both sides that differ
 * @param edgesAdded edges only the code has (not counting rewires)
 * @param edgesRemoved edges only the remote has (not counting rewires)
 * @param rewired inputs wired to another source
 */
public record WorkflowDiff(
    List<FieldChange> fields,
    List<String> tagsAdded,
    List<String> tagsRemoved,
    List<NodeSummary> nodesAdded,
    List<NodeSummary> nodesRemoved,
    List<NodeChange> nodesChanged,
    List<EdgeRef> edgesAdded,
    List<EdgeRef> edgesRemoved,
    List<Rewire> rewired) {

  /** The diff of two equal workflows. */
  public static final WorkflowDiff NONE =
      new WorkflowDiff(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of());

  public WorkflowDiff {
    fields = List.copyOf(fields);
    tagsAdded = List.copyOf(tagsAdded);
    tagsRemoved = List.copyOf(tagsRemoved);
    nodesAdded = List.copyOf(nodesAdded);
    nodesRemoved = List.copyOf(nodesRemoved);
    nodesChanged = List.copyOf(nodesChanged);
    edgesAdded = List.copyOf(edgesAdded);
    edgesRemoved = List.copyOf(edgesRemoved);
    rewired = List.copyOf(rewired);
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  /** The number of lines this diff renders as: one per field, tag, node, param and edge. */
  public int size() {
    return fields.size()
        + tagsAdded.size()
        + tagsRemoved.size()
        + nodesAdded.size()
        + nodesRemoved.size()
        + nodesChanged.stream().mapToInt(n -> n.changes().size()).sum()
        + edgesAdded.size()
        + edgesRemoved.size()
        + rewired.size();
  }
}
