package dev.wireform.dsl.model;

import java.util.Objects;

/**
 * The output port an input is wired from, written {@code node.port} in YAML.
 *
 * @param node the source node's id
 * @param port the source node's output port id
 */
public record PortRef(String node, String port) {
  public PortRef {
    Objects.requireNonNull(node, "node == null");
    Objects.requireNonNull(port, "port == null");
  }

  /**
   * Parses {@code node.port}; the last dot separates the port, so node ids cannot hold dots.
   *
   * @throws IllegalArgumentException when the text is not of the form {@code node.port}
   */
  public static PortRef parse(String text) {
    int dot = text.lastIndexOf('.');
    if (dot <= 0 || dot == text.length() - 1) {
      throw new IllegalArgumentException("expected 'node.port', found '" + text + "'");
    }
    return new PortRef(text.substring(0, dot), text.substring(dot + 1));
  }

  @Override
  public String toString() {
    return node + "." + port;
  }
}
