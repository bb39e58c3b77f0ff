package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.compiler.CompiledWorkflow;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Position;
import dev.wireform.dsl.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test workflow: builds both the declared model and the JSON the compiler makes of it, in the
 * design's shape, so deployer tests need no compiler.
 */
final class Spec {
  private final String key;
  private String name;
  private String description = "";
  private final List<String> tags = new ArrayList<>();
  private boolean active = true;
  private final List<Object[]> nodes = new ArrayList<>();
  private final List<String[]> edges = new ArrayList<>();
  private final Map<String, double[]> pinned = new LinkedHashMap<>();
  private final List<String> renamedFrom = new ArrayList<>();
  private String adopt;
  private Boolean protect;

  private Spec(String key, String name) {
    this.key = key;
    this.name = name;
  }

  static Spec wf(String key, String name) {
    return new Spec(key, name);
  }

  /** The usual two-node ClarityAI example. */
  static Spec clarity(String key, String name) {
    return wf(key, name)
        .node("input-1", "input:text", "Image URL", Map.of("prompt", ""))
        .node("upscale-1", "process:clarityai_crystal_upscaler", "ClarityAI Upscaler",
            Map.of("scale_factor", 2))
        .edge("input-1", "prompt", "upscale-1", "image_url");
  }

  Spec name(String n) {
    this.name = n;
    return this;
  }

  Spec description(String d) {
    this.description = d;
    return this;
  }

  Spec tag(String t) {
    tags.add(t);
    return this;
  }

  Spec active(boolean a) {
    this.active = a;
    return this;
  }

  Spec node(String id, String type, String label, Map<String, Object> params) {
    nodes.add(new Object[] {id, type, label, new java.util.TreeMap<>(params)});
    return this;
  }

  /** Replaces one param of an existing node. */
  Spec param(String nodeId, String param, Object value) {
    for (Object[] n : nodes) {
      if (n[0].equals(nodeId)) {
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) n[3];
        p.put(param, value);
      }
    }
    return this;
  }

  Spec edge(String from, String out, String to, String in) {
    edges.add(new String[] {from, out, to, in});
    return this;
  }

  Spec pin(String nodeId, double x, double y) {
    pinned.put(nodeId, new double[] {x, y});
    return this;
  }

  Spec renamedFrom(String old) {
    renamedFrom.add(old);
    return this;
  }

  Spec adopt(String id) {
    this.adopt = id;
    return this;
  }

  Spec protect(boolean p) {
    this.protect = p;
    return this;
  }

  String key() {
    return key;
  }

  Workflow model() {
    Workflow.Builder b = Workflow.builder(key, name).description(description).active(active);
    tags.forEach(b::tag);
    for (Object[] n : nodes) {
      Node.Builder nb = Node.builder((String) n[0], (String) n[1]).label((String) n[2]);
      @SuppressWarnings("unchecked")
      Map<String, Object> params = (Map<String, Object>) n[3];
      params.forEach(nb::param);
      for (String[] e : edges) {
        if (e[2].equals(n[0])) {
          nb.input(e[3], new PortRef(e[0], e[1]));
        }
      }
      double[] p = pinned.get((String) n[0]);
      if (p != null) {
        nb.position(new Position(p[0], p[1]));
      }
      b.node(nb.build());
    }
    renamedFrom.forEach(b::renamedFrom);
    b.adoptId(adopt).protect(protect).source(SourceMap.empty("workflows/" + key + ".yaml"));
    return b.build();
  }

  /** The JSON the compiler would write: auto layout puts node i at x = 500 * i. */
  ObjectNode json() {
    ObjectNode root = Json.object();
    root.put("name", name);
    root.put("description", description);
    ArrayNode t = root.putArray("tags");
    tags.forEach(t::add);
    root.put("isActive", active);
    ArrayNode ns = root.putArray("nodes");
    int i = 0;
    for (Object[] n : nodes) {
      ObjectNode node = ns.addObject();
      node.put("id", (String) n[0]);
      node.put("type", "basedNode");
      ObjectNode pos = node.putObject("position");
      double[] p = pinned.get((String) n[0]);
      pos.put("x", p != null ? p[0] : 500 * i);
      pos.put("y", p != null ? p[1] : 0);
      ObjectNode data = node.putObject("data");
      data.put("label", (String) n[2]);
      data.put("nodeType", (String) n[1]);
      data.put("category", ((String) n[1]).substring(0, ((String) n[1]).indexOf(':')));
      data.set("params", Json.MAPPER.valueToTree(n[3]));
      data.putArray("inputs");
      data.putArray("outputs");
      i++;
    }
    ArrayNode es = root.putArray("edges");
    for (String[] e : edges) {
      ObjectNode edge = es.addObject();
      edge.put("id", "e-" + e[0] + "-" + e[1] + "-" + e[2] + "-" + e[3]);
      edge.put("source", e[0]);
      edge.put("target", e[2]);
      edge.put("sourceHandle", "out-" + e[1]);
      edge.put("targetHandle", "in-" + e[3]);
    }
    return root;
  }

  CompiledWorkflow compiled() {
    return new CompiledWorkflow(key, model(), Json.pretty(json()));
  }

  DesiredWorkflow desired(DeployTarget target) {
    return DesiredWorkflow.of(compiled(), target, new Normalizer(ParamDefaults.NONE));
  }
}
