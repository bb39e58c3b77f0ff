/**
 * The node catalog: what wireform knows about each Wireflow nodeType (category, label, ports,
 * params, and whether those facts are documented or assumed). {@link
 * dev.wireform.dsl.catalog.Catalog#builtin()} is the catalog wireform ships; {@link
 * dev.wireform.dsl.catalog.CatalogReader} reads a project's own catalog file, which overlays it.
 * See {@code docs/catalog.md}.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.builtin().with(projectCatalog);
 * catalog.find("process:clarityai_crystal_upscaler").orElseThrow().param("scale_factor");
 * }</pre>
 *
 * <p>Parameters and return values are never null unless documented otherwise.
 */
package dev.wireform.dsl.catalog;
