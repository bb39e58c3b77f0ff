package dev.wireform.cli.run;

import dev.wireform.cli.RootCommand;
import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a run's text goes. In {@link OutputFormat#TEXT} people read standard output; in {@link
 * OutputFormat#JSON} standard output holds the one JSON document, so progress and notes go to
 * standard error.
 *
 * @param terminal whether progress may redraw itself in place (an interactive terminal)
 * @param color whether progress may use colour
 */
public record Console(
    PrintWriter out, PrintWriter err, OutputFormat format, boolean terminal, boolean color) {
  public Console {
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(err, "err == null");
    Objects.requireNonNull(format, "format == null");
  }

  /** The console of a command: its writers, and what the invocation's terminal can do. */
  public static Console of(RootCommand root, CommandSpec spec, OutputFormat format) {
    boolean terminal = root.invocation().terminal()
        && !"dumb".equals(root.invocation().env().get("TERM"));
    return new Console(
        spec.commandLine().getOut(), spec.commandLine().getErr(), format, terminal,
        root.colorAllowed());
  }

  /** Where lines for people go: standard output, unless that is reserved for JSON. */
  public PrintWriter info() {
    return format == OutputFormat.JSON ? err : out;
  }

  public boolean json() {
    return format == OutputFormat.JSON;
  }

  /** Progress for this console: redrawn in place on a terminal, else one line per change. */
  Progress progress() {
    return terminal ? new TerminalProgress(info(), color) : new LineProgress(info());
  }
}
