package dev.wireform.dsl.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of a workflow as the user declared it. Ports, category and port types are not
 * repeated here: they come from the node catalog when the workflow is compiled.
 *
 * <p>Param values are plain Java values: {@link String}, {@link Long}, {@link
 * java.math.BigDecimal}, {@link Boolean}, {@code null}, and {@link List} / {@link Map} of those.
 *
 * @param id the node id, unique in the workflow; becomes the Wireflow node id
 * @param type the catalog nodeType, e.g. {@code process:clarityai_crystal_upscaler}
 * @param label the display label, or empty for the catalog's default
 * @param params the node's params as declared (unmodifiable, in declaration order)
 * @param inputs input port id to the output ports wired into it (unmodifiable)
 * @param position the pinned canvas position, or empty for auto layout
 */
public record Node(
    String id,
    String type,
    String label,
    Map<String, Object> params,
    Map<String, List<PortRef>> inputs,
    Optional<Position> position) {

  public Node {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(label, "label == null");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    Map<String, List<PortRef>> in = new LinkedHashMap<>();
    inputs.forEach((port, refs) -> in.put(port, List.copyOf(refs)));
    inputs = Collections.unmodifiableMap(in);
    Objects.requireNonNull(position, "position == null");
  }

  public static Builder builder(String id, String type) {
    return new Builder(id, type);
  }

  public Builder toBuilder() {
    Builder b = new Builder(id, type).label(label);
    b.params.putAll(params);
    inputs.forEach((port, refs) -> b.inputs.put(port, new ArrayList<>(refs)));
    b.position = position.orElse(null);
    return b;
  }

  /** Builds a {@link Node}. */
  public static final class Builder {
    private String id;
    private String type;
    private String label = "";
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Map<String, List<PortRef>> inputs = new LinkedHashMap<>();
    private Position position;

    private Builder(String id, String type) {
      this.id = Objects.requireNonNull(id, "id == null");
      this.type = Objects.requireNonNull(type, "type == null");
    }

    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    public Builder type(String type) {
      this.type = Objects.requireNonNull(type, "type == null");
      return this;
    }

    public Builder label(String label) {
      this.label = Objects.requireNonNull(label, "label == null");
      return this;
    }

    public Builder param(String name, Object value) {
      params.put(Objects.requireNonNull(name, "name == null"), value);
      return this;
    }

    /** Wires {@code from} into input {@code port}; call again to add more sources. */
    public Builder input(String port, PortRef from) {
      inputs.computeIfAbsent(Objects.requireNonNull(port, "port == null"), p -> new ArrayList<>())
          .add(Objects.requireNonNull(from, "from == null"));
      return this;
    }

    public Builder position(Position position) {
      this.position = position;
      return this;
    }

    public Node build() {
      return new Node(id, type, label, params, inputs, Optional.ofNullable(position));
    }
  }
}
