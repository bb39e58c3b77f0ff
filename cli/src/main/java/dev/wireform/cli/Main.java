package dev.wireform.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** The {@code wireform} executable. The only class that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, utf8(System.out), utf8(System.err), systemInvocation()));
  }

  /**
   * Runs {@code wireform} with these arguments and returns its exit code, without exiting. Text
   * goes to {@code out} and {@code err}; nothing is read from the JVM's environment.
   *
   * @param env the environment variables the run sees
   * @param cwd the working folder relative paths resolve against
   */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Path cwd) {
    return run(args, out, err, new Invocation(env, cwd.toAbsolutePath().normalize(), false));
  }

  /** Runs with a full {@link Invocation}, for callers that know whether output is a terminal. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Invocation invocation) {
    boolean debug = Arrays.asList(args).contains("--debug")
        || "1".equals(invocation.env().get("WIREFORM_DEBUG"));
    try {
      // Help and usage errors are printed before any command runs, so the --no-color flag is
      // looked up here rather than read from the parsed options.
      boolean colorHelp = invocation.colorAllowed(Arrays.asList(args).contains("--no-color"));
      String[] parsed = RootCommand.argumentsToParse(args);
      return RootCommand.commandLine(invocation, out, err, colorHelp, parsed).execute(parsed);
    } catch (RuntimeException | Error e) {
      // Picocli hands command exceptions to RootCommand's handler; this catches the rest
      // (errors such as StackOverflowError, or a failure inside a handler).
      return RootCommand.internalError(e, err, debug);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  private static Invocation systemInvocation() {
    return new Invocation(
        System.getenv(), Path.of("").toAbsolutePath(), System.console() != null);
  }
}
