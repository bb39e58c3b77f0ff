package dev.wireform.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.ParamSpec;
import dev.wireform.dsl.catalog.PortSpec;

/**
 * Renders the catalog for {@code GET /nodes} in the skill's shape: {@code nodes[]} whose
 * {@code inputs} hold wireable ports ({@code isPort: true}) and config params ({@code isPort:
 * false}).
 */
final class CatalogJson {
  private CatalogJson() {}

  static ObjectNode render(Catalog catalog) {
    ObjectNode root = Json.object();
    ArrayNode nodes = root.putArray("nodes");
    for (NodeType t : catalog.all()) {
      ObjectNode n = nodes.addObject();
      n.put("nodeType", t.nodeType());
      n.put("category", t.category());
      n.put("label", t.label());
      ArrayNode inputs = n.putArray("inputs");
      for (PortSpec p : t.inputs()) {
        ObjectNode o = port(inputs.addObject(), p);
        o.put("required", p.required());
        o.put("many", p.many());
      }
      for (ParamSpec p : t.params()) {
        ObjectNode o = inputs.addObject();
        o.put("id", p.name());
        o.put("type", p.type().name());
        o.put("isPort", false);
        p.defaultValue().ifPresent(v -> o.set("default", Json.MAPPER.valueToTree(v)));
        p.min().ifPresent(v -> o.put("min", v));
        p.max().ifPresent(v -> o.put("max", v));
        if (!p.values().isEmpty()) {
          ArrayNode values = o.putArray("values");
          p.values().forEach(values::add);
        }
        if (!p.description().isEmpty()) {
          o.put("description", p.description());
        }
      }
      ArrayNode outputs = n.putArray("outputs");
      t.outputs().forEach(p -> port(outputs.addObject(), p));
      n.put("provenance", t.provenance().name());
      if (!t.source().isEmpty()) {
        n.put("source", t.source());
      }
    }
    return root;
  }

  private static ObjectNode port(ObjectNode o, PortSpec p) {
    o.put("id", p.id());
    o.put("label", p.label());
    o.put("type", p.type().name());
    o.put("isPort", true);
    return o;
  }
}
