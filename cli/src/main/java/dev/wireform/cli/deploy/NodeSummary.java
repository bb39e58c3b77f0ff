package dev.wireform.cli.deploy;

import java.util.Objects;

/**
 * A node added or removed as a whole.
 *
 * @param id the node id
 * @param nodeType its nodeType
 * @param label its label
 */
public record NodeSummary(String id, String nodeType, String label) {
  public NodeSummary {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(nodeType, "nodeType == null");
    Objects.requireNonNull(label, "label == null");
  }
}
