package dev.wireform.cli.run;

import dev.wireform.cli.UserErrorException;
import dev.wireform.compiler.DiagnosticFormatter;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.CatalogReader;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.project.ProjectFile;
import dev.wireform.dsl.project.ProjectFileReader;
import java.io.IOException;
import java.nio.file.Files;
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
  static final String PROJECT_FILE = "wireform.yaml";

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
    Path dir;
    if (projectFlag.isPresent()) {
      Path given = cwd.resolve(projectFlag.get()).normalize();
      dir = given.getFileName() != null && given.getFileName().toString().equals(PROJECT_FILE)
          ? given.getParent() : given;
      if (!Files.isRegularFile(dir.resolve(PROJECT_FILE))) {
        throw new UserErrorException(
            "--project '" + projectFlag.get() + "' holds no " + PROJECT_FILE
                + "; run 'wireform init' there, or point --project at a project folder");
      }
    } else {
      dir = nearest(cwd).orElse(null);
      if (dir == null) {
        return new ProjectSite(Optional.empty(), cwd, Catalog.builtin());
      }
    }
    Path file = dir.resolve(PROJECT_FILE);
    String shown = display(cwd, file);
    Diagnostics diagnostics = new Diagnostics();
    Optional<ProjectFile> project =
        ProjectFileReader.read(shown, read(file, shown), diagnostics);
    Catalog catalog = Catalog.builtin();
    if (project.isPresent() && project.get().catalog().isPresent()) {
      Path catalogFile = dir.resolve(project.get().catalog().get());
      String catalogShown = display(cwd, catalogFile);
      catalog =
          CatalogReader.read(catalogShown, read(catalogFile, catalogShown), diagnostics)
              .map(Catalog.builtin()::with)
              .orElse(catalog);
    }
    if (diagnostics.hasErrors() || project.isEmpty()) {
      throw new UserErrorException(
          "the project file has errors; fix them first ('wireform validate' shows them all):\n"
              + new DiagnosticFormatter().format(diagnostics.sorted()).stripTrailing());
    }
    return new ProjectSite(project, dir, catalog);
  }

  /** The project's {@code .wireform} folder (local state; git-ignored). */
  public Path stateDir() {
    return root.resolve(".wireform");
  }

  private static Optional<Path> nearest(Path cwd) {
    for (Path d = cwd; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(PROJECT_FILE))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static byte[] read(Path file, String shown) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw UserErrorException.io("read", shown, e);
    }
  }

  private static String display(Path cwd, Path file) {
    Path rel = file.startsWith(cwd) ? cwd.relativize(file) : file;
    return rel.toString().replace('\\', '/');
  }
}
