package dev.wireform.dsl.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The node types a project may use, looked up by nodeType. Immutable. */
public final class Catalog {
  private final Map<String, NodeType> types;

  private Catalog(Map<String, NodeType> types) {
    this.types = java.util.Collections.unmodifiableMap(new TreeMap<>(types));
  }

  /** A catalog of exactly these types; a later duplicate nodeType replaces an earlier one. */
  public static Catalog of(Collection<NodeType> types) {
    Map<String, NodeType> map = new TreeMap<>();
    types.forEach(t -> map.put(t.nodeType(), t));
    return new Catalog(map);
  }

  public Optional<NodeType> find(String nodeType) {
    return Optional.ofNullable(types.get(nodeType));
  }

  /** Every type, sorted by nodeType. */
  public Collection<NodeType> all() {
    return types.values();
  }

  /** This catalog with {@code overrides}' types added, replacing types of the same nodeType. */
  public Catalog with(Catalog overrides) {
    Map<String, NodeType> map = new TreeMap<>(types);
    map.putAll(overrides.types);
    return new Catalog(map);
  }
}
