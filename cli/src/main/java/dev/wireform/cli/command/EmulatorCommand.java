package dev.wireform.cli.command;

import dev.wireform.cli.RootCommand;
import dev.wireform.cli.UserErrorException;
import dev.wireform.emulator.ApiKey;
import dev.wireform.emulator.Emulator;
import dev.wireform.emulator.EmulatorMain;
import dev.wireform.emulator.Faults;
import dev.wireform.dsl.project.AccountPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wireform emulator}: a local Wireflow on {@code 127.0.0.1}, in the foreground until
 * Ctrl+C. State lives in {@code --data-dir} and survives restarts. See docs/emulator.md.
 */
@Command(
    name = "emulator",
    mixinStandardHelpOptions = true,
    description = "Run a local Wireflow emulator (the REST API, executions, faults for tests)"
        + " until Ctrl+C. See docs/emulator.md.")
public final class EmulatorCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;
  @Spec private CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  private int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Interface to listen on. Default: ${DEFAULT-VALUE}.")
  private String host;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = ".wireform/emulator",
      description = "Where state is kept. Default: ${DEFAULT-VALUE}.")
  private Path dataDir;

  @Option(names = "--plan", paramLabel = "PLAN", defaultValue = "pro",
      description = "Request budget: free (10/min), starter (20), pro (60), enterprise (200)."
          + " Default: ${DEFAULT-VALUE}.")
  private String plan;

  @Option(names = "--rate", paramLabel = "N",
      description = "Custom requests per minute, overriding the plan's.")
  private Integer rate;

  @Option(names = "--exec-rate", paramLabel = "N",
      description = "Executions per minute. Default: 10, as on every Wireflow plan.")
  private Integer execRate;

  @Option(names = "--credits", paramLabel = "N", defaultValue = "1000",
      description = "Starting credits of a new data folder. Default: ${DEFAULT-VALUE}.")
  private long credits;

  @Option(names = "--fail-rate", paramLabel = "X", defaultValue = "0",
      description = "Share (0-1) of API calls answered 500.")
  private double failRate;

  @Option(names = "--drop-rate", paramLabel = "X", defaultValue = "0",
      description = "Share (0-1) of API calls carried out but never answered.")
  private double dropRate;

  @Option(names = "--latency-ms", paramLabel = "N", defaultValue = "0",
      description = "Delay added to every API call.")
  private long latencyMs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of the fault sequence.")
  private long seed;

  @Option(names = "--node-delay-ms", paramLabel = "N", defaultValue = "500",
      description = "Simulated work of each node the emulator cannot really run."
          + " Default: ${DEFAULT-VALUE}.")
  private long nodeDelayMs;

  @Option(names = "--api-key-env", paramLabel = "VAR",
      description = "Accept the key held in this environment variable (never a Wireflow"
          + " production key). Default: a key generated once and kept in DIR/keys.json.")
  private String apiKeyEnv;

  @Option(names = "--admin-key-env", paramLabel = "VAR",
      description = "Admin key for /_emulator/* from this environment variable. Default:"
          + " generated once and kept in DIR/keys.json.")
  private String adminKeyEnv;

  @Option(names = "--no-lint", description = "Store invalid graphs instead of answering 422.")
  private boolean noLint;

  @Override
  public Integer call() {
    Emulator.Builder b;
    try {
      b = Emulator.builder()
          .port(port)
          .host(host)
          .dataDir(root.invocation().resolve(dataDir))
          .plan(AccountPlan.parse(plan))
          .credits(credits)
          .nodeDelay(Duration.ofMillis(nodeDelayMs))
          .lint(!noLint)
          .faults(new Faults(failRate, dropRate, Duration.ofMillis(latencyMs), seed));
      if (rate != null) {
        b.rateLimit(rate);
      }
      if (execRate != null) {
        b.executionRateLimit(execRate);
      }
      if (apiKeyEnv != null) {
        b.apiKey(ApiKey.allScopes(fromEnv("--api-key-env", apiKeyEnv), apiKeyEnv));
      }
      if (adminKeyEnv != null) {
        b.adminKey(fromEnv("--admin-key-env", adminKeyEnv));
      }
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return EmulatorMain.serve(b.build(), spec.commandLine().getOut(),
        spec.commandLine().getErr(), new CountDownLatch(1));
  }

  private String fromEnv(String option, String var) {
    String value = root.invocation().env().get(var);
    if (value == null || value.isBlank()) {
      throw new UserErrorException(option + ": environment variable '" + var + "' is not set");
    }
    return value.trim();
  }
}
