package dev.wireform.emulator;

import dev.wireform.dsl.project.AccountPlan;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code wireform emulator}: runs the emulator in the foreground until stopped.
 *
 * <pre>
 * java dev.wireform.emulator.EmulatorMain --port 8080 --data-dir .wireform/emulator --plan pro
 * </pre>
 */
public final class EmulatorMain {
  static final int EXIT_OK = 0;
  static final int EXIT_FAILED = 1;
  static final int EXIT_USAGE = 64;

  static final String USAGE = String.join(System.lineSeparator(),
      "Usage: wireform emulator [options]",
      "  --port N            port to listen on (default 8080; 0 picks a free port)",
      "  --host H            interface to listen on (default 127.0.0.1)",
      "  --data-dir D        where state is kept (default .wireform/emulator)",
      "  --plan P            free | starter | pro | enterprise (default pro)",
      "  --rate N            custom requests/min, overriding the plan's",
      "  --exec-rate N       executions/min (default 10)",
      "  --credits N         starting credits of a new data dir (default 1000)",
      "  --fail-rate X       share of API calls answered 500 (0-1)",
      "  --drop-rate X       share of API calls carried out but never answered (0-1)",
      "  --latency-ms N      delay added to every API call",
      "  --seed S            seed of the fault sequence (default 0)",
      "  --node-delay-ms N   simulated work of each placeholder node (default 500)",
      "  --api-key K         accept this key (sk-...) with every scope",
      "  --api-key-env VAR   accept the key held in environment variable VAR",
      "  --admin-key K       admin key for /_emulator/* (default generated, in keys.json)",
      "  --no-lint           store invalid graphs without a 422",
      "  --help              show this help");

  /** A bad command line; the message says what was wrong. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  private EmulatorMain() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err, new CountDownLatch(1));
    if (code != EXIT_OK) {
      System.exit(code);
    }
  }

  /** Starts, prints how to connect, and serves until {@code stop} opens or the JVM exits. */
  static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stop) {
    Emulator emulator;
    try {
      if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
        out.println(USAGE);
        return EXIT_OK;
      }
      emulator = parse(List.of(args)).build();
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return EXIT_USAGE;
    }
    PrintWriter o = new PrintWriter(out, true);
    PrintWriter e = new PrintWriter(err, true);
    return serve(emulator, o, e, stop);
  }

  /**
   * Starts {@code emulator}, prints how to connect, and serves until {@code stop} opens or the
   * JVM shuts down (Ctrl+C). Returns the exit code: 0, or 1 when it cannot start.
   */
  public static int serve(
      Emulator emulator, PrintWriter out, PrintWriter err, CountDownLatch stop) {
    EmulatorServer server;
    try {
      server = emulator.start();
    } catch (IOException | RuntimeException e) {
      err.println("error: cannot start the emulator: " + describe(e));
      err.flush();
      return EXIT_FAILED;
    }
    Thread hook = new Thread(server::close, "wireform-emulator-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.print(server.describe());
    out.println("Press Ctrl+C to stop.");
    out.flush();
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Runtime.getRuntime().removeShutdownHook(hook);
    server.close();
    return EXIT_OK;
  }

  /**
   * Parses the options above ({@code --name value} or {@code --name=value}) into a builder.
   *
   * @throws UsageException naming the option and the expected value
   */
  public static Emulator.Builder parse(List<String> args) throws UsageException {
    return parse(args, System.getenv());
  }

  static Emulator.Builder parse(List<String> args, java.util.Map<String, String> env)
      throws UsageException {
    Emulator.Builder b = Emulator.builder().port(8080).dataDir(Path.of(".wireform", "emulator"));
    double failRate = 0;
    double dropRate = 0;
    long latencyMs = 0;
    long seed = 0;
    List<String> rest = new ArrayList<>(args);
    try {
      while (!rest.isEmpty()) {
        String arg = rest.remove(0);
        String value = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
          value = arg.substring(eq + 1);
          arg = arg.substring(0, eq);
        }
        if (arg.equals("--no-lint")) {
          b.lint(false);
          continue;
        }
        if (value == null) {
          if (rest.isEmpty() || !isOption(arg)) {
            throw new UsageException(isOption(arg) ? "option '" + arg + "' needs a value"
                : "unknown option '" + arg + "'");
          }
          value = rest.remove(0);
        }
        switch (arg) {
          case "--port":
            b.port(integer(arg, value));
            break;
          case "--host":
            b.host(value);
            break;
          case "--data-dir":
            b.dataDir(Path.of(value));
            break;
          case "--plan":
            b.plan(AccountPlan.parse(value));
            break;
          case "--rate":
            b.rateLimit(integer(arg, value));
            break;
          case "--exec-rate":
            b.executionRateLimit(integer(arg, value));
            break;
          case "--credits":
            b.credits(longValue(arg, value));
            break;
          case "--fail-rate":
            failRate = decimal(arg, value);
            break;
          case "--drop-rate":
            dropRate = decimal(arg, value);
            break;
          case "--latency-ms":
            latencyMs = longValue(arg, value);
            break;
          case "--seed":
            seed = longValue(arg, value);
            break;
          case "--node-delay-ms":
            b.nodeDelay(Duration.ofMillis(longValue(arg, value)));
            break;
          case "--api-key":
            b.apiKey(ApiKey.allScopes(value, "cli"));
            break;
          case "--api-key-env":
            String key = env.get(value);
            if (key == null || key.isBlank()) {
              throw new UsageException("option '--api-key-env': environment variable '" + value
                  + "' is not set");
            }
            b.apiKey(ApiKey.allScopes(key.trim(), value));
            break;
          case "--admin-key":
            b.adminKey(value);
            break;
          default:
            throw new UsageException("unknown option '" + arg + "'");
        }
      }
      return b.faults(new Faults(failRate, dropRate, Duration.ofMillis(latencyMs), seed));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static boolean isOption(String arg) {
    return USAGE.contains("  " + arg + " ");
  }

  private static int integer(String option, String value) throws UsageException {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("option '" + option + "' needs a whole number, found '" + value
          + "'");
    }
  }

  private static long longValue(String option, String value) throws UsageException {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("option '" + option + "' needs a whole number, found '" + value
          + "'");
    }
  }

  private static double decimal(String option, String value) throws UsageException {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("option '" + option + "' needs a number, found '" + value + "'");
    }
  }

  /** Why the emulator did not start, in words: the JDK's own messages omit the cause or path. */
  static String describe(Exception e) {
    if (e instanceof BindException) {
      return "the port is already in use (" + e.getMessage() + "); pick another with --port N,"
          + " or --port 0 for a free one";
    }
    if (e instanceof AccessDeniedException a) {
      return "permission denied on '" + a.getFile() + "'; choose a writable --data-dir";
    }
    if (e instanceof FileSystemException f) {
      String reason = f.getReason() != null ? f.getReason()
          : f instanceof FileAlreadyExistsException ? "a file of that name is in the way"
          : f instanceof NoSuchFileException ? "no such file or folder"
          : f.getClass().getSimpleName();
      return "'" + f.getFile() + "': " + reason + "; --data-dir must be a folder wireform can"
          + " create and write";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
