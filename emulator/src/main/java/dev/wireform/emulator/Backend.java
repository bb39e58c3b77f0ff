package dev.wireform.emulator;

import dev.wireform.dsl.catalog.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Everything an emulator holds, wired together; the HTTP layer calls into it. */
final class Backend implements AutoCloseable {
  final Emulator config;
  final Clock clock;
  final Sleeper sleeper;
  final String rootUrl;
  final String apiUrl;
  final Path dataDir;
  final Keyring keys;
  final RateLimiter limiter;
  final Idempotency idempotency;
  final RequestLog log;
  final FaultInjector faults;
  final Credits credits;
  final MediaStore media;
  final WorkflowStore workflows;
  final ExecutionEngine engine;
  final Catalog catalog;
  final GraphLint lint;
  final List<NodeBehaviour> behaviours;
  final byte[] catalogJson;
  /** Whether the server listens on a loopback interface only (then file: URLs may be read). */
  final boolean loopbackOnly;

  private Backend(Emulator config, Path dataDir, String rootUrl) throws IOException {
    this.config = config;
    this.clock = config.clock;
    this.sleeper = config.sleeper;
    this.rootUrl = rootUrl;
    this.apiUrl = rootUrl + "/api/v1";
    this.dataDir = dataDir;
    this.loopbackOnly = isLoopback(config.host);
    Files.createDirectories(dataDir);
    AtomicFiles.removeTempFiles(dataDir);
    this.keys = Keyring.load(dataDir, config.apiKeys, config.adminKey);
    this.limiter = new RateLimiter(config.requestsPerMinute, config.executionsPerMinute);
    this.idempotency = Idempotency.load(dataDir, clock.instant());
    this.log = new RequestLog(config.requestLogSize);
    this.faults = new FaultInjector(config.faults);
    this.credits = Credits.load(dataDir, config.nodeCosts, config.credits);
    this.media = new MediaStore(dataDir, rootUrl);
    media.removeTempFiles();
    this.workflows = WorkflowStore.load(dataDir, clock, apiUrl);
    this.catalog = config.catalog.orElseGet(BuiltinCatalog::get);
    this.lint = new GraphLint(catalog);
    this.behaviours = new CopyOnWriteArrayList<>(config.behaviours);
    this.engine = new ExecutionEngine(dataDir, clock, sleeper, credits, catalog, media,
        () -> behaviours, config.nodeDelay, config.maxOutputPixels, config.executionThreads,
        loopbackOnly);
    this.catalogJson = Json.bytes(CatalogJson.render(catalog));
  }

  private static boolean isLoopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  static Backend open(Emulator config, Path dataDir, String rootUrl) throws IOException {
    return new Backend(config, dataDir, rootUrl);
  }

  /** Wipes workflows, executions, media, idempotency records, the request log and limits. */
  void reset() throws IOException {
    engine.awaitIdleQuietly();
    workflows.clear();
    engine.clear();
    media.clear();
    idempotency.clear();
    limiter.reset();
    credits.reset();
    log.clear();
    behaviours.clear();
  }

  @Override
  public void close() {
    engine.close();
  }
}
