package dev.wireform.cli.command;

import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.RootCommand;
import dev.wireform.cli.UserErrorException;
import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.deploy.Applier;
import dev.wireform.cli.deploy.Change;
import dev.wireform.cli.deploy.Journal;
import dev.wireform.cli.deploy.Plan;
import dev.wireform.cli.deploy.PlanJson;
import dev.wireform.cli.deploy.TextPlanRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * {@code wireform apply [PLAN]}: makes the environment match the code (a fresh plan, confirmed
 * on a terminal or with {@code --auto-approve}) or applies a saved plan exactly. Refuses a stale
 * plan without writing anything.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = "Apply the plan: a fresh one (confirm on a terminal, or --auto-approve), or a"
        + " plan file saved by 'wireform plan --out', exactly as reviewed.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  applied (or nothing to do)",
      "  1  error, refused (protected delete, no confirmation) or some writes failed",
      "  3  more deletes than --max-deletes; nothing was written",
      "  4  the plan is stale: the account changed since it was made; nothing was written"
    })
public final class ApplyCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN",
      description = "A plan saved by 'wireform plan --out PLAN'; applied exactly, no prompt.")
  private Path planFile;

  @Option(names = "--auto-approve", description = "Apply a fresh plan without asking.")
  private boolean autoApprove;

  @Option(names = "--prune", negatable = true,
      description = "Delete owned workflows that left the code (default: the project's prune"
          + " policy). Ignored with a saved plan, which already says.")
  private Boolean prune;

  @Option(names = "--max-deletes", paramLabel = "N",
      description = "Refuse (exit 3, no writes) a plan deleting more than N workflows. Default:"
          + " the environment's or project's maxDeletes, else no limit.")
  private Integer maxDeletes;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxDeletes != null && maxDeletes < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--max-deletes must be 0 or more, found " + maxDeletes);
    }
    Plan saved = planFile == null ? null : readPlan();
    try (DeploySession session = DeploySession.open(root, err, saved == null)) {
      Plan plan;
      TextPlanRenderer renderer = new TextPlanRenderer(session.ansi);
      if (saved != null) {
        checkTarget(saved, session);
        plan = saved;
      } else {
        try {
          plan = session.deployer.plan(session.compiled, session.prune(prune));
        } catch (ApiException e) {
          throw DeploySession.apiFailure("cannot read the workflows of environment '"
              + session.environment.name() + "'", e);
        }
      }
      out.print(renderer.render(plan));
      out.flush();
      if (plan.hasErrors()) {
        err.println("error: the plan has errors; nothing was written");
        return ExitCodes.FAILED;
      }
      if (!plan.hasChanges()) {
        return ExitCodes.OK;
      }
      Applier.Options options =
          new Applier.Options(session.maxDeletes(maxDeletes), DeploySession.CONCURRENCY);
      var refused = Applier.refusal(plan, options);
      if (refused.isPresent()) {
        refused.get().problems().forEach(p -> err.println("error: " + p));
        return refused.get().exitCode();
      }
      if (saved == null && !autoApprove && !confirmed(plan, out)) {
        return ExitCodes.FAILED;
      }
      for (Journal.Interrupted i : session.deployer.interrupted()) {
        err.println("note: an earlier apply (plan " + i.planId() + ", " + i.file().getFileName()
            + ") was interrupted" + (i.unfinished().isEmpty() ? "" : " with "
            + i.unfinished().size() + " write(s) of unknown outcome: " + String.join(", ",
                i.unfinished()))
            + "; this apply checks the account first and does not repeat them");
        Journal.settle(i, Clock.systemUTC());
      }
      out.println();
      Applier.Result result;
      try {
        result = session.deployer.apply(plan, options, progress(out, session));
      } catch (ApiException e) {
        throw DeploySession.apiFailure("apply stopped before writing anything", e);
      }
      result.problems().forEach(p -> err.println("error: " + p));
      String word = result.exitCode() == 0 ? "Apply complete:" : "Apply finished with errors:";
      out.println(paint(session, Style.bold, word) + " " + result.summary() + ".");
      err.flush();
      out.flush();
      return result.exitCode();
    }
  }

  private boolean confirmed(Plan plan, PrintWriter out) {
    if (!root.invocation().terminal()) {
      throw new UserErrorException(
          "not applying: this is not a terminal, so nothing can be confirmed; pass"
              + " --auto-approve, or apply a plan file saved with 'wireform plan --out'");
    }
    out.print("\nApply these changes to " + plan.project() + " / " + plan.environment()
        + "? Only 'yes' is accepted: ");
    out.flush();
    String answer;
    try {
      answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
          .readLine();
    } catch (IOException e) {
      answer = null;
    }
    if (!"yes".equals(answer == null ? null : answer.trim())) {
      out.println("Apply cancelled; nothing was written.");
      return false;
    }
    return true;
  }

  private Plan readPlan() {
    Path file = root.invocation().resolve(planFile);
    try {
      return PlanJson.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new UserErrorException("plan file " + planFile + " does not exist; make one with"
          + " 'wireform plan --out " + planFile + "'");
    } catch (IOException e) {
      throw new UserErrorException("cannot read plan file " + planFile + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UserErrorException("plan file " + planFile + " cannot be applied: "
          + e.getMessage());
    }
  }

  private void checkTarget(Plan plan, DeploySession session) {
    String want = plan.project() + " / " + plan.environment() + " (" + plan.endpoint() + ")";
    String have = session.project.project() + " / " + session.environment.name() + " ("
        + session.environment.endpoint() + ")";
    if (!want.equals(have)) {
      throw new UserErrorException("plan file " + planFile + " was made for " + want
          + ", not for " + have + "; pass --env to match it, or make a new plan");
    }
  }

  private Applier.Progress progress(PrintWriter out, DeploySession session) {
    if (!root.invocation().terminal()) {
      return Applier.Progress.NONE;
    }
    return new Applier.Progress() {
      @Override
      public void started(Change change) {}

      @Override
      public void finished(Change change, Journal.Outcome outcome, String detail) {
        String what = change.action().symbol() + " " + change.key();
        String how = switch (outcome) {
          case DONE -> switch (change.action()) {
            case CREATE -> paint(session, Style.fg_green, "created") + " (id " + detail + ")";
            case DELETE -> paint(session, Style.fg_red, "deleted");
            case RENAME -> "renamed";
            case ADOPT -> "adopted";
            default -> "updated";
          };
          case SKIPPED -> "already applied";
          case STALE -> paint(session, Style.fg_red, "not written: changed on the server");
          case FAILED -> paint(session, Style.fg_red, "failed");
        };
        synchronized (out) {
          out.println("  " + what + " … " + how);
          out.flush();
        }
      }
    };
  }

  private static String paint(DeploySession session, Style style, String text) {
    return session.ansi.enabled() ? style.on() + text + style.off() : text;
  }
}
