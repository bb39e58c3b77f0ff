package dev.wireform.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** A running emulator. Close it to stop serving; its data folder stays (unless temporary). */
public final class EmulatorServer implements AutoCloseable {
  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's
    // algorithm and delayed ACKs add ~40 ms to every keep-alive request.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer http;
  private final ThreadPoolExecutor pool;
  private final Backend backend;
  private final Path tempDir;
  private final int port;

  private EmulatorServer(
      HttpServer http, ThreadPoolExecutor pool, Backend backend, Path tempDir, int port) {
    this.http = http;
    this.pool = pool;
    this.backend = backend;
    this.tempDir = tempDir;
    this.port = port;
  }

  static EmulatorServer start(Emulator config) throws IOException {
    InetAddress address = InetAddress.getByName(config.host);
    HttpServer http = HttpServer.create(new InetSocketAddress(address, config.port), 512);
    int port = http.getAddress().getPort();
    String host = address.isAnyLocalAddress() ? "127.0.0.1"
        : address instanceof Inet6Address ? "[" + address.getHostAddress() + "]"
        : address.getHostAddress();
    Path tempDir = null;
    Backend backend;
    try {
      Path dir;
      if (config.dataDir.isPresent()) {
        dir = config.dataDir.get();
      } else {
        tempDir = Files.createTempDirectory("wireform-emulator-");
        dir = tempDir;
      }
      backend = Backend.open(config, dir, "http://" + host + ":" + port);
    } catch (IOException | RuntimeException e) {
      http.stop(0);
      if (tempDir != null) {
        deleteTree(tempDir);
      }
      throw e;
    }
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(config.httpThreads, config.httpThreads,
        60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4096), r -> {
          Thread t = new Thread(r, "wireform-emulator-http-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    http.setExecutor(pool);
    http.createContext("/", new HttpFront(backend));
    http.start();
    return new EmulatorServer(http, pool, backend, tempDir, port);
  }

  /** The API base, {@code http://127.0.0.1:<port>/api/v1}. */
  public String baseUrl() {
    return backend.apiUrl;
  }

  /** The server root, {@code http://127.0.0.1:<port>}; admin hooks are under {@code /_emulator}. */
  public String rootUrl() {
    return backend.rootUrl;
  }

  public int port() {
    return port;
  }

  /**
   * The key local tools should use: the first configured key, else the default key kept in the
   * data folder's {@code keys.json}.
   */
  public String apiKey() {
    return backend.keys.defaultKey();
  }

  /** The admin key for {@code /_emulator/*}. */
  public String adminKey() {
    return backend.keys.adminKey();
  }

  public Path dataDir() {
    return backend.dataDir;
  }

  /**
   * Waits until no execution is running, so a test can poll once and see the end state.
   *
   * @return false when {@code timeout} passed first
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    return backend.engine.awaitIdle(timeout);
  }

  /**
   * What a user needs to connect, for printing at start: URL, data folder, limits, and the API
   * key. A generated key (kept in {@code keys.json}) is shown in full, since it exists only for
   * this emulator; a key the caller configured is shown masked, since it came from them. The
   * admin key is never shown.
   */
  public String describe() {
    Emulator c = backend.config;
    String n = System.lineSeparator();
    String dir = tempDir != null ? backend.dataDir + " (temporary, deleted on stop)"
        : backend.dataDir.toAbsolutePath() + " (state survives restarts)";
    String key = apiKey();
    boolean generated = !backend.keys.isConfigured(key);
    Path keys = backend.dataDir.toAbsolutePath().resolve("keys.json");
    return "wireform emulator listening on " + baseUrl() + n
        + "  data:      " + dir + n
        + "  limits:    " + backend.limiter.limit(RateLimiter.Bucket.REQUESTS)
        + " requests/min, " + backend.limiter.limit(RateLimiter.Bucket.EXECUTIONS)
        + " executions/min" + n
        + "  credits:   " + backend.credits.available() + " available" + n
        + (c.faults.any() ? "  faults:    fail-rate " + c.faults.failRate() + ", drop-rate "
            + c.faults.dropRate() + ", latency " + c.faults.latency().toMillis() + " ms, seed "
            + c.faults.seed() + n : "")
        + (generated
            ? "  API key:   " + key + "  (generated; kept in " + keys + ")" + n
                + "  use it:    export WIREFLOW_API_KEY=" + key + n
            : "  API key:   " + new ApiKey(key, "k", java.util.Set.of(),
                java.util.Optional.empty()).masked() + "  (the key you configured)" + n)
        + "  admin key: in " + keys + " (for /_emulator/*)" + n;
  }

  /** Stops serving and running; deletes the data folder only if it was a temporary one. */
  @Override
  public void close() {
    http.stop(0);
    pool.shutdownNow();
    backend.close();
    if (tempDir != null) {
      deleteTree(tempDir);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // best effort for a temp folder
        }
      });
    } catch (IOException e) {
      // best effort for a temp folder
    }
  }
}
