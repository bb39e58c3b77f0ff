package dev.wireform.dsl.model;

import dev.wireform.dsl.diag.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow as the user declared it, in YAML or with the Java builder.
 *
 * @param key the workflow's key in its project (the file stem); stable identity across renames
 * @param name the Wireflow workflow name
 * @param description the description, or empty
 * @param tags the user's tags, in declaration order
 * @param active whether the workflow is active ({@code isActive}); default true
 * @param nodes the nodes, in declaration order
 * @param renamedFrom earlier keys of this workflow, so a rename updates in place
 * @param adoptId the Wireflow id of an existing unmanaged workflow to take over, if any
 * @param protect whether deleting it is refused; empty for the environment's default
 * @param source where each part was declared
 */
public record Workflow(
    String key,
    String name,
    String description,
    List<String> tags,
    boolean active,
    List<Node> nodes,
    List<String> renamedFrom,
    Optional<String> adoptId,
    Optional<Boolean> protect,
    SourceMap source) {

  public Workflow {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(description, "description == null");
    tags = List.copyOf(tags);
    nodes = List.copyOf(nodes);
    renamedFrom = List.copyOf(renamedFrom);
    Objects.requireNonNull(adoptId, "adoptId == null");
    Objects.requireNonNull(protect, "protect == null");
    Objects.requireNonNull(source, "source == null");
  }

  /** The node with this id, if declared. */
  public Optional<Node> node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  public static Builder builder(String key, String name) {
    return new Builder(key, name);
  }

  public Builder toBuilder() {
    Builder b = new Builder(key, name).description(description).active(active).source(source);
    b.tags.addAll(tags);
    b.nodes.addAll(nodes);
    b.renamedFrom.addAll(renamedFrom);
    b.adoptId = adoptId.orElse(null);
    b.protect = protect.orElse(null);
    return b;
  }

  /** Builds a {@link Workflow}. */
  public static final class Builder {
    private String key;
    private String name;
    private String description = "";
    private final List<String> tags = new ArrayList<>();
    private boolean active = true;
    private final List<Node> nodes = new ArrayList<>();
    private final List<String> renamedFrom = new ArrayList<>();
    private String adoptId;
    private Boolean protect;
    private SourceMap source;

    private Builder(String key, String name) {
      this.key = Objects.requireNonNull(key, "key == null");
      this.name = Objects.requireNonNull(name, "name == null");
      this.source = SourceMap.empty(key);
    }

    public Builder key(String key) {
      this.key = Objects.requireNonNull(key, "key == null");
      return this;
    }

    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description == null");
      return this;
    }

    public Builder tag(String tag) {
      tags.add(Objects.requireNonNull(tag, "tag == null"));
      return this;
    }

    public Builder active(boolean active) {
      this.active = active;
      return this;
    }

    public Builder node(Node node) {
      nodes.add(Objects.requireNonNull(node, "node == null"));
      return this;
    }

    public Builder renamedFrom(String oldKey) {
      renamedFrom.add(Objects.requireNonNull(oldKey, "oldKey == null"));
      return this;
    }

    public Builder adoptId(String id) {
      this.adoptId = id;
      return this;
    }

    public Builder protect(Boolean protect) {
      this.protect = protect;
      return this;
    }

    public Builder source(SourceMap source) {
      this.source = Objects.requireNonNull(source, "source == null");
      return this;
    }

    public Workflow build() {
      return new Workflow(
          key,
          name,
          description,
          tags,
          active,
          nodes,
          renamedFrom,
          Optional.ofNullable(adoptId),
          Optional.ofNullable(protect),
          source);
    }
  }
}
