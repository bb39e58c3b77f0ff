package dev.wireform.cli.command;

import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.RootCommand;
import dev.wireform.cli.UserErrorException;
import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.deploy.MarkdownPlanRenderer;
import dev.wireform.cli.deploy.Plan;
import dev.wireform.cli.deploy.PlanJson;
import dev.wireform.cli.deploy.TextPlanRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wireform plan}: what apply would do to the environment, read-only. One list call, plus
 * a GET for each workflow the state cache cannot vouch for.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "Show what apply would change on the environment: create, update, rename,"
        + " adopt, delete. Read-only.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  no changes (or, without --detailed-exitcode, a plan was made)",
      "  1  error: invalid code, ownership conflict, protected delete, API failure",
      "  2  changes (--detailed-exitcode)",
      "  3  changes that include a delete (--detailed-exitcode)"
    })
public final class PlanCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;
  @Spec private CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Save the plan (the exact bodies apply would send) for 'wireform apply FILE'.")
  private Path out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (like terraform plan), json (versioned, docs/plan-schema.json) or"
          + " markdown (one pull-request comment under 60,000 characters)."
          + " Default: ${DEFAULT-VALUE}.")
  private PlanFormat format;

  @Option(names = "--detailed-exitcode",
      description = "Exit 0 without changes, 2 with changes, 3 with changes that delete.")
  private boolean detailedExitcode;

  @Option(names = "--prune", negatable = true,
      description = "Plan deletes of owned workflows that left the code (default: the"
          + " project's prune policy); without it they are reported as orphaned.")
  private Boolean prune;

  @Option(names = "--full-plan-link", paramLabel = "TEXT",
      description = "Where the full plan is, named in a Markdown plan when it is cut short,"
          + " e.g. a CI artifact URL. Default: the --out file.")
  private String fullPlanLink;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (DeploySession session = DeploySession.open(root, err, true)) {
      Plan plan;
      try {
        plan = session.deployer.plan(session.compiled, session.prune(prune));
      } catch (ApiException e) {
        throw DeploySession.apiFailure("cannot read the workflows of environment '"
            + session.environment.name() + "'", e);
      }
      if (out != null) {
        save(plan);
      }
      switch (format) {
        case TEXT -> stdout.print(new TextPlanRenderer(session.ansi).render(plan));
        case JSON -> stdout.print(PlanJson.write(plan));
        case MARKDOWN -> stdout.print(new MarkdownPlanRenderer(pointer()).render(plan));
      }
      if (out != null && format == PlanFormat.TEXT && !plan.hasErrors()) {
        stdout.println("\nSaved the plan to " + out + "; apply exactly it with: wireform apply "
            + out);
      }
      stdout.flush();
      if (plan.hasErrors()) {
        return ExitCodes.FAILED;
      }
      return detailedExitcode ? plan.detailedExitCode() : ExitCodes.OK;
    }
  }

  private String pointer() {
    if (fullPlanLink != null) {
      return fullPlanLink;
    }
    return out != null ? "`" + out + "` (wireform plan --out)" : "run `wireform plan` locally";
  }

  private void save(Plan plan) {
    if (plan.hasErrors()) {
      throw new UserErrorException("the plan has errors and was not saved to " + out);
    }
    Path file = root.invocation().resolve(out);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, PlanJson.write(plan), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserErrorException("cannot write the plan to " + out + ": " + e.getMessage());
    }
  }
}
