package dev.wireform.emulator;

import dev.wireform.dsl.project.AccountPlan;
import dev.wireform.dsl.catalog.Catalog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A local Wireflow: the configuration of an emulator, built with {@link #builder()} and started
 * with {@link #start()}.
 *
 * <pre>{@code
 * try (EmulatorServer wf = Emulator.builder().dataDir(dir).plan(AccountPlan.PRO).build().start()) {
 *   String base = wf.baseUrl();   // http://127.0.0.1:<port>/api/v1
 *   String key = wf.apiKey();     // Authorization: Bearer <key>
 * }
 * }</pre>
 */
public final class Emulator {
  /** ClarityAI's output cap, 64 megapixels. */
  public static final long MAX_OUTPUT_PIXELS = ScalePlan.MAX_PIXELS;

  final String host;
  final int port;
  final Optional<Path> dataDir;
  final int requestsPerMinute;
  final int executionsPerMinute;
  final long credits;
  final Map<String, Integer> nodeCosts;
  final List<ApiKey> apiKeys;
  final Optional<String> adminKey;
  final Faults faults;
  final Clock clock;
  final Sleeper sleeper;
  final Duration nodeDelay;
  final boolean lint;
  final Optional<Catalog> catalog;
  final long maxOutputPixels;
  final List<NodeBehaviour> behaviours;
  final int httpThreads;
  final int executionThreads;
  final int requestLogSize;

  private Emulator(Builder b) {
    host = b.host;
    port = b.port;
    dataDir = Optional.ofNullable(b.dataDir);
    requestsPerMinute = b.requestsPerMinute != null ? b.requestsPerMinute
        : b.plan.requestsPerMinute();
    executionsPerMinute = b.executionsPerMinute != null ? b.executionsPerMinute
        : b.plan.executionsPerMinute();
    credits = b.credits;
    nodeCosts = Map.copyOf(b.nodeCosts);
    apiKeys = List.copyOf(b.apiKeys);
    adminKey = Optional.ofNullable(b.adminKey);
    faults = b.faults;
    clock = b.clock;
    sleeper = b.sleeper;
    nodeDelay = b.nodeDelay;
    lint = b.lint;
    catalog = Optional.ofNullable(b.catalog);
    maxOutputPixels = b.maxOutputPixels;
    behaviours = List.copyOf(b.behaviours);
    httpThreads = b.httpThreads;
    executionThreads = b.executionThreads;
    requestLogSize = b.requestLogSize;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loads the data folder and starts serving.
   *
   * @throws IOException when the port is taken or the data folder cannot be read or written
   */
  public EmulatorServer start() throws IOException {
    return EmulatorServer.start(this);
  }

  /** Builds an {@link Emulator}; every setting has a working default. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private Path dataDir;
    private AccountPlan plan = AccountPlan.PRO;
    private Integer requestsPerMinute;
    private Integer executionsPerMinute;
    private long credits = 1000;
    private final Map<String, Integer> nodeCosts = new LinkedHashMap<>();
    private final List<ApiKey> apiKeys = new ArrayList<>();
    private String adminKey;
    private Faults faults = Faults.NONE;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.REAL;
    private Duration nodeDelay = Duration.ofMillis(500);
    private boolean lint = true;
    private Catalog catalog;
    private long maxOutputPixels = MAX_OUTPUT_PIXELS;
    private final List<NodeBehaviour> behaviours = new ArrayList<>();
    private int httpThreads = 16;
    private int executionThreads = 4;
    private int requestLogSize = 10_000;

    private Builder() {}

    /** The interface to listen on; default {@code 127.0.0.1}. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host == null");
      return this;
    }

    /** The port; default 0, a free port chosen at start. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0–65535, found " + port);
      }
      this.port = port;
      return this;
    }

    /** Where state is kept; default a fresh temp folder deleted at {@link EmulatorServer#close}. */
    public Builder dataDir(Path dataDir) {
      this.dataDir = Objects.requireNonNull(dataDir, "dataDir == null");
      return this;
    }

    /** The plan whose request budget applies; default {@link AccountPlan#PRO} (60 requests/min). */
    public Builder plan(AccountPlan plan) {
      this.plan = Objects.requireNonNull(plan, "plan == null");
      return this;
    }

    /** A custom request budget per minute, overriding the plan's. */
    public Builder rateLimit(int requestsPerMinute) {
      if (requestsPerMinute < 1) {
        throw new IllegalArgumentException(
            "rateLimit must be at least 1 request per minute, found " + requestsPerMinute);
      }
      this.requestsPerMinute = requestsPerMinute;
      return this;
    }

    /** A custom execution budget per minute; default 10, as on every Wireflow plan. */
    public Builder executionRateLimit(int executionsPerMinute) {
      if (executionsPerMinute < 1) {
        throw new IllegalArgumentException(
            "executionRateLimit must be at least 1 per minute, found " + executionsPerMinute);
      }
      this.executionsPerMinute = executionsPerMinute;
      return this;
    }

    /** The starting credit balance of a new data folder; default 1000. */
    public Builder credits(long credits) {
      if (credits < 0) {
        throw new IllegalArgumentException("credits must not be negative, found " + credits);
      }
      this.credits = credits;
      return this;
    }

    /** What one successful run of {@code nodeType} costs, replacing the default table. */
    public Builder nodeCost(String nodeType, int credits) {
      if (credits < 0) {
        throw new IllegalArgumentException("node cost must not be negative, found " + credits);
      }
      nodeCosts.put(Objects.requireNonNull(nodeType, "nodeType == null"), credits);
      return this;
    }

    /**
     * Accepts this key. With no key configured, a default all-scopes key is generated once
     * and kept in the data folder's {@code keys.json}.
     */
    public Builder apiKey(ApiKey key) {
      apiKeys.add(Objects.requireNonNull(key, "key == null"));
      return this;
    }

    /** The key for {@code /_emulator/*}; default generated once and kept in {@code keys.json}. */
    public Builder adminKey(String adminKey) {
      this.adminKey = Objects.requireNonNull(adminKey, "adminKey == null");
      return this;
    }

    public Builder faults(Faults faults) {
      this.faults = Objects.requireNonNull(faults, "faults == null");
      return this;
    }

    /** The clock for timestamps, rate windows and idempotency expiry; default system UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** How simulated work and injected latency wait; default real sleeping. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** Uses {@code time} as both clock and sleeper. */
    public Builder time(SimulatedTime time) {
      return clock(time).sleeper(time);
    }

    /** Simulated work of each placeholder node; default 500 ms. */
    public Builder nodeDelay(Duration nodeDelay) {
      if (nodeDelay.isNegative()) {
        throw new IllegalArgumentException("nodeDelay must not be negative, found " + nodeDelay);
      }
      this.nodeDelay = nodeDelay;
      return this;
    }

    /** Whether create/update answer 422 for an invalid graph (unless ?strict=false); default on. */
    public Builder lint(boolean lint) {
      this.lint = lint;
      return this;
    }

    /** The node catalog for {@code GET /nodes}, lint and port types; default built in. */
    public Builder catalog(Catalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog == null");
      return this;
    }

    /** The upscalers' output cap in pixels; default 64,000,000 as on Wireflow. */
    public Builder maxOutputPixels(long maxOutputPixels) {
      if (maxOutputPixels < 1) {
        throw new IllegalArgumentException(
            "maxOutputPixels must be positive, found " + maxOutputPixels);
      }
      this.maxOutputPixels = maxOutputPixels;
      return this;
    }

    /** Adds a node behaviour (extra simulated work or a forced failure). */
    public Builder behaviour(NodeBehaviour behaviour) {
      behaviours.add(Objects.requireNonNull(behaviour, "behaviour == null"));
      return this;
    }

    /** Threads serving HTTP; default 16. */
    public Builder httpThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("httpThreads must be at least 1, found " + threads);
      }
      this.httpThreads = threads;
      return this;
    }

    /** Executions that run at once; default 4. */
    public Builder executionThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException(
            "executionThreads must be at least 1, found " + threads);
      }
      this.executionThreads = threads;
      return this;
    }

    /** How many requests {@code GET /_emulator/requests} remembers; default 10,000. */
    public Builder requestLogSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("requestLogSize must be at least 1, found " + size);
      }
      this.requestLogSize = size;
      return this;
    }

    public Emulator build() {
      return new Emulator(this);
    }
  }
}
