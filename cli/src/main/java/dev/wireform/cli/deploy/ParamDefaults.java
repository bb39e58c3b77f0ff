package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.ParamSpec;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default value of each param, per nodeType. The normaliser fills defaults in on both sides,
 * so a param that is left out compares equal to the same param set to its default: whether the
 * server or the compiler writes defaults out can never show up as a change.
 */
public interface ParamDefaults {
  /** No defaults known: params compare exactly as written. */
  ParamDefaults NONE = nodeType -> Map.of();

  /** The defaults of {@code nodeType}'s params (empty for an unknown type). */
  Map<String, JsonNode> of(String nodeType);

  /** The defaults the catalog declares. */
  static ParamDefaults from(Catalog catalog) {
    Map<String, Map<String, JsonNode>> byType = new HashMap<>();
    for (NodeType type : catalog.all()) {
      Map<String, JsonNode> defaults = new LinkedHashMap<>();
      for (ParamSpec p : type.params()) {
        p.defaultValue().ifPresent(v -> defaults.put(p.name(), Json.MAPPER.valueToTree(v)));
      }
      byType.put(type.nodeType(), Collections.unmodifiableMap(defaults));
    }
    return nodeType -> byType.getOrDefault(nodeType, Map.of());
  }
}
