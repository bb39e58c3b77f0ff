package dev.wireform.cli;

import dev.wireform.cli.command.BuildCommand;
import dev.wireform.cli.command.EmulatorCommand;
import dev.wireform.cli.command.ApplyCommand;
import dev.wireform.cli.command.DriftCommand;
import dev.wireform.cli.command.GraphCommand;
import dev.wireform.cli.command.ImportCommand;
import dev.wireform.cli.command.InitCommand;
import dev.wireform.cli.command.PlanCommand;
import dev.wireform.cli.command.RunCommand;
import dev.wireform.cli.command.StatusCommand;
import dev.wireform.cli.command.TriggerCommand;
import dev.wireform.cli.command.ValidateCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code wireform}: the root command. It has no action of its own; it holds the global options
 * and the {@link Invocation}, which subcommands reach through {@code @ParentCommand}.
 */
@Command(
    name = "wireform",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = "Workflow-as-code for Wireflow: workflows declared in YAML or Java, checked"
        + " offline and compiled to the JSON Wireflow's API takes.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   ok / no changes",
      "  1   invalid input (an error diagnostic) or failed operation",
      "  2   plan has changes (--detailed-exitcode) / drift found",
      "  3   plan includes deletes (--detailed-exitcode) / too many deletes",
      "  4   stale plan: the account changed since it was made",
      "  5   workflow run failed",
      "  6   workflow run timed out",
      "  64  usage error",
      "  130 Ctrl-C while waiting for a run (the run goes on)",
      "See docs/cli.md for every command and the full exit-code table."
    })
public final class RootCommand {
  /** Every subcommand, in the order help lists them. */
  private static final List<Class<?>> COMMANDS =
      List.of(
          ValidateCommand.class,
          BuildCommand.class,
          GraphCommand.class,
          InitCommand.class,
          EmulatorCommand.class,
          PlanCommand.class,
          ApplyCommand.class,
          DriftCommand.class,
          ImportCommand.class,
          RunCommand.class,
          TriggerCommand.class,
          StatusCommand.class,
          CommandLine.HelpCommand.class);

  /** Global options that take a value, so the value is not mistaken for a command name. */
  private static final Set<String> GLOBAL_VALUE_OPTIONS = Set.of("--project", "--env", "--endpoint");

  @Mixin private GlobalMixin global;

  private final Invocation invocation;

  public RootCommand(Invocation invocation) {
    this.invocation = Objects.requireNonNull(invocation, "invocation == null");
  }

  public Invocation invocation() {
    return invocation;
  }

  public GlobalMixin global() {
    return global;
  }

  /** Whether this run may colour its output (flags, {@code NO_COLOR}, terminal). */
  public boolean colorAllowed() {
    return invocation.colorAllowed(global.noColor());
  }

  /**
   * A fully configured command line: output to {@code out}/{@code err}, usage errors exiting
   * {@link ExitCodes#USAGE}, user errors as one line, internal errors as one line plus a stack
   * trace only when debugging.
   *
   * @param colorHelp whether help and usage errors may use colour
   */
  public static CommandLine commandLine(
      Invocation invocation, PrintWriter out, PrintWriter err, boolean colorHelp) {
    return commandLine(invocation, out, err, colorHelp, COMMANDS);
  }

  /**
   * The command line for running {@code args}: with only the subcommand they name, when they
   * name one, since building picocli's model of every command is most of wireform's start-up
   * time; with none for {@code --version}; with all of them otherwise (help, typos).
   */
  public static CommandLine commandLine(
      Invocation invocation, PrintWriter out, PrintWriter err, boolean colorHelp, String[] args) {
    return commandLine(invocation, out, err, colorHelp, commandsFor(args));
  }

  static List<Class<?>> commandsFor(String[] args) {
    Optional<String> named = commandName(args);
    if (named.isPresent()) {
      return command(named.get()).<List<Class<?>>>map(List::of).orElse(COMMANDS);
    }
    boolean version = List.of(args).contains("--version") || List.of(args).contains("-V");
    return version && !helpAsked(args) ? List.of() : COMMANDS;
  }

  /**
   * The arguments to parse: as given, except that {@code --help} after an unknown command name
   * is dropped, so {@code wireform fmt --help} is the usage error (exit 64, with "did you
   * mean") it is, rather than the root's help and exit 0.
   */
  public static String[] argumentsToParse(String[] args) {
    Optional<String> named = commandName(args);
    if (named.isEmpty() || command(named.get()).isPresent() || !helpAsked(args)) {
      return args;
    }
    return List.of(args).stream()
        .filter(a -> !a.equals("--help") && !a.equals("-h"))
        .toArray(String[]::new);
  }

  /** The first argument that is neither an option nor a global option's value. */
  private static Optional<String> commandName(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (GLOBAL_VALUE_OPTIONS.contains(arg)) {
        i++; // its value
      } else if (arg.equals("--")) {
        break;
      } else if (!arg.startsWith("-")) {
        return Optional.of(arg);
      }
    }
    return Optional.empty();
  }

  private static Optional<Class<?>> command(String name) {
    return COMMANDS.stream()
        .filter(c -> c.getAnnotation(Command.class).name().equals(name))
        .findFirst();
  }

  private static boolean helpAsked(String[] args) {
    return List.of(args).contains("--help") || List.of(args).contains("-h");
  }

  private static CommandLine commandLine(
      Invocation invocation,
      PrintWriter out,
      PrintWriter err,
      boolean colorHelp,
      List<Class<?>> commands) {
    CommandLine cmd = new CommandLine(new RootCommand(invocation));
    commands.forEach(cmd::addSubcommand);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setColorScheme(Help.defaultColorScheme(colorHelp ? Help.Ansi.ON : Help.Ansi.OFF));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(new UsageErrorHandler());
    cmd.setExecutionExceptionHandler(new FailureHandler());
    return cmd;
  }

  /** Usage errors: the message, picocli's "did you mean", a pointer to help; exit 64. */
  private static final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      Help.ColorScheme colors = cmd.getColorScheme();
      err.println(colors.errorText("error: " + ex.getMessage()));
      UnmatchedArgumentException.printSuggestions(ex, err);
      if (cmd.getCommandSpec().parent() == null && args.length == 0) {
        err.println();
        cmd.usage(err, colors);
      } else {
        err.println(
            "Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
      }
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  /** Exceptions out of a command: user errors as one line, anything else as an internal error. */
  private static final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
      PrintWriter err = cmd.getErr();
      Help.ColorScheme colors = cmd.getColorScheme();
      if (ex instanceof UserErrorException user) {
        err.println(colors.errorText("error: " + user.getMessage()));
        err.flush();
        return user.exitCode();
      }
      RootCommand root = (RootCommand) cmd.getCommandSpec().root().userObject();
      return internalError(ex, err, root.debugging());
    }
  }

  /** Prints the one-line internal error, plus the stack trace when debugging. */
  static int internalError(Throwable ex, PrintWriter err, boolean debug) {
    err.println("internal error: " + ex + " (please report)");
    if (debug) {
      StringWriter trace = new StringWriter();
      ex.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    } else {
      err.println("Run again with --debug or WIREFORM_DEBUG=1 for the stack trace.");
    }
    err.flush();
    return ExitCodes.FAILED;
  }

  boolean debugging() {
    return (global != null && global.debug()) || "1".equals(invocation.env().get("WIREFORM_DEBUG"));
  }
}
