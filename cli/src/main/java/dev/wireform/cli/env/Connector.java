package dev.wireform.cli.env;

import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.UserErrorException;
import dev.wireform.cli.api.ApiKeySource;
import dev.wireform.cli.api.ClientConfig;
import dev.wireform.cli.api.ClientConfigException;
import dev.wireform.cli.api.Secret;
import dev.wireform.cli.api.WireflowClient;
import dev.wireform.dsl.project.Environment;
import dev.wireform.dsl.project.ProjectFile;
import dev.wireform.emulator.ApiKey;
import dev.wireform.emulator.Emulator;
import dev.wireform.emulator.EmulatorServer;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Turns a project's environment (plus {@code --env} / {@code --endpoint}) into a {@link
 * Connection}. The one place where environments, endpoints and API keys meet, shared by every
 * command that talks to Wireflow.
 *
 * <p>An {@code embedded} endpoint starts the emulator in-process with its data under {@code
 * .wireform/<env>} of the project and a random per-process key that never leaves the process. Its
 * request budget is generous (our choice: local work should not wait for a free plan's 10
 * requests a minute); use {@code wireform emulator --plan ...} to rehearse real budgets. Any
 * other endpoint reads the key from the environment variable named by {@code apiKeyEnv}.
 */
public final class Connector {
  /** Request budget of an embedded emulator and its client, per minute. */
  static final int EMBEDDED_REQUESTS_PER_MINUTE = 60_000;

  /** Execution budget of an embedded emulator and its client, per minute. */
  static final int EMBEDDED_EXECUTIONS_PER_MINUTE = 6_000;

  private final Map<String, String> env;
  private final UnaryOperator<ClientConfig.Builder> tuning;

  /**
   * @param env the process environment (tests pass their own)
   * @param tuning a last word on every client configuration (tests inject clocks and sleepers)
   */
  public Connector(Map<String, String> env, UnaryOperator<ClientConfig.Builder> tuning) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env == null"));
    this.tuning = Objects.requireNonNull(tuning, "tuning == null");
  }

  /** A connector reading the real process environment, with production client settings. */
  public static Connector system() {
    return new Connector(System.getenv(), UnaryOperator.identity());
  }

  /**
   * The environment a command targets: {@code --env}, else the project's default; with {@code
   * --endpoint} it overrides that environment's endpoint.
   *
   * @throws UserErrorException naming the known environments when there is no such environment
   */
  public static Environment resolve(
      Optional<ProjectFile> project, Optional<String> envName, Optional<String> endpoint) {
    if (project.isEmpty()) {
      if (endpoint.isEmpty()) {
        throw new UserErrorException(
            "no wireform.yaml found, so there is no environment to talk to;"
                + " run 'wireform init', pass --project DIR, or give --endpoint URL");
      }
      return Environment.of(envName.orElse("default"), endpoint.get());
    }
    ProjectFile p = project.get();
    if (envName.isEmpty() && p.defaultEnvironment().isEmpty() && p.environments().isEmpty()) {
      throw new UserErrorException(
          "wireform.yaml defines no environment to talk to; add one, e.g. 'environments:"
              + " { local: { endpoint: embedded } }' and 'default: local'");
    }
    String name =
        envName
            .or(p::defaultEnvironment)
            .orElseThrow(
                () ->
                    new UserErrorException(
                        ExitCodes.USAGE,
                        "wireform.yaml names no default environment; pass --env, one of: "
                            + String.join(", ", p.environments().keySet())));
    Environment e =
        p.environment(name)
            .orElseThrow(
                () ->
                    new UserErrorException(
                        ExitCodes.USAGE,
                        "unknown environment '"
                            + name
                            + "'; wireform.yaml defines: "
                            + (p.environments().isEmpty()
                                ? "none (add an 'environments:' section)"
                                : String.join(", ", p.environments().keySet()))));
    return endpoint
        .map(
            url ->
                new Environment(
                    e.name(), url, e.apiKeyEnv(), e.plan(), e.namePrefix(), e.protect(),
                    e.maxDeletes()))
        .orElse(e);
  }

  /**
   * Connects to {@code environment}; for {@code embedded}, starts the emulator with its data
   * under {@code projectRoot/.wireform/<env>}.
   *
   * @throws UserErrorException when the endpoint or key is unusable, or the emulator cannot start
   */
  public Connection open(Environment environment, Path projectRoot) {
    return open(environment, projectRoot, true);
  }

  /**
   * Like {@link #open(Environment, Path)}; with {@code keyRequired} false a missing key is no
   * error, for callers that only use the unauthenticated webhook trigger (any other call then
   * fails with an {@code AuthException} naming the variable to set).
   */
  public Connection open(Environment environment, Path projectRoot, boolean keyRequired) {
    try {
      if (environment.embedded()) {
        return openEmbedded(environment, projectRoot);
      }
      ApiKeySource key = ApiKeySource.fromEnvironment(environment.apiKeyEnv(), env);
      if (key.secret().isEmpty() && keyRequired) {
        throw new UserErrorException(
            "environment '"
                + environment.name()
                + "' needs an API key: set the environment variable "
                + key.envVar()
                + " (Wireflow: Settings > API Keys)");
      }
      ClientConfig config =
          tuning
              .apply(
                  ClientConfig.builder(environment.endpoint())
                      .apiKey(key)
                      .requestsPerMinute(environment.plan().requestsPerMinute()))
              .build();
      return new Connection(
          environment.name(), environment.endpoint(), WireflowClient.create(config),
          Optional.empty());
    } catch (ClientConfigException e) {
      throw new UserErrorException(e.getMessage());
    }
  }

  private Connection openEmbedded(Environment environment, Path projectRoot) {
    String key = "sk-embedded-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    Path dataDir = projectRoot.resolve(".wireform").resolve(environment.name());
    EmulatorServer server;
    try {
      server =
          Emulator.builder()
              .port(0)
              .dataDir(dataDir)
              .apiKey(ApiKey.allScopes(key, "embedded"))
              .rateLimit(EMBEDDED_REQUESTS_PER_MINUTE)
              .executionRateLimit(EMBEDDED_EXECUTIONS_PER_MINUTE)
              .build()
              .start();
    } catch (IOException | RuntimeException e) {
      throw new UserErrorException(
          "cannot start the embedded Wireflow emulator with data in '"
              + dataDir
              + "': "
              + e.getMessage());
    }
    try {
      ClientConfig config =
          tuning
              .apply(
                  ClientConfig.builder(server.baseUrl())
                      .apiKey(ApiKeySource.of(Secret.of(key)))
                      .requestsPerMinute(EMBEDDED_REQUESTS_PER_MINUTE)
                      .executionsPerMinute(EMBEDDED_EXECUTIONS_PER_MINUTE))
              .build();
      return new Connection(
          environment.name(), Environment.EMBEDDED, WireflowClient.create(config),
          Optional.of(server));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }
}
