package dev.wireform.dsl.project;

import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.model.Workflow;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ProjectLoader} found: the project file, the workflows read from YAML and Java
 * files, the catalog they are checked against, and every problem met on the way.
 *
 * @param project the parsed {@code wireform.yaml}, or empty when the paths are not in a project
 *     or the project file could not be read
 * @param root the project's folder, or the working directory when there is no project
 * @param workflows the workflows that could be read, sorted by display path
 * @param catalog the built-in catalog overlaid with the project's catalog file, if any
 * @param diagnostics every problem found while loading, sorted; an error means some file was not
 *     read into a workflow
 */
public record LoadedProject(
    Optional<ProjectFile> project,
    Path root,
    List<Workflow> workflows,
    Catalog catalog,
    List<Diagnostic> diagnostics) {

  public LoadedProject {
    Objects.requireNonNull(project, "project == null");
    Objects.requireNonNull(root, "root == null");
    workflows = List.copyOf(workflows);
    Objects.requireNonNull(catalog, "catalog == null");
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether any diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
