package dev.wireform.cli.command;

import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.RootCommand;
import dev.wireform.cli.UserErrorException;
import dev.wireform.cli.deploy.ClientRemote;
import dev.wireform.cli.deploy.DeployTarget;
import dev.wireform.cli.deploy.Deployer;
import dev.wireform.cli.deploy.Normalizer;
import dev.wireform.cli.deploy.ParamDefaults;
import dev.wireform.cli.env.Connection;
import dev.wireform.cli.env.Connector;
import dev.wireform.compiler.Compilation;
import dev.wireform.compiler.CompiledWorkflow;
import dev.wireform.compiler.Compiler;
import dev.wireform.compiler.DiagnosticFormatter;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.project.Environment;
import dev.wireform.dsl.project.LoadedProject;
import dev.wireform.dsl.project.ProjectFile;
import dev.wireform.dsl.project.ProjectLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Help.Ansi;

/**
 * What plan, apply, drift and import share: the loaded project and its compiled workflows, the
 * environment, a live connection to it, and the {@link Deployer} for it. Closing it closes the
 * connection (and stops an embedded emulator).
 */
final class DeploySession implements AutoCloseable {
  /** Writes in flight at once; the client keeps them inside the environment's rate budget. */
  static final int CONCURRENCY = 8;

  final LoadedProject loaded;
  final ProjectFile project;
  final Environment environment;
  final List<CompiledWorkflow> compiled;
  final Connection connection;
  final Deployer deployer;
  final Ansi ansi;

  private DeploySession(
      LoadedProject loaded,
      ProjectFile project,
      Environment environment,
      List<CompiledWorkflow> compiled,
      Connection connection,
      Deployer deployer,
      Ansi ansi) {
    this.loaded = loaded;
    this.project = project;
    this.environment = environment;
    this.compiled = compiled;
    this.connection = connection;
    this.deployer = deployer;
    this.ansi = ansi;
  }

  /**
   * Loads the project, compiles it (unless {@code compile} is false: applying a saved plan needs
   * only the environment), and connects to the environment.
   *
   * @throws UserErrorException after printing every diagnostic to {@code err}, when the code
   *     has errors: a plan of broken code would treat its workflows as removed
   */
  static DeploySession open(RootCommand root, PrintWriter err, boolean compile) {
    Path cwd = root.invocation().cwd();
    List<Path> paths = root.global().project().map(List::of).orElse(List.of());
    LoadedProject loaded = ProjectLoader.load(paths, cwd);
    if (loaded.project().isEmpty()) {
      print(loaded.diagnostics(), err);
      boolean found = loaded.diagnostics().stream().anyMatch(d -> d.isError()
          && !d.id().equals(ProjectLoader.PROJECT_NOT_FOUND)
          && d.position().file().endsWith(ProjectLoader.PROJECT_FILE));
      if (found) { // a wireform.yaml that does not read is not a missing one
        throw new UserErrorException(
            "the project file has errors (above); fix them, then run again");
      }
      throw new UserErrorException(root.global().project()
          .map(dir -> "no wireform.yaml in '" + dir + "'; run 'wireform init " + dir
              + "' or pass the folder that holds it")
          .orElse("no wireform.yaml found here or above; run 'wireform init' or pass"
              + " --project DIR"));
    }
    ProjectFile project = loaded.project().get();
    List<CompiledWorkflow> compiled = List.of();
    if (compile) {
      Compilation c = new Compiler(loaded.catalog()).compile(loaded.workflows());
      List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
      all.addAll(c.diagnostics());
      List<Diagnostic> sorted = all.stream().distinct().sorted().toList();
      print(sorted, err);
      long errors = sorted.stream().filter(Diagnostic::isError).count();
      if (errors > 0) {
        throw new UserErrorException(
            errors + " error" + (errors == 1 ? "" : "s") + " in the code; nothing was planned"
                + " (a workflow that does not compile would look deleted)");
      }
      compiled = c.workflows();
    }
    Environment env =
        Connector.resolve(loaded.project(), root.global().env(), root.global().endpoint());
    Connection connection =
        new Connector(root.invocation().env(), UnaryOperator.identity()).open(env,
            loaded.root());
    String projectFile = display(cwd, loaded.root().resolve(ProjectLoader.PROJECT_FILE));
    DeployTarget target =
        new DeployTarget(
            project.project(),
            env.name(),
            env.endpoint(),
            env.namePrefix(),
            project.policies().protect(),
            env.protect(),
            projectFile);
    Deployer deployer =
        new Deployer(
            target,
            new ClientRemote(connection.client()),
            new Normalizer(ParamDefaults.from(loaded.catalog())),
            loaded.root().resolve(".wireform"),
            Clock.systemUTC(),
            () -> UUID.randomUUID().toString(),
            CONCURRENCY);
    Ansi ansi = root.colorAllowed() ? Ansi.ON : Ansi.OFF;
    return new DeploySession(loaded, project, env, compiled, connection, deployer, ansi);
  }

  /** Whether deletes are on: the flag when given, else the project's {@code prune} policy. */
  boolean prune(Boolean flag) {
    return flag != null ? flag : project.policies().prune();
  }

  /** The delete limit: the flag, else the environment's, else the project's. */
  java.util.OptionalInt maxDeletes(Integer flag) {
    if (flag != null) {
      return java.util.OptionalInt.of(flag);
    }
    return environment.maxDeletes().or(() -> project.policies().maxDeletes())
        .map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty());
  }

  static void print(List<Diagnostic> diagnostics, PrintWriter err) {
    DiagnosticFormatter f = new DiagnosticFormatter();
    diagnostics.forEach(d -> err.print(f.format(d)));
    err.flush();
  }

  static String display(Path cwd, Path file) {
    Path shown = file.startsWith(cwd) ? cwd.relativize(file) : file;
    return shown.toString().replace('\\', '/');
  }

  /** Turns an API failure into a one-line user error (the client's message names the call). */
  static UserErrorException apiFailure(String what, RuntimeException e) {
    return new UserErrorException(ExitCodes.FAILED, what + ": " + e.getMessage());
  }

  @Override
  public void close() {
    connection.close();
  }
}
