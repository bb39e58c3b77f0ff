package dev.wireform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class RootCommandTest {
  /** A command with a bug. */
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("kaput");
    }
  }

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    CommandLine cmd =
        RootCommand.commandLine(
            new Invocation(env, Path.of("/tmp"), false),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            false);
    cmd.addSubcommand(new Boom());
    // Writers are handed to the subcommands present when they are set.
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  @Test
  void internalErrorIsOneLineWithoutStackTrace() {
    int code = run(Map.of(), "boom");

    assertThat(code).isEqualTo(ExitCodes.FAILED);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .isEqualTo(
            "internal error: java.lang.IllegalStateException: kaput (please report)\n"
                + "Run again with --debug or WIREFORM_DEBUG=1 for the stack trace.\n");
  }

  @Test
  void debugFlagAddsTheStackTrace() {
    run(Map.of(), "boom", "--debug");

    assertThat(err.toString())
        .startsWith(
            "internal error: java.lang.IllegalStateException: kaput (please report)\n"
                + "java.lang.IllegalStateException: kaput\n"
                + "\tat dev.wireform.cli.RootCommandTest$Boom.call(");
  }

  @Test
  void debugEnvironmentVariableAddsTheStackTrace() {
    run(Map.of("WIREFORM_DEBUG", "1"), "boom");

    assertThat(err.toString()).contains("\tat dev.wireform.cli.RootCommandTest$Boom.call(");
  }

  @Test
  void exitCodesAreTheDesignsTable() {
    assertThat(
            new int[] {
              ExitCodes.OK,
              ExitCodes.FAILED,
              ExitCodes.PLAN_HAS_CHANGES,
              ExitCodes.PLAN_HAS_DELETES,
              ExitCodes.STALE_PLAN,
              ExitCodes.RUN_FAILED,
              ExitCodes.RUN_TIMED_OUT,
              ExitCodes.USAGE,
              ExitCodes.INTERRUPTED
            })
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 64, 130);
  }

  @Test
  void buildsOnlyTheSubcommandTheArgumentsName() {
    assertThat(RootCommand.commandsFor(new String[] {"--project", "apply", "plan", "--no-color"}))
        .containsExactly(dev.wireform.cli.command.PlanCommand.class);
    assertThat(RootCommand.commandsFor(new String[] {"--env", "prod", "apply", "--auto-approve"}))
        .containsExactly(dev.wireform.cli.command.ApplyCommand.class);
    assertThat(RootCommand.commandsFor(new String[] {"--version"})).isEmpty();
  }

  @Test
  void buildsEverySubcommandForHelpAndForTypos() {
    assertThat(RootCommand.commandsFor(new String[] {})).hasSize(13);
    assertThat(RootCommand.commandsFor(new String[] {"--help"})).hasSize(13);
    assertThat(RootCommand.commandsFor(new String[] {"--version", "--help"})).hasSize(13);
    assertThat(RootCommand.commandsFor(new String[] {"valdate"})).hasSize(13);
  }

  @Test
  void aMistypedCommandStillGetsItsSuggestion() {
    StringWriter e = new StringWriter();
    int code =
        RootCommand.commandLine(
                new Invocation(Map.of(), Path.of("/tmp"), false),
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(e, true),
                false,
                new String[] {"valdate"})
            .execute("valdate");

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(e.toString())
        .isEqualTo(
            "error: Unmatched argument at index 0: 'valdate'\n"
                + "Did you mean: wireform validate or wireform build or wireform status?\n"
                + "Try 'wireform --help' for more information.\n");
  }

  @Test
  void helpAfterAnUnknownCommandIsAUsageErrorNotTheRootHelp() {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code =
        Main.run(
            new String[] {"fmt", "--help"},
            new PrintWriter(o, true),
            new PrintWriter(e, true),
            Map.of(),
            Path.of("/tmp"));

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(o.toString()).isEmpty();
    assertThat(e.toString()).startsWith("error: Unmatched argument at index 0: 'fmt'\n");
    assertThat(RootCommand.argumentsToParse(new String[] {"plan", "--help"}))
        .containsExactly("plan", "--help");
    assertThat(RootCommand.argumentsToParse(new String[] {"--help"})).containsExactly("--help");
  }
}
