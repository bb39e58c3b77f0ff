package dev.wireform.compiler;

import dev.wireform.dsl.diag.Diagnostic;
import java.util.List;

/**
 * The result of compiling a project: every diagnostic of every workflow, sorted, and the
 * compiled form of each workflow that has no error.
 *
 * @param diagnostics all diagnostics, sorted by file, line and column
 * @param workflows the workflows without errors, sorted by key
 */
public record Compilation(List<Diagnostic> diagnostics, List<CompiledWorkflow> workflows) {
  public Compilation {
    diagnostics = List.copyOf(diagnostics);
    workflows = List.copyOf(workflows);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
