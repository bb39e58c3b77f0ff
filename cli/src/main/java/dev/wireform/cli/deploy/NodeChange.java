package dev.wireform.cli.deploy;

import java.util.List;
import java.util.Objects;

/**
 * A node present on both sides whose managed content differs.
 *
 * @param id the node id
 * @param nodeType the nodeType the code wants
 * @param changes what differs: {@code label}, {@code nodeType}, {@code type}, {@code position}
 *     or {@code params.<path>}, sorted by path
 */
public record NodeChange(String id, String nodeType, List<FieldChange> changes) {
  public NodeChange {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(nodeType, "nodeType == null");
    changes = List.copyOf(changes);
  }
}
