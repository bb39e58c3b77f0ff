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

  /**
   * wireform's built-in catalog, read once from the {@code builtin.yaml} resource next to this
   * class. Its entries carry {@link Provenance#DOCUMENTED} or {@link Provenance#ASSUMED} and a
   * citation; see {@code docs/catalog.md}.
   *
   * @throws IllegalStateException if the resource is missing or invalid (a build defect, caught by
   *     the dsl module's tests)
   */
  public static Catalog builtin() {
    return Builtin.CATALOG;
  }

  /** The nodeType's entry, if this catalog has one. */
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

  /** Holds the built-in catalog; loaded on first use. */
  private static final class Builtin {
    static final String RESOURCE = "builtin.yaml";
    static final Catalog CATALOG = load();

    private static Catalog load() {
      byte[] bytes;
      try (java.io.InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "resource " + RESOURCE + " is missing next to " + Catalog.class.getName());
        }
        bytes = in.readAllBytes();
      } catch (java.io.IOException e) {
        throw new IllegalStateException("cannot read resource " + RESOURCE, e);
      }
      dev.wireform.dsl.diag.Diagnostics diagnostics = new dev.wireform.dsl.diag.Diagnostics();
      Optional<Catalog> catalog =
          CatalogReader.read("dev/wireform/dsl/catalog/" + RESOURCE, bytes, diagnostics);
      if (catalog.isEmpty() || diagnostics.hasErrors()) {
        throw new IllegalStateException("the built-in catalog is invalid: " + diagnostics.sorted());
      }
      return catalog.get();
    }
  }
}
