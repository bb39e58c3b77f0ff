package dev.wireform.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * One in-process run of {@code wireform} with captured output: what every command test
 * asserts on.
 *
 * @param exitCode the exit code {@link Main#run} returned
 * @param out everything written to standard output
 * @param err everything written to standard error
 */
public record CliRun(int exitCode, String out, String err) {

  /** Runs in {@code cwd} with an empty environment (so no NO_COLOR, no debug). */
  public static CliRun wireform(Path cwd, String... args) {
    return wireform(cwd, Map.of(), args);
  }

  public static CliRun wireform(Path cwd, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env, cwd);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
