package dev.wireform.cli.run;

import dev.wireform.cli.UserErrorException;
import dev.wireform.compiler.DiagnosticFormatter;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.project.LoadedProject;
import dev.wireform.dsl.project.ProjectFile;
import dev.wireform.dsl.project.ProjectLoader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The project a run belongs to, if any: its {@code wireform.yaml} (project name and
 * environments) and node catalog. The runner reads no workflow file: what runs is what is
 * deployed, so inputs are checked against the deployed graph.
 *
 * @param project the project file, or empty outside a project (then only {@code --id} with
 *     {@code --endpoint} works)
 * @param root the project folder, or the working folder outside a project
 * @param catalog the built-in catalog, overlaid with the project's catalog file if it names one
 */
public record ProjectSite(Optional<ProjectFile> project, Path root, Catalog catalog) {
  public ProjectSite {
    Objects.requireNonNull(project, "project == null");
    Objects.requireNonNull(root, "root == null");
    Objects.requireNonNull(catalog, "catalog == null");
  }

  /**
   * Finds the project: {@code --project DIR} if given, else the nearest {@code wireform.yaml} at
   * or above {@code cwd}.
   *
   * @throws UserErrorException when {@code --project} names no project, or the project file or
   *     its catalog has errors
   */
  public static ProjectSite locate(Optional<Path> projectFlag, Path cwd) {
    LoadedProject loaded = ProjectLoader.loadProjectOnly(projectFlag, cwd);
    if (loaded.hasErrors()) {
      throw new UserErrorException(
          "cannot read the project; fix this first ('wireform validate' shows every problem):\n"
              + new DiagnosticFormatter().format(loaded.diagnostics()).stripTrailing());
    }
    return new ProjectSite(loaded.project(), loaded.root(), loaded.catalog());
  }

  /** The project's {@code .wireform} folder (local state; git-ignored). */
  public Path stateDir() {
    return root.resolve(".wireform");
  }
}
