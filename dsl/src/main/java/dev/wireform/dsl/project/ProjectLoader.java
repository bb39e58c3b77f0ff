package dev.wireform.dsl.project;

import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.CatalogReader;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.diag.SourcePosition;
import dev.wireform.dsl.java.JavaWorkflowLoader;
import dev.wireform.dsl.model.Workflow;
import dev.wireform.dsl.yaml.YamlWorkflowReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds and reads a project: its {@code wireform.yaml}, its workflow files (YAML and Java) and
 * its node catalog. Never throws for a user error: a missing path, an unreadable file or a broken
 * workflow becomes a diagnostic, and every workflow that can be read is still returned, so one
 * run reports every problem.
 *
 * <pre>{@code
 * LoadedProject nearest = ProjectLoader.load(List.of(), Path.of(""));
 * LoadedProject examples = ProjectLoader.load(List.of(Path.of("examples")), Path.of(""));
 * }</pre>
 */
public final class ProjectLoader {
  /** The project file's name. */
  public static final String PROJECT_FILE = "wireform.yaml";

  /** Diagnostic ID: no {@code wireform.yaml} here or above. */
  public static final String PROJECT_NOT_FOUND = "ProjectNotFound";

  /** Diagnostic ID: a path given, or named by the project file, does not exist. */
  public static final String PATH_NOT_FOUND = "PathNotFound";

  /** Diagnostic ID: a file or folder exists but cannot be read. */
  public static final String UNREADABLE_FILE = "UnreadableFile";

  /** Diagnostic ID: the paths of one run belong to different projects. */
  public static final String SEVERAL_PROJECTS = "SeveralProjects";

  /** Larger files are not read into memory; the readers share this limit. */
  static final int MAX_BYTES = 1024 * 1024;

  /** A YAML file whose top level declares node types is a catalog, not a workflow. */
  private static final Pattern CATALOG = Pattern.compile("(?m)^nodeTypes[ \\t]*:");

  private ProjectLoader() {}

  /**
   * Loads what {@code paths} name, or the nearest project when there are none.
   *
   * <ul>
   *   <li>no paths: the nearest {@code wireform.yaml} from {@code workingDir} upward;
   *   <li>a folder with a {@code wireform.yaml} (or that file itself): that project, with the
   *       workflow files its {@code workflows:} folders and globs name (default {@code
   *       [workflows]});
   *   <li>another folder: every {@code *.yaml}, {@code *.yml} and {@code *.java} under it, except
   *       project and catalog files and hidden or {@code target} folders;
   *   <li>a file: that file.
   * </ul>
   *
   * Files and folders inside a project are checked against that project's catalog. Workflows
   * come sorted by display path: the path relative to {@code workingDir} with {@code /}
   * separators ({@code examples/workflows/clarity-upscale.yaml}).
   *
   * @param paths files and folders, relative to {@code workingDir} or absolute
   * @param workingDir the folder paths are resolved against and displayed relative to
   */
  public static LoadedProject load(List<Path> paths, Path workingDir) {
    return load(paths, workingDir, Files::readAllBytes);
  }

  /**
   * Reads only a project's {@code wireform.yaml} and catalog, no workflow file: for commands
   * that act on what is deployed, not on the code.
   *
   * @param projectDir the project folder (or its {@code wireform.yaml}); empty for the nearest
   *     project at or above {@code workingDir}
   * @return a project-less result without diagnostics when none was named and none is found; a
   *     {@value #PROJECT_NOT_FOUND} error when {@code projectDir} holds no project file
   */
  public static LoadedProject loadProjectOnly(Optional<Path> projectDir, Path workingDir) {
    Objects.requireNonNull(projectDir, "projectDir == null");
    return new Run(workingDir, Files::readAllBytes).projectOnly(projectDir);
  }

  /** Reads a whole file; a seam for tests of unreadable files, which root can always read. */
  @FunctionalInterface
  interface FileReader {
    byte[] read(Path file) throws IOException;
  }

  static LoadedProject load(List<Path> paths, Path workingDir, FileReader reader) {
    Objects.requireNonNull(paths, "paths == null");
    Objects.requireNonNull(workingDir, "workingDir == null");
    return new Run(workingDir, reader).load(paths);
  }

  /** One load: what was found so far, and every problem. */
  private static final class Run {
    private final Path cwd;
    private final FileReader reader;
    private final Diagnostics diagnostics = new Diagnostics();
    /** Workflow files by display path. */
    private final TreeMap<String, Found> files = new TreeMap<>();

    private Optional<ProjectFile> project = Optional.empty();
    private Path projectDir;
    private Path catalogFile;
    private Catalog catalog = Catalog.builtin();
    private JavaWorkflowLoader java;

    /** A workflow file, and whether a folder walk found it (rather than the user naming it). */
    private record Found(Path path, boolean walked) {}

    Run(Path workingDir, FileReader reader) {
      this.cwd = workingDir.toAbsolutePath().normalize();
      this.reader = reader;
    }

    LoadedProject load(List<Path> paths) {
      if (paths.isEmpty()) {
        Optional<Path> dir = enclosingProject(cwd);
        if (dir.isPresent()) {
          openProject(dir.get(), true);
        } else {
          diagnostics.add(
              Diagnostic.error(
                      PROJECT_NOT_FOUND,
                      SourcePosition.file(PROJECT_FILE),
                      "no " + PROJECT_FILE + " in '" + cwd + "' or any folder above it")
                  .withFix(
                      "run 'wireform init' to create a project here, or pass the workflow files"
                          + " or folders to check"));
        }
      }
      for (Path given : paths) {
        add(given, cwd.resolve(given).normalize());
      }
      List<Workflow> workflows = new ArrayList<>();
      files.forEach((display, found) -> read(display, found).ifPresent(workflows::add));
      return new LoadedProject(
          project,
          projectDir == null ? cwd : projectDir,
          workflows,
          catalog,
          diagnostics.sorted());
    }

    LoadedProject projectOnly(Optional<Path> given) {
      Optional<Path> dir;
      if (given.isPresent()) {
        Path path = cwd.resolve(given.get()).normalize();
        if (path.getFileName() != null && path.getFileName().toString().equals(PROJECT_FILE)) {
          path = path.getParent();
        }
        if (!Files.isRegularFile(path.resolve(PROJECT_FILE))) {
          diagnostics.add(
              Diagnostic.error(
                      PROJECT_NOT_FOUND,
                      SourcePosition.file(display(path)),
                      "'" + given.get() + "' holds no " + PROJECT_FILE)
                  .withFix("run 'wireform init' there, or point --project at a project folder"));
          return new LoadedProject(project, cwd, List.of(), catalog, diagnostics.sorted());
        }
        dir = Optional.of(path);
      } else {
        dir = enclosingProject(cwd);
      }
      dir.ifPresent(d -> openProject(d, false));
      return new LoadedProject(
          project, dir.orElse(cwd), List.of(), catalog, diagnostics.sorted());
    }

    private void add(Path given, Path path) {
      if (!Files.exists(path)) {
        diagnostics.add(
            Diagnostic.error(
                    PATH_NOT_FOUND,
                    SourcePosition.file(display(path)),
                    "'" + given + "' does not exist")
                .withFix("check the path; relative paths start at '" + cwd + "'"));
        return;
      }
      if (Files.isDirectory(path)) {
        if (Files.isRegularFile(path.resolve(PROJECT_FILE))) {
          openProject(path, true);
        } else {
          enclosingProject(path).ifPresent(dir -> openProject(dir, false));
          walk(path, null);
        }
      } else if (path.getFileName().toString().equals(PROJECT_FILE)) {
        openProject(path.getParent(), true);
      } else {
        enclosingProject(path.getParent()).ifPresent(dir -> openProject(dir, false));
        files.put(display(path), new Found(path, false));
      }
    }

    /** The nearest folder at or above {@code dir} that holds a project file. */
    private static Optional<Path> enclosingProject(Path dir) {
      for (Path d = dir; d != null; d = d.getParent()) {
        if (Files.isRegularFile(d.resolve(PROJECT_FILE))) {
          return Optional.of(d);
        }
      }
      return Optional.empty();
    }

    /**
     * Reads a project's file and catalog, once per run; with {@code withWorkflows}, also collects
     * the workflow files it names. A second, different project is an error: one run checks one
     * project, so that its catalog and its cross-workflow checks mean something.
     */
    private void openProject(Path dir, boolean withWorkflows) {
      if (projectDir != null && !projectDir.equals(dir)) {
        diagnostics.add(
            Diagnostic.error(
                    SEVERAL_PROJECTS,
                    SourcePosition.file(display(dir.resolve(PROJECT_FILE))),
                    "'"
                        + display(dir)
                        + "' is another project than '"
                        + display(projectDir)
                        + "'; one run checks one project")
                .withFix("run wireform once per project"));
        return;
      }
      boolean first = projectDir == null;
      projectDir = dir;
      Path file = dir.resolve(PROJECT_FILE);
      String display = display(file);
      if (first) {
        project =
            bytes(display, file).flatMap(b -> ProjectFileReader.read(display, b, diagnostics));
        project.flatMap(ProjectFile::catalog).ifPresent(c -> openCatalog(dir, c));
      }
      if (withWorkflows) {
        List<String> folders =
            project.map(ProjectFile::workflows).orElse(List.of(ProjectFile.DEFAULT_WORKFLOWS));
        for (int i = 0; i < folders.size(); i++) {
          collect(dir, folders.get(i), i);
        }
      }
    }

    private void openCatalog(Path dir, String name) {
      Path file = dir.resolve(name).normalize();
      catalogFile = file;
      String display = display(file);
      if (!Files.isRegularFile(file)) {
        diagnostics.add(
            projectSource()
                .errorAtValue(
                    PATH_NOT_FOUND,
                    "/catalog",
                    "catalog file '" + name + "' does not exist")
                .withFix("create it, or remove 'catalog:' to use the built-in catalog only"));
        return;
      }
      bytes(display, file)
          .flatMap(b -> CatalogReader.read(display, b, diagnostics))
          .ifPresent(c -> catalog = Catalog.builtin().with(c));
    }

    /** Collects the files one {@code workflows:} entry names: a folder, a file or a glob. */
    private void collect(Path dir, String entry, int index) {
      String pointer = SourceMap.pointer("workflows", index);
      if (entry.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0)) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + entry);
        int before = files.size();
        walk(dir, p -> matcher.matches(dir.relativize(p)));
        if (files.size() == before) {
          diagnostics.add(
              projectSource()
                  .at(
                      Diagnostic.warning(
                              PATH_NOT_FOUND,
                              projectSource().value(pointer),
                              "workflow glob '" + entry + "' matches no workflow file")
                          .withFix("check the pattern; it is relative to the project folder")));
        }
        return;
      }
      Path path = dir.resolve(entry).normalize();
      if (Files.isDirectory(path)) {
        walk(path, null);
      } else if (Files.isRegularFile(path)) {
        files.put(display(path), new Found(path, false));
      } else {
        diagnostics.add(
            projectSource()
                .errorAtValue(
                    PATH_NOT_FOUND, pointer, "workflow folder '" + entry + "' does not exist")
                .withFix(
                    "create it, or list the folders that hold workflow files, e.g. workflows:"
                        + " [workflows]"));
      }
    }

    private SourceMap projectSource() {
      return project
          .map(ProjectFile::source)
          .orElseGet(() -> SourceMap.empty(display(projectDir.resolve(PROJECT_FILE))));
    }

    /**
     * Adds every workflow file under {@code dir} (that {@code filter} accepts, when given),
     * skipping hidden folders, {@code target} folders, project files and the catalog file.
     */
    private void walk(Path dir, Predicate<Path> filter) {
      try {
        Files.walkFileTree(
            dir,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                String name = d.getFileName() == null ? "" : d.getFileName().toString();
                boolean skip = !d.equals(dir) && (name.startsWith(".") || name.equals("target"));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()
                    && workflowFile(file)
                    && !file.equals(catalogFile)
                    && (filter == null || filter.test(file))) {
                  files.putIfAbsent(display(file), new Found(file, true));
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                diagnostics.add(unreadable(display(file), e));
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        diagnostics.add(unreadable(display(dir), e));
      }
    }

    private static boolean workflowFile(Path file) {
      String name = file.getFileName().toString();
      String lower = name.toLowerCase(Locale.ROOT);
      return !name.equals(PROJECT_FILE)
          && (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".java"));
    }

    private Optional<Workflow> read(String display, Found found) {
      Optional<byte[]> content = bytes(display, found.path());
      if (content.isEmpty()) {
        return Optional.empty();
      }
      if (found.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".java")) {
        if (java == null) {
          java = new JavaWorkflowLoader();
        }
        return java.load(display, content.get(), diagnostics);
      }
      if (found.walked()
          && CATALOG.matcher(new String(content.get(), StandardCharsets.UTF_8)).find()) {
        return Optional.empty(); // a catalog file next to the workflows, not a workflow
      }
      return YamlWorkflowReader.read(display, content.get(), diagnostics);
    }

    /** The file's bytes, or empty after a diagnostic; an oversized file is not read at all. */
    private Optional<byte[]> bytes(String display, Path file) {
      try {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
          diagnostics.add(
              Diagnostic.error(
                      "InputTooLarge",
                      SourcePosition.file(display),
                      "the file is "
                          + size
                          + " bytes; wireform reads files of at most "
                          + MAX_BYTES
                          + " bytes (1 MiB)")
                  .withFix("split it into several files, or remove generated content"));
          return Optional.empty();
        }
        return Optional.of(reader.read(file));
      } catch (IOException e) {
        diagnostics.add(unreadable(display, e));
        return Optional.empty();
      }
    }

    private static Diagnostic unreadable(String display, IOException e) {
      String reason =
          e instanceof AccessDeniedException
              ? "permission denied"
              : e instanceof NoSuchFileException
                  ? "it no longer exists"
                  : Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
      return Diagnostic.error(
              UNREADABLE_FILE,
              SourcePosition.file(display),
              "cannot read '" + display + "': " + reason)
          .withFix("check the file's permissions");
    }

    /** The path relative to the working directory, with '/' separators. */
    private String display(Path path) {
      Path abs = path.toAbsolutePath().normalize();
      String text =
          (abs.getRoot() != null && abs.getRoot().equals(cwd.getRoot()) ? cwd.relativize(abs) : abs)
              .toString()
              .replace(abs.getFileSystem().getSeparator(), "/");
      return text.isEmpty() ? "." : text;
    }
  }
}
