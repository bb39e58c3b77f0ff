package dev.wireform.cli.command;

import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.RootCommand;
import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.deploy.Drift;
import dev.wireform.cli.deploy.DriftRenderer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wireform drift}: read-only; which deployed workflows were edited outside wireform. */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description = "Report workflows edited outside wireform (e.g. in the Wireflow canvas) since"
        + " wireform last wrote them, with the param-level difference. Read-only.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  no drift", "  1  error", "  2  drift found"})
public final class DriftCommand implements Callable<Integer> {
  /** The outputs of {@code drift}. */
  public enum Format {
    TEXT,
    JSON
  }

  @ParentCommand private RootCommand root;
  @Spec private CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (DeploySession session = DeploySession.open(root, err, true)) {
      Drift drift;
      try {
        drift = session.deployer.drift(session.compiled);
      } catch (ApiException e) {
        throw DeploySession.apiFailure("cannot read the workflows of environment '"
            + session.environment.name() + "'", e);
      }
      out.print(format == Format.JSON ? DriftRenderer.json(drift)
          : new DriftRenderer(session.ansi).text(drift));
      out.flush();
      return drift.drifted() ? 2 : ExitCodes.OK;
    }
  }
}
