package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reduces a Wireflow workflow to what wireform manages, so code and remote compare cleanly and a
 * plan right after an apply is empty. This is the ignore list, versioned as {@link #VERSION}:
 *
 * <ul>
 *   <li>Workflow: only {@code name}, {@code description} (missing = ""), {@code tags} (as a set,
 *       without the derived {@code wireform:hash=} tag), {@code isActive} (missing = true),
 *       {@code nodes} and {@code edges} are kept. Ids, timestamps, webhook fields, counters and
 *       anything else the server adds are dropped.
 *   <li>Nodes are keyed by id, never by position in the array. Kept: {@code data.nodeType},
 *       {@code data.label}, {@code data.params} (with {@code data.config} merged under it, the
 *       catalog defaults filled in, numbers in one form), the React-Flow {@code type} unless it
 *       is {@code basedNode} or {@code model} (the same thing, spelled two ways), and {@code
 *       position} only when the code pins it. Dropped: runtime caches ({@code output}, {@code
 *       result}, {@code selectedOutput}, {@code selectedIndex}, {@code isExecuting}), {@code dims},
 *       the ports and category the server re-hydrates from the nodeType ({@code data.inputs},
 *       {@code data.outputs}, {@code data.category}) and every other field.
 *   <li>Edges are compared by their endpoints (source, sourceHandle, target, targetHandle), as a
 *       set; edge ids are dropped.
 * </ul>
 */
public final class Normalizer {
  /** The version of the ignore list above; bump it when the list changes. */
  public static final int VERSION = 1;

  private static final Set<String> SAME_NODE_TYPE = Set.of("basedNode", "model");

  private final ParamDefaults defaults;

  public Normalizer(ParamDefaults defaults) {
    this.defaults = Objects.requireNonNull(defaults, "defaults == null");
  }

  /**
   * The managed content of {@code workflow}, with keys sorted, as a tree.
   *
   * @param pinned ids of the nodes whose position the code pins; other positions are ignored
   */
  public ObjectNode normalize(JsonNode workflow, Set<String> pinned) {
    ObjectNode out = Json.object();
    out.put("name", Json.text(workflow, "name", ""));
    out.put("description", Json.text(workflow, "description", ""));
    JsonNode active = workflow.get("isActive");
    out.put("isActive", active == null || !active.isBoolean() || active.asBoolean());
    ArrayNode tags = out.putArray("tags");
    new TreeSet<>(Json.strings(workflow.get("tags"))).stream()
        .filter(t -> !t.startsWith(Marker.HASH))
        .forEach(tags::add);
    out.set("nodes", nodes(workflow.get("nodes"), pinned));
    out.set("edges", edges(workflow.get("edges")));
    return out;
  }

  /** The SHA-256 of the canonical managed content: equal content gives an equal hash. */
  public String contentHash(JsonNode workflow, Set<String> pinned) {
    return "sha256:" + Json.sha256(Json.canonical(normalize(workflow, pinned)));
  }

  /**
   * The drift fingerprint: a short hash of the managed content without any position, stored in
   * the {@code wireform:hash=} tag on every write. Positions are editor-only, so moving a node in
   * the canvas is not drift.
   */
  public String fingerprint(JsonNode workflow) {
    return Json.sha256(Json.canonical(normalize(workflow, Set.of()))).substring(0, 16);
  }

  private ObjectNode nodes(JsonNode nodes, Set<String> pinned) {
    Map<String, ObjectNode> byId = new TreeMap<>();
    if (nodes != null && nodes.isArray()) {
      for (JsonNode node : nodes) {
        String id = Json.text(node, "id", null);
        if (id != null) {
          byId.put(id, node(node, pinned.contains(id)));
        }
      }
    }
    ObjectNode out = Json.object();
    byId.forEach(out::set);
    return out;
  }

  private ObjectNode node(JsonNode node, boolean pinned) {
    JsonNode data = node.path("data");
    ObjectNode out = Json.object();
    String nodeType = Json.text(data, "nodeType", "");
    out.put("label", Json.text(data, "label", ""));
    out.put("nodeType", nodeType);
    out.set("params", params(nodeType, data));
    if (pinned && node.path("position").isObject()) {
      ObjectNode position = out.putObject("position");
      position.set("x", number(node.path("position").get("x")));
      position.set("y", number(node.path("position").get("y")));
    }
    String type = Json.text(node, "type", "basedNode");
    if (!SAME_NODE_TYPE.contains(type)) {
      out.put("type", type);
    }
    return out;
  }

  private static JsonNode number(JsonNode value) {
    return value != null && value.isNumber() ? Json.number(value) : Json.MAPPER.nullNode();
  }

  private JsonNode params(String nodeType, JsonNode data) {
    Map<String, JsonNode> merged = new TreeMap<>(defaults.of(nodeType));
    for (String field : List.of("config", "params")) {
      JsonNode source = data.get(field);
      if (source != null && source.isObject()) {
        source.fields().forEachRemaining(e -> merged.put(e.getKey(), e.getValue()));
      }
    }
    ObjectNode out = Json.object();
    merged.forEach((k, v) -> out.set(k, Json.sorted(v)));
    return out;
  }

  private static ArrayNode edges(JsonNode edges) {
    TreeMap<String, ObjectNode> unique = new TreeMap<>();
    if (edges != null && edges.isArray()) {
      for (JsonNode edge : edges) {
        ObjectNode e = Json.object();
        for (String f : List.of("source", "sourceHandle", "target", "targetHandle")) {
          e.put(f, Json.text(edge, f, ""));
        }
        unique.put(Json.canonical(e), e);
      }
    }
    ArrayNode out = Json.array();
    new ArrayList<>(unique.values()).forEach(out::add);
    return out;
  }
}
