package dev.wireform.cli.command;

import dev.wireform.cli.RootCommand;
import dev.wireform.cli.run.Console;
import dev.wireform.cli.run.ResultMixin;
import dev.wireform.cli.run.RunContext;
import dev.wireform.cli.run.WebhookRun;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wireform trigger WEBHOOK_ID [--data JSON|@file] [--wait]}: start a run by webhook. */
@Command(
    name = "trigger",
    mixinStandardHelpOptions = true,
    description = {
      "Start a run through a workflow's webhook (POST /workflow/{webhookId}/trigger), which"
          + " takes no API key. With --wait, poll it to its end (polling needs the key) and print"
          + " (or --download) its outputs, as 'run' does."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   started (or, with --wait, completed)",
      "  1   bad --data, unknown webhook, or the run could not be followed",
      "  5   --wait: the run failed",
      "  6   --wait: it did not finish within --timeout (it goes on)"
    })
public final class TriggerCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;
  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "WEBHOOK_ID",
      description = "The workflow's webhook id (Wireflow also accepts the workflow id).")
  private String webhookId;

  @Option(
      names = {"-d", "--data"},
      paramLabel = "JSON|@FILE",
      description = "The trigger data: a JSON object, or @file to read it from a file."
          + " Default: {}.")
  private String data;

  @Option(names = "--wait", description = "Poll the run until it ends (needs the API key).")
  private boolean wait;

  @Option(
      names = "--idempotency-key",
      paramLabel = "KEY",
      description = "Send the trigger under this key; a repeat with the same key starts nothing"
          + " new. Default: a fresh UUID, printed.")
  private String idempotencyKey;

  @Mixin private ResultMixin result;

  private RunContext context = RunContext.system();

  /** Replaces time, waiting and Ctrl-C (tests). */
  public TriggerCommand use(RunContext context) {
    this.context = Objects.requireNonNull(context, "context == null");
    return this;
  }

  @Override
  public Integer call() {
    Console console = Console.of(root, spec, result.format());
    return new WebhookRun(context, root.invocation(), root.global(), console)
        .trigger(webhookId, Optional.ofNullable(data), wait, Optional.ofNullable(idempotencyKey),
            result);
  }
}
