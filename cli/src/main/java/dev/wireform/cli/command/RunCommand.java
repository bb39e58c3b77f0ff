package dev.wireform.cli.command;

import dev.wireform.cli.RootCommand;
import dev.wireform.cli.run.Console;
import dev.wireform.cli.run.ResultMixin;
import dev.wireform.cli.run.RunContext;
import dev.wireform.cli.run.RunRequest;
import dev.wireform.cli.run.WorkflowRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wireform run KEY}: runs a deployed workflow, waits for it with the documented backoff
 * and prints (or downloads) its outputs. See docs/run.md.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run a deployed workflow and wait for its outputs.",
      "Inputs are checked against the deployed graph before anything runs; a local file given"
          + " for an image input is uploaded first. The run is started under an Idempotency-Key,"
          + " so repeating the command with --idempotency-key never starts a second paid run.",
      "Ctrl-C stops waiting, not the run: resume with 'wireform status ID --wait'."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   the run completed (or, with --no-wait, started)",
      "  1   bad input, or the run could not start or be followed (e.g. 402)",
      "  5   the run failed",
      "  6   the run did not finish within --timeout (it goes on)",
      "Example:",
      "  wireform run clarity-upscale -i input-1=images/product.png --download out"
    })
public final class RunCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;
  @Spec private CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  private Which which;

  static final class Which {
    @Parameters(
        index = "0",
        paramLabel = "KEY",
        description = "The workflow's key in the project (its file name without extension).")
    String key;

    @Option(
        names = "--id",
        paramLabel = "ID",
        description = "Run any workflow by its Wireflow id instead of a project key.")
    String id;
  }

  @Option(
      names = {"-i", "--input"},
      paramLabel = "NODE.PARAM=VALUE",
      description = "A value for this run, e.g. input-1.prompt=photo.png or"
          + " upscale-1.scale_factor=4. NODE=VALUE sets an input node's value. A local file for"
          + " an image input is uploaded. Repeatable.")
  private List<String> inputs = new ArrayList<>();

  @Option(
      names = "--input-file",
      paramLabel = "FILE",
      description = "A JSON file of inputs: {\"NODE.PARAM\": value, ...} or {\"NODE\": {\"PARAM\":"
          + " value}}; --input values win over it.")
  private String inputFile;

  @Option(
      names = "--wait",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Wait for the run to end (default). --no-wait returns once it has started.")
  private boolean wait;

  @Option(
      names = "--idempotency-key",
      paramLabel = "KEY",
      description = "Start the run under this key; a repeat with the same key (within 24 h)"
          + " answers with the first run instead of starting another. Default: a fresh UUID,"
          + " printed.")
  private String idempotencyKey;

  @Mixin private ResultMixin result;

  private RunContext context = RunContext.system();

  /** Replaces time, waiting and Ctrl-C (tests). */
  public RunCommand use(RunContext context) {
    this.context = Objects.requireNonNull(context, "context == null");
    return this;
  }

  @Override
  public Integer call() {
    Console console = Console.of(root, spec, result.format());
    RunRequest request =
        new RunRequest(
            Optional.ofNullable(which.key),
            Optional.ofNullable(which.id),
            inputs,
            Optional.ofNullable(inputFile),
            wait,
            result.timeout(),
            result.download(),
            Optional.ofNullable(idempotencyKey));
    return new WorkflowRunner(context, root.invocation(), root.global(), console).run(request);
  }
}
