package dev.wireform.dsl.catalog;

import java.util.Objects;

/**
 * A port of a node type.
 *
 * @param id the port id; edges use {@code out-<id>} / {@code in-<id>} handles
 * @param label the display label
 * @param type what flows through it
 * @param required for inputs: whether the node cannot run without it
 * @param many for inputs: whether several sources may be wired into it
 */
public record PortSpec(String id, String label, PortType type, boolean required, boolean many) {
  public PortSpec {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(label, "label == null");
    Objects.requireNonNull(type, "type == null");
  }
}
