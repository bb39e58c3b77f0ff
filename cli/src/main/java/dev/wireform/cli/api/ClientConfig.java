package dev.wireform.cli.api;

import dev.wireform.dsl.project.AccountPlan;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Everything the client needs, validated on construction: a refused base URL or a bad setting
 * fails here with a {@link ClientConfigException}, never later in the middle of a deploy.
 *
 * @param baseUrl the API root, normalised to end with '/', e.g. {@code
 *     https://www.wireflow.ai/api/v1/}
 * @param apiKey where the key comes from (an environment variable only)
 * @param requestsPerMinute the client-side request budget; 0 means no client-side budget (the
 *     server's {@code X-RateLimit-*} headers are still followed)
 * @param executionsPerMinute the separate budget for {@code POST /workflows/{id}/execute|run}
 * @param connectTimeout TCP/TLS connect timeout per attempt
 * @param readTimeout socket read timeout per attempt
 * @param writeTimeout socket write timeout per attempt
 * @param callTimeout the whole call including every retry and rate-limit wait; zero for none
 * @param userAgent the {@code User-Agent} sent with every request
 * @param retry how failed calls are retried
 * @param clock the time source for backoff and rate limits
 * @param sleeper what waits between attempts and for the rate budget
 * @param random the jitter source
 * @param log where debug lines go
 * @param idempotencyKeys makes the {@code Idempotency-Key} of a POST the caller did not key
 */
public record ClientConfig(
    String baseUrl,
    ApiKeySource apiKey,
    int requestsPerMinute,
    int executionsPerMinute,
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Duration callTimeout,
    String userAgent,
    RetryPolicy retry,
    Clock clock,
    Sleeper sleeper,
    RandomGenerator random,
    LogSink log,
    Supplier<String> idempotencyKeys) {

  /** The documented production endpoint. */
  public static final String DEFAULT_BASE_URL = "https://www.wireflow.ai/api/v1";

  public ClientConfig {
    baseUrl = BaseUrlPolicy.check(baseUrl);
    Objects.requireNonNull(apiKey, "apiKey == null");
    if (requestsPerMinute < 0 || executionsPerMinute < 0) {
      throw new ClientConfigException(
          "a rate budget is negative", "use a positive requests-per-minute, or 0 for none");
    }
    connectTimeout = nonNegative(connectTimeout, "connectTimeout");
    readTimeout = nonNegative(readTimeout, "readTimeout");
    writeTimeout = nonNegative(writeTimeout, "writeTimeout");
    callTimeout = nonNegative(callTimeout, "callTimeout");
    Objects.requireNonNull(userAgent, "userAgent == null");
    if (userAgent.isBlank() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new ClientConfigException(
          "the User-Agent must be non-empty printable ASCII", "use e.g. wireform/1.0");
    }
    Objects.requireNonNull(retry, "retry == null");
    Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(sleeper, "sleeper == null");
    Objects.requireNonNull(random, "random == null");
    Objects.requireNonNull(log, "log == null");
    Objects.requireNonNull(idempotencyKeys, "idempotencyKeys == null");
  }

  /** A builder with production defaults (free-plan budget, key from {@code WIREFLOW_API_KEY}). */
  public static Builder builder(String baseUrl) {
    return new Builder(baseUrl);
  }

  /**
   * {@code wireform/<version>}, the version Maven wrote into the CLI's {@code
   * version.properties} ({@code dev} when run from unbuilt sources).
   */
  public static String defaultUserAgent() {
    String version = "dev";
    try (InputStream in =
        ClientConfig.class.getResourceAsStream("/dev/wireform/cli/version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "").strip();
        if (!v.isEmpty() && !v.startsWith("${") && v.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
          version = v;
        }
      }
    } catch (IOException e) {
      version = "dev";
    }
    return "wireform/" + version;
  }

  private static Duration nonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative()) {
      throw new ClientConfigException(name + " is negative (" + d + ")", "use zero or more");
    }
    return d;
  }

  /** Builds a {@link ClientConfig}; every setter has a production default. */
  public static final class Builder {
    private final String baseUrl;
    private ApiKeySource apiKey;
    private int requestsPerMinute = AccountPlan.FREE.requestsPerMinute();
    private int executionsPerMinute = AccountPlan.EXECUTIONS_PER_MINUTE;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration writeTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ofMinutes(10);
    private String userAgent = defaultUserAgent();
    private RetryPolicy retry = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private RandomGenerator random = RandomGenerator.getDefault();
    private LogSink log = LogSink.none();
    private Supplier<String> idempotencyKeys = () -> UUID.randomUUID().toString();

    private Builder(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    public Builder apiKey(ApiKeySource apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** The plan's documented request budget. */
    public Builder plan(AccountPlan plan) {
      this.requestsPerMinute = plan.requestsPerMinute();
      return this;
    }

    /** A custom request budget; 0 turns the client-side budget off. */
    public Builder requestsPerMinute(int rpm) {
      this.requestsPerMinute = rpm;
      return this;
    }

    public Builder executionsPerMinute(int perMinute) {
      this.executionsPerMinute = perMinute;
      return this;
    }

    public Builder connectTimeout(Duration d) {
      this.connectTimeout = d;
      return this;
    }

    public Builder readTimeout(Duration d) {
      this.readTimeout = d;
      return this;
    }

    public Builder writeTimeout(Duration d) {
      this.writeTimeout = d;
      return this;
    }

    public Builder callTimeout(Duration d) {
      this.callTimeout = d;
      return this;
    }

    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    public Builder retry(RetryPolicy retry) {
      this.retry = retry;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    public Builder random(RandomGenerator random) {
      this.random = random;
      return this;
    }

    public Builder log(LogSink log) {
      this.log = log;
      return this;
    }

    public Builder idempotencyKeys(Supplier<String> keys) {
      this.idempotencyKeys = keys;
      return this;
    }

    /** @throws ClientConfigException if a setting is refused */
    public ClientConfig build() {
      return new ClientConfig(
          baseUrl,
          apiKey == null ? ApiKeySource.fromEnvironment() : apiKey,
          requestsPerMinute,
          executionsPerMinute,
          connectTimeout,
          readTimeout,
          writeTimeout,
          callTimeout,
          userAgent,
          retry,
          clock,
          sleeper,
          random,
          log,
          idempotencyKeys);
    }
  }
}
