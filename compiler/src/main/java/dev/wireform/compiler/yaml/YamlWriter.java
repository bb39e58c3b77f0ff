package dev.wireform.compiler.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes workflows in wireform's YAML format ({@code docs/yaml.md}), canonically: no comments,
 * fields in one fixed order, params sorted, every string that a YAML reader could take for
 * something else quoted. Reading the output back gives the same workflow.
 *
 * <p>{@link #fromWireflow} turns a Wireflow workflow (as {@code GET /workflows/{id}} returns it)
 * into that model first, so {@code wireform import} writes
 *
 * <pre>
 * name: ClarityAI Image Upscaler
 * adopt: {id: cm1abc123}
 * nodes:
 *   input-1:
 *     type: input:text
 *     label: Image URL
 *     params:
 *       prompt: ""
 *   upscale-1:
 *     type: process:clarityai_crystal_upscaler
 *     label: ClarityAI Upscaler
 *     params:
 *       scale_factor: 2
 *     inputs:
 *       image_url: input-1.prompt
 * </pre>
 */
public final class YamlWriter {
  /** Plain scalars safe anywhere, flow collections included. */
  private static final Pattern PLAIN =
      Pattern.compile(
          "[A-Za-z_][A-Za-z0-9_./+@-]*(:[A-Za-z0-9_./+@-]+)*"
              + "( [A-Za-z0-9_./+@-]+(:[A-Za-z0-9_./+@-]+)*)*");
  /** Plain scalars safe as a block value: punctuation a flow collection would stop at. */
  private static final Pattern PLAIN_BLOCK =
      Pattern.compile(
          "[A-Za-z_][A-Za-z0-9_./+@,()'?!%=-]*(:[A-Za-z0-9_./+@,()'?!%=-]+)*"
              + "( [A-Za-z0-9_./+@,()'?!%=-]+(:[A-Za-z0-9_./+@,()'?!%=-]+)*)*");
  private static final Set<String> RESERVED =
      Set.of("null", "true", "false", "y", "yes", "n", "no", "on", "off");
  private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern PORT = Pattern.compile("[A-Za-z0-9_-]+");

  private YamlWriter() {}

  /** The workflow as canonical YAML (LF line ends, final newline). */
  public static String write(Workflow w) {
    StringBuilder out = new StringBuilder();
    out.append("name: ").append(block(w.name())).append('\n');
    if (!w.description().isEmpty()) {
      out.append("description: ").append(block(w.description())).append('\n');
    }
    if (!w.tags().isEmpty()) {
      out.append("tags: ").append(flow(w.tags())).append('\n');
    }
    if (!w.active()) {
      out.append("active: false\n");
    }
    w.adoptId().ifPresent(id -> out.append("adopt: {id: ").append(scalar(id)).append("}\n"));
    if (!w.renamedFrom().isEmpty()) {
      out.append("renamedFrom: ").append(flow(w.renamedFrom())).append('\n');
    }
    w.protect().ifPresent(p -> out.append("protect: ").append(p).append('\n'));
    out.append("nodes:\n");
    for (Node n : w.nodes()) {
      out.append("  ").append(key(n.id())).append(":\n");
      out.append("    type: ").append(scalar(n.type())).append('\n');
      if (!n.label().isEmpty()) {
        out.append("    label: ").append(block(n.label())).append('\n');
      }
      if (!n.params().isEmpty()) {
        out.append("    params:\n");
        new TreeMap<>(n.params())
            .forEach((k, v) -> out.append("      ").append(key(k)).append(": ")
                .append(v instanceof String str ? block(str) : value(v)).append('\n'));
      }
      if (!n.inputs().isEmpty()) {
        out.append("    inputs:\n");
        new TreeMap<>(n.inputs()).forEach((port, refs) -> {
          out.append("      ").append(key(port)).append(": ");
          List<String> texts = refs.stream().map(PortRef::toString).toList();
          out.append(texts.size() == 1 ? scalar(texts.get(0)) : flow(texts)).append('\n');
        });
      }
      n.position().ifPresent(p -> out.append("    position: {x: ").append(number(p.x()))
          .append(", y: ").append(number(p.y())).append("}\n"));
    }
    return out.toString();
  }

  /** Why a Wireflow workflow cannot be written as YAML without losing something. */
  public static final class UnsupportedWorkflowException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsupportedWorkflowException(String message) {
      super(message);
    }
  }

  /**
   * The model of a Wireflow workflow: name, description, user tags (tags starting with {@code
   * wireform:} are dropped), {@code isActive}, and per node its id, nodeType, label and params
   * ({@code data.config} merged under {@code data.params}), inputs from the edges. Positions
   * are not pinned: an update keeps the canvas layout anyway. Nodes come in dependency order.
   *
   * @param namePrefix stripped from the front of the name, if it is there
   * @param adoptId the workflow's id, written as {@code adopt: {id}}, if any
   * @throws UnsupportedWorkflowException naming the part that YAML cannot hold: a node id with
   *     characters other than letters, digits, {@code _} and {@code -}, an edge whose handles
   *     are not {@code out-<port>}/{@code in-<port>}, an edge to a missing node, or a node
   *     without {@code data.nodeType}
   */
  public static Workflow fromWireflow(
      JsonNode json, String key, String namePrefix, Optional<String> adoptId) {
    String name = text(json, "name");
    if (!namePrefix.isEmpty() && name.startsWith(namePrefix)) {
      name = name.substring(namePrefix.length());
    }
    Workflow.Builder w = Workflow.builder(key, name).description(text(json, "description"));
    for (JsonNode t : json.path("tags")) {
      if (t.isTextual() && !t.asText().startsWith("wireform:")) {
        w.tag(t.asText());
      }
    }
    w.active(!json.path("isActive").isBoolean() || json.get("isActive").asBoolean());
    adoptId.ifPresent(w::adoptId);

    Map<String, Node.Builder> nodes = new LinkedHashMap<>();
    for (JsonNode n : json.path("nodes")) {
      String id = text(n, "id");
      if (!NODE_ID.matcher(id).matches()) {
        throw new UnsupportedWorkflowException(
            "node id '" + id + "' holds characters other than letters, digits, '_' and '-'");
      }
      String rfType = text(n, "type");
      if (!rfType.isEmpty() && !rfType.equals("basedNode") && !rfType.equals("model")) {
        throw new UnsupportedWorkflowException(
            "node '" + id + "' is a '" + rfType + "' node, which the YAML format cannot hold");
      }
      JsonNode data = n.path("data");
      String nodeType = text(data, "nodeType");
      if (nodeType.isEmpty()) {
        throw new UnsupportedWorkflowException("node '" + id + "' has no data.nodeType");
      }
      if (nodes.containsKey(id)) {
        throw new UnsupportedWorkflowException("node id '" + id + "' is used twice");
      }
      Node.Builder b = Node.builder(id, nodeType).label(text(data, "label"));
      Map<String, Object> params = new TreeMap<>();
      for (String field : List.of("config", "params")) {
        data.path(field).fields().forEachRemaining(e -> params.put(e.getKey(), plain(e.getValue())));
      }
      params.forEach(b::param);
      nodes.put(id, b);
    }
    Map<String, List<String>> upstream = new TreeMap<>();
    nodes.keySet().forEach(id -> upstream.put(id, new ArrayList<>()));
    List<JsonNode> edges = new ArrayList<>();
    json.path("edges").forEach(edges::add);
    edges.sort(java.util.Comparator.comparing(e -> text(e, "target") + "\n"
        + text(e, "targetHandle") + "\n" + text(e, "source") + "\n" + text(e, "sourceHandle")));
    for (JsonNode e : edges) {
      String source = text(e, "source");
      String target = text(e, "target");
      String out = port(text(e, "sourceHandle"), "out-", e);
      String in = port(text(e, "targetHandle"), "in-", e);
      if (!nodes.containsKey(source) || !nodes.containsKey(target)) {
        throw new UnsupportedWorkflowException(
            "edge '" + text(e, "id") + "' connects '" + source + "' to '" + target
                + "', but one of them is not a node of the workflow");
      }
      nodes.get(target).input(in, new PortRef(source, out));
      upstream.get(target).add(source);
    }
    for (String id : topological(upstream)) {
      w.node(nodes.get(id).build());
    }
    return w.source(SourceMap.empty(key)).build();
  }

  /** Node ids in dependency order, ties by id; a cycle's nodes come last, by id. */
  private static List<String> topological(Map<String, List<String>> upstream) {
    Map<String, Integer> waiting = new TreeMap<>();
    Map<String, List<String>> downstream = new TreeMap<>();
    upstream.forEach((id, ups) -> {
      waiting.put(id, ups.size());
      ups.forEach(u -> downstream.computeIfAbsent(u, k -> new ArrayList<>()).add(id));
    });
    PriorityQueue<String> ready = new PriorityQueue<>();
    waiting.forEach((id, n) -> {
      if (n == 0) {
        ready.add(id);
      }
    });
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String id = ready.poll();
      order.add(id);
      for (String d : downstream.getOrDefault(id, List.of())) {
        if (waiting.merge(d, -1, Integer::sum) == 0) {
          ready.add(d);
        }
      }
    }
    for (String id : upstream.keySet()) {
      if (!order.contains(id)) {
        order.add(id);
      }
    }
    return order;
  }

  private static String port(String handle, String prefix, JsonNode edge) {
    String port = handle.startsWith(prefix) ? handle.substring(prefix.length()) : "";
    if (!PORT.matcher(port).matches()) {
      throw new UnsupportedWorkflowException(
          "edge '" + text(edge, "id") + "' has handle '" + handle + "'; the YAML format needs '"
              + prefix + "<port>'");
    }
    return port;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.asText() : "";
  }

  /** A JSON value as the plain Java value the model holds. */
  private static Object plain(JsonNode v) {
    if (v.isObject()) {
      Map<String, Object> map = new TreeMap<>();
      v.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
      return map;
    }
    if (v.isArray()) {
      List<Object> list = new ArrayList<>();
      v.forEach(e -> list.add(plain(e)));
      return list;
    }
    if (v.isIntegralNumber()) {
      return v.canConvertToLong() ? (Object) v.asLong() : v.bigIntegerValue();
    }
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isNull()) {
      return null;
    }
    return v.asText();
  }

  private static String value(Object v) {
    if (v instanceof Map<?, ?> map) {
      StringBuilder b = new StringBuilder("{");
      Iterator<? extends Map.Entry<?, ?>> it = new TreeMap<>(map).entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        b.append(key(String.valueOf(e.getKey()))).append(": ").append(value(e.getValue()));
        if (it.hasNext()) {
          b.append(", ");
        }
      }
      return b.append('}').toString();
    }
    if (v instanceof List<?> list) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(value(list.get(i)));
      }
      return b.append(']').toString();
    }
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return scalar(s);
    }
    if (v instanceof BigDecimal d) {
      String s = d.toPlainString();
      return s.contains(".") ? s : s + ".0";
    }
    if (v instanceof Double d) {
      return number(d);
    }
    return String.valueOf(v);
  }

  private static String flow(List<String> items) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(scalar(items.get(i)));
    }
    return b.append(']').toString();
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d)
        : BigDecimal.valueOf(d).toPlainString();
  }

  private static String key(String k) {
    return NODE_ID.matcher(k).matches() && !Character.isDigit(k.charAt(0))
        && !RESERVED.contains(k.toLowerCase(Locale.ROOT)) ? k : quote(k);
  }

  /** A string as a block value: plain when nothing could misread it, else double-quoted. */
  static String block(String s) {
    if (PLAIN_BLOCK.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
      return s;
    }
    return quote(s);
  }

  /** A string as a plain scalar when nothing could misread it, even in a flow collection. */
  static String scalar(String s) {
    if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
      return s;
    }
    return quote(s);
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
