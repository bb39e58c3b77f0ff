package dev.wireform.cli.command;

import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.LowercaseEnumOption;
import dev.wireform.cli.RootCommand;
import dev.wireform.cli.VersionProvider;
import dev.wireform.cli.output.DiagnosticReport;
import dev.wireform.cli.output.DiagnosticsFormat;
import dev.wireform.cli.output.DiagnosticsRenderer;
import dev.wireform.cli.output.GraphFormat;
import dev.wireform.cli.output.GraphRenderer;
import dev.wireform.cli.output.Palette;
import dev.wireform.dsl.model.Workflow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wireform graph FILE [--format mermaid|dot]}: draws one workflow. The drawing goes to
 * standard output; problems go to standard error, and a workflow with errors is not drawn.
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {
      "Draw a workflow: one box per node (label, id and node type), one arrow per wired input,"
          + " labelled 'output port → input port'.",
      "The drawing goes to standard output (e.g. into a Markdown ```mermaid block, or `dot"
          + " -Tsvg`). A workflow with errors is not drawn: its diagnostics go to standard"
          + " error and the exit code is 1."
    })
public final class GraphCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The workflow file to draw.")
  private Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "mermaid",
      converter = GraphCommand.Formats.class,
      completionCandidates = GraphCommand.Formats.class,
      description = "Drawing language: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private GraphFormat format = GraphFormat.MERMAID;

  /** The values of {@code --format}, in lower case. */
  public static final class Formats extends LowercaseEnumOption<GraphFormat> {
    public Formats() {
      super(GraphFormat.class);
    }
  }

  @Override
  public Integer call() {
    ProjectCheck check = ProjectCheck.run(root, List.of(file));
    DiagnosticReport report = check.report();
    if (!report.diagnostics().isEmpty()) {
      DiagnosticsRenderer.of(
              DiagnosticsFormat.TEXT, Palette.of(root.colorAllowed()), VersionProvider.version())
          .render(report, spec.commandLine().getErr());
    }
    if (report.hasErrors()) {
      return ExitCodes.FAILED;
    }
    List<Workflow> workflows = check.project().workflows();
    if (workflows.size() != 1) {
      throw new ParameterException(
          spec.commandLine(),
          "graph draws one workflow, but '" + file + "' holds " + workflows.size()
              + "; pass one workflow file");
    }
    spec.commandLine()
        .getOut()
        .print(GraphRenderer.of(format).render(workflows.get(0), check.project().catalog()));
    return ExitCodes.OK;
  }
}
