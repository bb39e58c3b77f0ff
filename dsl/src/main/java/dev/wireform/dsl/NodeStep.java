package dev.wireform.dsl;

import dev.wireform.dsl.model.PortRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The node declared last: its label, params, inputs and position, in any order. Another {@code
 * node(..)} or {@code build()} ends it.
 *
 * <p>Params are checked against the catalog by the compiler, not here: an unknown param or a
 * value out of range is reported at the line of its {@code param(..)} call.
 */
@CheckReturnValue
public interface NodeStep extends NodesStep {

  /** Sets the display label ({@code label:}); unset, the catalog's label is used. */
  NodeStep label(String label);

  /** Sets a text param. */
  NodeStep param(String name, String value);

  /** Sets an integer param. */
  NodeStep param(String name, long value);

  /**
   * Sets a decimal param, kept exact as {@link BigDecimal#valueOf(double)}: {@code 0.3} stays
   * {@code 0.3}.
   *
   * @throws IllegalArgumentException when the value is NaN or infinite
   */
  NodeStep param(String name, double value);

  /** Sets a decimal param, exactly as given. */
  NodeStep param(String name, BigDecimal value);

  /** Sets a boolean param. */
  NodeStep param(String name, boolean value);

  /**
   * Sets a list param. Elements may be text, numbers, booleans, null, lists and maps; numbers
   * are normalised as by the scalar overloads.
   *
   * @throws IllegalArgumentException for any other element type
   */
  NodeStep param(String name, List<?> value);

  /**
   * Sets a map param, keys as given. Values may be text, numbers, booleans, null, lists and
   * maps.
   *
   * @throws IllegalArgumentException for a non-text key or any other value type
   */
  NodeStep param(String name, Map<String, ?> value);

  /** Sets a param to {@code null}. */
  NodeStep paramNull(String name);

  /**
   * Sets several params at once, in the map's order, as if by one {@code param(..)} call each.
   *
   * @throws IllegalArgumentException for a value type the {@code param} overloads do not take
   */
  NodeStep params(Map<String, ?> params);

  /**
   * Wires an output port of another node into an input port ({@code inputs: {port:
   * node.output}}). Calling it again for the same port adds another source, as a YAML list does.
   *
   * @param port this node's input port, e.g. {@code image_url}
   * @param node the source node's id
   * @param output the source node's output port, e.g. {@code images}
   */
  NodeStep input(String port, String node, String output);

  /**
   * Wires {@code from}, written {@code node.output} as in YAML, into an input port.
   *
   * @throws IllegalArgumentException when {@code from} is not of the form {@code node.output}
   */
  NodeStep input(String port, String from);

  /** Wires an output port of another node into an input port. */
  NodeStep input(String port, PortRef from);

  /**
   * Pins the node on the Wireflow canvas ({@code position: {x, y}}), in pixels; unpinned nodes
   * are laid out automatically.
   *
   * @throws IllegalArgumentException when a coordinate is NaN or infinite
   */
  NodeStep position(double x, double y);
}
