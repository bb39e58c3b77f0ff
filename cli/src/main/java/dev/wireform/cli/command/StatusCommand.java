package dev.wireform.cli.command;

import dev.wireform.cli.RootCommand;
import dev.wireform.cli.run.Console;
import dev.wireform.cli.run.ResultMixin;
import dev.wireform.cli.run.RunContext;
import dev.wireform.cli.run.StatusQuery;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wireform status EXECUTION_ID [--wait]}: where a run stands, or its end. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Show where an execution stands (one poll); with --wait, follow it to its end and print"
          + " (or --download) its outputs, as 'run' does."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   the execution completed, or is still running (without --wait)",
      "  1   the execution could not be found or polled",
      "  5   the execution failed",
      "  6   --wait: it did not finish within --timeout (it goes on)"
    })
public final class StatusCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXECUTION_ID", description = "The execution to check.")
  private String executionId;

  @Option(
      names = "--wait",
      description = "Poll with the documented backoff until the execution ends.")
  private boolean wait;

  @Mixin private ResultMixin result;

  private RunContext context = RunContext.system();

  /** Replaces time, waiting and Ctrl-C (tests). */
  public StatusCommand use(RunContext context) {
    this.context = Objects.requireNonNull(context, "context == null");
    return this;
  }

  @Override
  public Integer call() {
    Console console = Console.of(root, spec, result.format());
    return new StatusQuery(context, root.invocation(), root.global(), console)
        .status(executionId, wait, result);
  }
}
