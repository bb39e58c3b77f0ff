package dev.wireform.emulator;

/** A node could not run; the message is shown as the node's {@code error} in poll bodies. */
final class NodeFailure extends Exception {
  private static final long serialVersionUID = 1L;

  NodeFailure(String message) {
    super(message, null, false, false);
  }
}
