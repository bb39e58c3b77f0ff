package dev.wireform.dsl;

import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Position;
import dev.wireform.dsl.model.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one implementation behind every builder step. It records the source line of each call
 * under the JSON pointer the YAML reader uses for the same part, so a compiler diagnostic about
 * a builder-made workflow points at {@code File.java:LINE}.
 */
final class WorkflowBuilder implements WorkflowNameStep, WorkflowStep, NodeStep {
  /** As in YAML: a '.' would split a {@code node.port} reference. */
  private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9_-]+");

  private final String key;
  private final String file;
  private final SourceMap.Builder source;
  private String name;
  private String description;
  private final List<String> tags = new ArrayList<>();
  private Boolean active;
  private final List<String> renamedFrom = new ArrayList<>();
  private String adoptId;
  private Boolean protect;
  private final Map<String, NodeDraft> nodes = new LinkedHashMap<>();
  private NodeDraft current;

  WorkflowBuilder(String key) {
    Objects.requireNonNull(key, "key == null");
    if (key.isBlank() || key.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/')) {
      throw new IllegalArgumentException(
          "invalid workflow key '" + key + "': keys must be non-blank, without whitespace or '/'");
    }
    this.key = key;
    var caller = CallSite.first();
    this.file = caller.map(CallSite::fileName).orElse(key + ".java");
    this.source = SourceMap.builder(file);
    caller.ifPresent(f -> record("", Math.max(f.getLineNumber(), 0)));
  }

  @Override
  public WorkflowStep name(String name) {
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name of workflow '" + key + "' is blank");
    }
    this.name = name;
    recordHere("/name");
    return this;
  }

  @Override
  public WorkflowStep description(String description) {
    Objects.requireNonNull(description, "description == null");
    checkUnset(this.description, "description");
    this.description = description;
    recordHere("/description");
    return this;
  }

  @Override
  public WorkflowStep tags(String... tags) {
    for (String tag : tags) {
      this.tags.add(Objects.requireNonNull(tag, "tag == null"));
    }
    recordHere("/tags");
    return this;
  }

  @Override
  public WorkflowStep active(boolean active) {
    checkUnset(this.active, "active");
    this.active = active;
    recordHere("/active");
    return this;
  }

  @Override
  public WorkflowStep renamedFrom(String... oldKeys) {
    for (String oldKey : oldKeys) {
      renamedFrom.add(Objects.requireNonNull(oldKey, "oldKey == null"));
    }
    recordHere("/renamedFrom");
    return this;
  }

  @Override
  public WorkflowStep adopt(String wireflowId) {
    Objects.requireNonNull(wireflowId, "wireflowId == null");
    if (wireflowId.isBlank()) {
      throw new IllegalArgumentException("adopt id of workflow '" + key + "' is blank");
    }
    checkUnset(adoptId, "adopt");
    this.adoptId = wireflowId;
    recordHere("/adopt");
    return this;
  }

  @Override
  public WorkflowStep protect(boolean protect) {
    checkUnset(this.protect, "protect");
    this.protect = protect;
    recordHere("/protect");
    return this;
  }

  @Override
  public NodeStep node(String id, String type) {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(type, "type == null");
    if (!NODE_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "invalid node id '"
              + id
              + "' in workflow '"
              + key
              + "': ids hold only letters, digits, '_' and '-'");
    }
    if (nodes.containsKey(id)) {
      throw new IllegalArgumentException(
          "node '" + id + "' already declared in workflow '" + key + "'");
    }
    if (type.isBlank()) {
      throw new IllegalArgumentException(
          "type of node '" + id + "' in workflow '" + key + "' is blank");
    }
    current = new NodeDraft(id, type);
    nodes.put(id, current);
    int line = CallSite.lineIn(file);
    record(nodePointer(), line);
    record(nodePointer("type"), line);
    return this;
  }

  @Override
  public NodeStep label(String label) {
    Objects.requireNonNull(label, "label == null");
    if (current.label != null) {
      throw new IllegalStateException("label already set on " + nodeName());
    }
    current.label = label;
    recordHere(nodePointer("label"));
    return this;
  }

  @Override
  public NodeStep param(String name, String value) {
    return putParam(name, value);
  }

  @Override
  public NodeStep param(String name, long value) {
    return putParam(name, value);
  }

  @Override
  public NodeStep param(String name, double value) {
    return putParam(name, ParamValues.decimal(value, paramName(name)));
  }

  @Override
  public NodeStep param(String name, BigDecimal value) {
    return putParam(name, value);
  }

  @Override
  public NodeStep param(String name, boolean value) {
    return putParam(name, value);
  }

  @Override
  public NodeStep param(String name, List<?> value) {
    return putParam(name, value);
  }

  @Override
  public NodeStep param(String name, Map<String, ?> value) {
    return putParam(name, value);
  }

  @Override
  public NodeStep paramNull(String name) {
    return putParam(name, null);
  }

  @Override
  public NodeStep params(Map<String, ?> params) {
    params.forEach(this::putParam);
    return this;
  }

  private NodeStep putParam(String name, Object value) {
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank param name on " + nodeName());
    }
    if (current.params.containsKey(name)) {
      throw new IllegalStateException("param '" + name + "' already set on " + nodeName());
    }
    current.params.put(name, ParamValues.normalize(value, paramName(name)));
    recordHere(nodePointer("params", name));
    return this;
  }

  @Override
  public NodeStep input(String port, String node, String output) {
    Objects.requireNonNull(node, "node == null");
    Objects.requireNonNull(output, "output == null");
    return wire(port, new PortRef(node, output));
  }

  @Override
  public NodeStep input(String port, String from) {
    Objects.requireNonNull(from, "from == null");
    PortRef ref;
    try {
      ref = PortRef.parse(from);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "input '" + port + "' of " + nodeName() + " expects 'node.output', found '" + from + "'",
          e);
    }
    return wire(port, ref);
  }

  @Override
  public NodeStep input(String port, PortRef from) {
    return wire(port, Objects.requireNonNull(from, "from == null"));
  }

  private NodeStep wire(String port, PortRef from) {
    Objects.requireNonNull(port, "port == null");
    if (port.isBlank()) {
      throw new IllegalArgumentException("blank input port on " + nodeName());
    }
    List<PortRef> sources = current.inputs.computeIfAbsent(port, p -> new ArrayList<>());
    sources.add(from);
    int line = CallSite.lineIn(file);
    record(nodePointer("inputs", port), line);
    record(nodePointer("inputs", port, sources.size() - 1), line);
    return this;
  }

  @Override
  public NodeStep position(double x, double y) {
    if (current.position != null) {
      throw new IllegalStateException("position already set on " + nodeName());
    }
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException(
          "position of " + nodeName() + " must be finite, found " + x + ", " + y);
    }
    current.position = new Position(x, y);
    recordHere(nodePointer("position"));
    return this;
  }

  @Override
  public Workflow build() {
    Workflow.Builder b =
        Workflow.builder(key, name)
            .description(description == null ? "" : description)
            .active(active == null || active)
            .adoptId(adoptId)
            .protect(protect)
            .source(source.build());
    tags.forEach(b::tag);
    renamedFrom.forEach(b::renamedFrom);
    nodes.values().forEach(n -> b.node(n.toNode()));
    return b.build();
  }

  private void checkUnset(Object value, String what) {
    if (value != null) {
      throw new IllegalStateException(what + " already set in workflow '" + key + "'");
    }
  }

  private void recordHere(String pointer) {
    record(pointer, CallSite.lineIn(file));
  }

  private void record(String pointer, int line) {
    if (line > 0) {
      source.key(pointer, line, 0);
    }
  }

  private String nodePointer(Object... rest) {
    Object[] segments = new Object[rest.length + 2];
    segments[0] = "nodes";
    segments[1] = current.id;
    System.arraycopy(rest, 0, segments, 2, rest.length);
    return SourceMap.pointer(segments);
  }

  private String nodeName() {
    return "node '" + current.id + "' in workflow '" + key + "'";
  }

  private String paramName(String name) {
    return "param '" + name + "' of " + nodeName();
  }

  /** A node while it is being declared; label and position stay null until set. */
  private static final class NodeDraft {
    final String id;
    final String type;
    String label;
    final Map<String, Object> params = new LinkedHashMap<>();
    final Map<String, List<PortRef>> inputs = new LinkedHashMap<>();
    Position position;

    NodeDraft(String id, String type) {
      this.id = id;
      this.type = type;
    }

    Node toNode() {
      Node.Builder b = Node.builder(id, type).label(label == null ? "" : label).position(position);
      params.forEach(b::param);
      inputs.forEach((port, refs) -> refs.forEach(ref -> b.input(port, ref)));
      return b.build();
    }
  }
}
