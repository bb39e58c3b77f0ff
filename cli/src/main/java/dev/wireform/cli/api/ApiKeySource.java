package dev.wireform.cli.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the API key comes from: only ever an environment variable. The value is read and
 * checked once, when the source is created, so a malformed key fails before any request.
 */
public final class ApiKeySource {
  /** The variable read when the project names none. */
  public static final String DEFAULT_ENV = "WIREFLOW_API_KEY";

  private final String envVar;
  private final Optional<Secret> secret;

  private ApiKeySource(String envVar, Optional<Secret> secret) {
    this.envVar = envVar;
    this.secret = secret;
  }

  /** The key in {@value #DEFAULT_ENV} of the process environment. */
  public static ApiKeySource fromEnvironment() {
    return fromEnvironment(DEFAULT_ENV, System.getenv());
  }

  /**
   * The key in variable {@code envVar} of {@code env}. Surrounding whitespace (a trailing
   * newline from a {@code .env} file) is dropped; an unset or blank variable means "no key".
   *
   * @throws ClientConfigException if the value holds control characters, spaces or non-ASCII
   *     characters; the message names the variable and the position, never the value
   */
  public static ApiKeySource fromEnvironment(String envVar, Map<String, String> env) {
    Objects.requireNonNull(envVar, "envVar == null");
    Objects.requireNonNull(env, "env == null");
    if (!envVar.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new ClientConfigException(
          "'" + envVar + "' is not an environment variable name",
          "use letters, digits and underscores, e.g. " + DEFAULT_ENV);
    }
    String raw = env.get(envVar);
    if (raw == null || raw.strip().isEmpty()) {
      return new ApiKeySource(envVar, Optional.empty());
    }
    String value = raw.strip();
    String problem = Secret.problem(value);
    if (problem != null) {
      throw new ClientConfigException(
          "environment variable " + envVar + " does not hold a usable API key: " + problem,
          "set " + envVar + " to the key exactly as Wireflow showed it (Settings > API Keys)");
    }
    return new ApiKeySource(envVar, Optional.of(Secret.of(value)));
  }

  /**
   * A key handed over inside the process: the embedded emulator's per-process key. It never
   * comes from a file or a flag.
   */
  public static ApiKeySource of(Secret secret) {
    return new ApiKeySource("(in-process key)", Optional.of(Objects.requireNonNull(secret)));
  }

  /** No key at all: only the unauthenticated webhook trigger will work. */
  public static ApiKeySource none() {
    return new ApiKeySource(DEFAULT_ENV, Optional.empty());
  }

  /** The name of the environment variable, for messages that tell the user where to look. */
  public String envVar() {
    return envVar;
  }

  /** The key, if the variable was set. */
  public Optional<Secret> secret() {
    return secret;
  }

  @Override
  public String toString() {
    return "ApiKeySource[env=" + envVar + ", " + (secret.isPresent() ? "set" : "unset") + "]";
  }
}
