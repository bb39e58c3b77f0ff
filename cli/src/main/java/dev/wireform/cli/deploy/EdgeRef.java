package dev.wireform.cli.deploy;

import java.util.Objects;

/**
 * An edge by its endpoints, the only identity an edge has: ids are ignored.
 *
 * @param source the source node id
 * @param sourceHandle the source handle, e.g. {@code out-prompt}
 * @param target the target node id
 * @param targetHandle the target handle, e.g. {@code in-image_url}
 */
public record EdgeRef(String source, String sourceHandle, String target, String targetHandle)
    implements Comparable<EdgeRef> {
  public EdgeRef {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(sourceHandle, "sourceHandle == null");
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(targetHandle, "targetHandle == null");
  }

  /** {@code node.port} of the source: the handle without its {@code out-} prefix. */
  public String from() {
    return source + "." + strip(sourceHandle, "out-");
  }

  /** {@code node.port} of the target: the handle without its {@code in-} prefix. */
  public String to() {
    return target + "." + strip(targetHandle, "in-");
  }

  private static String strip(String handle, String prefix) {
    return handle.startsWith(prefix) ? handle.substring(prefix.length()) : handle;
  }

  @Override
  public int compareTo(EdgeRef o) {
    int c = to().compareTo(o.to());
    return c != 0 ? c : from().compareTo(o.from());
  }

  @Override
  public String toString() {
    return from() + " → " + to();
  }
}
