package dev.wireform.cli.command;

import dev.wireform.cli.RootCommand;
import dev.wireform.cli.output.DiagnosticReport;
import dev.wireform.compiler.Compilation;
import dev.wireform.compiler.Compiler;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.project.LoadedProject;
import dev.wireform.dsl.project.ProjectLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the workflows a command was pointed at and runs every check on them: the shared first
 * half of {@code validate}, {@code build} and {@code graph}.
 *
 * @param project what was read
 * @param compilation the checks' result and the compiled JSON of each valid workflow
 */
record ProjectCheck(LoadedProject project, Compilation compilation) {

  /**
   * Reads {@code paths} (files or folders, relative to the working folder); with none, the
   * {@code --project} folder, or else the project of the nearest {@code wireform.yaml}.
   */
  static ProjectCheck run(RootCommand root, List<Path> paths) {
    List<Path> resolved = new ArrayList<>();
    for (Path path : paths) {
      resolved.add(root.invocation().resolve(path));
    }
    if (resolved.isEmpty()) {
      root.global().project().ifPresent(dir -> resolved.add(root.invocation().resolve(dir)));
    }
    LoadedProject project = ProjectLoader.load(resolved, root.invocation().cwd());
    Compilation compilation = new Compiler(project.catalog()).compile(project.workflows());
    return new ProjectCheck(project, compilation);
  }

  /** Every diagnostic of reading and checking, sorted. */
  List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(project.diagnostics());
    all.addAll(compilation.diagnostics());
    return all;
  }

  boolean hasErrors() {
    return diagnostics().stream().anyMatch(Diagnostic::isError);
  }

  DiagnosticReport report() {
    return report("");
  }

  DiagnosticReport report(String okDetail) {
    return new DiagnosticReport(diagnostics(), project.workflows().size(), okDetail);
  }
}
