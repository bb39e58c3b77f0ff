package dev.wireform.dsl.project;

import java.util.Objects;
import java.util.Optional;

/**
 * One deployment target of a project, from {@code wireform.yaml}'s {@code environments}.
 *
 * @param name the environment's name, e.g. {@code prod}
 * @param endpoint {@value #EMBEDDED} for the in-process emulator (data under {@code
 *     .wireform/<name>}), or the API base URL, e.g. {@code https://www.wireflow.ai/api/v1}
 * @param apiKeyEnv the name of the environment variable holding the API key; the key itself never
 *     appears in any file
 * @param plan the account plan, which sets the request budget
 * @param namePrefix prepended to every workflow name deployed here (e.g. {@code pr-123/})
 * @param protect overrides each workflow's {@code protect} here, when present
 * @param maxDeletes the most workflows one apply may delete here, when present
 */
public record Environment(
    String name,
    String endpoint,
    String apiKeyEnv,
    AccountPlan plan,
    String namePrefix,
    Optional<Boolean> protect,
    Optional<Integer> maxDeletes) {

  /** The endpoint value that selects the in-process emulator. */
  public static final String EMBEDDED = "embedded";

  /** The API key variable used when an environment names none. */
  public static final String DEFAULT_API_KEY_ENV = "WIREFLOW_API_KEY";

  public Environment {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(endpoint, "endpoint == null");
    Objects.requireNonNull(apiKeyEnv, "apiKeyEnv == null");
    Objects.requireNonNull(plan, "plan == null");
    Objects.requireNonNull(namePrefix, "namePrefix == null");
    Objects.requireNonNull(protect, "protect == null");
    Objects.requireNonNull(maxDeletes, "maxDeletes == null");
    maxDeletes.ifPresent(
        n -> {
          if (n < 0) {
            throw new IllegalArgumentException("maxDeletes must be >= 0: " + n);
          }
        });
  }

  /** An environment with the defaults: default key variable, free plan, no prefix. */
  public static Environment of(String name, String endpoint) {
    return new Environment(
        name,
        endpoint,
        DEFAULT_API_KEY_ENV,
        AccountPlan.FREE,
        "",
        Optional.empty(),
        Optional.empty());
  }

  /** Whether this environment runs the emulator in-process. */
  public boolean embedded() {
    return EMBEDDED.equals(endpoint);
  }
}
