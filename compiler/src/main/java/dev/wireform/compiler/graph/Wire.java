package dev.wireform.compiler.graph;

import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.PortRef;
import java.util.Objects;

/**
 * One declared source of a node's input: {@code inputs: { <input>: <source> }}, the {@code
 * index}-th source of that input. A wire is what becomes a Wireflow edge.
 *
 * @param target the id of the node whose input this is
 * @param input the target's input port id
 * @param index the position of this source in the input's list (0 for a single source)
 * @param source the output port wired in, {@code node.port}
 */
public record Wire(String target, String input, int index, PortRef source) {
  public Wire {
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(input, "input == null");
    Objects.requireNonNull(source, "source == null");
    if (index < 0) {
      throw new IllegalArgumentException("index < 0: " + index);
    }
  }

  /** The id of the node the wire comes from. */
  public String sourceNode() {
    return source.node();
  }

  /** The id of the source's output port. */
  public String output() {
    return source.port();
  }

  /** Where the wire is declared: {@code /nodes/<target>/inputs/<input>/<index>}. */
  public String pointer() {
    return SourceMap.pointer("nodes", target, "inputs", input, index);
  }

  /**
   * The wire's stable edge id, {@code <source>.<output>-><target>.<input>}: derived from the
   * endpoints only, so adding or removing other nodes never renames it.
   */
  public String edgeId() {
    return source + "->" + target + "." + input;
  }
}
