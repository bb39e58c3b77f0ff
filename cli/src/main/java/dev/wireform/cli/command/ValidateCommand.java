package dev.wireform.cli.command;

import dev.wireform.cli.DiagnosticsFormatMixin;
import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.RootCommand;
import dev.wireform.cli.output.DiagnosticReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wireform validate [PATH...]}: every offline check, every problem, in one run. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check workflows offline: YAML shape, node types, ports, params, cycles, Wireflow's limits.",
      "Prints every problem of every file, sorted, then a summary. Exit 0 when there is no error"
          + " (warnings do not fail), 1 otherwise."
    })
public final class ValidateCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;
  @Spec private CommandSpec spec;
  @Mixin private DiagnosticsFormatMixin format;

  @Mixin private WorkflowPathsMixin paths;

  @Override
  public Integer call() {
    DiagnosticReport report = ProjectCheck.run(root, paths.paths()).report();
    format.renderer(root).render(report, spec.commandLine().getOut());
    return report.hasErrors() ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
