package dev.wireform.emulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A test hook that changes how matching nodes run: extra simulated work, or a failure. A node
 * matches when every given selector equals it; a behaviour with no selector matches every node.
 *
 * @param nodeId match this node id, or empty for any
 * @param nodeType match this nodeType, or empty for any
 * @param workflowId match nodes of this workflow only, or empty for any
 * @param delay simulated work added before the node runs (through the emulator's sleeper)
 * @param failMessage when present, the node ends FAILED with this error instead of running
 */
public record NodeBehaviour(
    Optional<String> nodeId,
    Optional<String> nodeType,
    Optional<String> workflowId,
    Duration delay,
    Optional<String> failMessage) {
  public NodeBehaviour {
    Objects.requireNonNull(nodeId, "nodeId == null");
    Objects.requireNonNull(nodeType, "nodeType == null");
    Objects.requireNonNull(workflowId, "workflowId == null");
    Objects.requireNonNull(delay, "delay == null");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, found " + delay);
    }
    Objects.requireNonNull(failMessage, "failMessage == null");
  }

  /** Node {@code nodeId} fails with {@code message}. */
  public static NodeBehaviour failNode(String nodeId, String message) {
    return new NodeBehaviour(
        Optional.of(nodeId), Optional.empty(), Optional.empty(), Duration.ZERO,
        Optional.of(message));
  }

  /** Node {@code nodeId} takes {@code work} of simulated time before it runs. */
  public static NodeBehaviour delayNode(String nodeId, Duration work) {
    return new NodeBehaviour(
        Optional.of(nodeId), Optional.empty(), Optional.empty(), work, Optional.empty());
  }

  boolean matches(String workflow, String id, String type) {
    return nodeId.map(id::equals).orElse(true)
        && nodeType.map(type::equals).orElse(true)
        && workflowId.map(w -> w.equals(workflow)).orElse(true);
  }
}
