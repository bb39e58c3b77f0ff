package dev.wireform.dsl.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of node Wireflow can run, with its ports and params.
 *
 * @param nodeType the behaviour key, e.g. {@code process:clarityai_crystal_upscaler}
 * @param category the palette group written to {@code data.category}
 * @param label the default display label
 * @param inputs input ports, in catalog order
 * @param outputs output ports, in catalog order
 * @param params accepted params, in catalog order
 * @param provenance whether these facts are documented or assumed
 * @param source a citation (URL or reference section) for the facts, or empty
 */
public record NodeType(
    String nodeType,
    String category,
    String label,
    List<PortSpec> inputs,
    List<PortSpec> outputs,
    List<ParamSpec> params,
    Provenance provenance,
    String source) {
  public NodeType {
    Objects.requireNonNull(nodeType, "nodeType == null");
    Objects.requireNonNull(category, "category == null");
    Objects.requireNonNull(label, "label == null");
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    params = List.copyOf(params);
    Objects.requireNonNull(provenance, "provenance == null");
    Objects.requireNonNull(source, "source == null");
  }

  public Optional<PortSpec> input(String id) {
    return inputs.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<PortSpec> output(String id) {
    return outputs.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<ParamSpec> param(String name) {
    return params.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
