package dev.wireform.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wireform.cli.CliRun;
import dev.wireform.cli.Invocation;
import dev.wireform.cli.RootCommand;
import dev.wireform.cli.api.ApiKeySource;
import dev.wireform.cli.api.ClientConfig;
import dev.wireform.cli.api.Secret;
import dev.wireform.cli.api.Sleeper;
import dev.wireform.cli.api.WireflowClient;
import dev.wireform.cli.run.RunContext;
import dev.wireform.cli.run.StopSignal;
import dev.wireform.emulator.Emulator;
import dev.wireform.emulator.EmulatorServer;
import dev.wireform.emulator.SimulatedTime;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/**
 * The examples' ClarityAI workflow and sample image in a temporary project, deployed to a
 * standalone emulator that runs in manual simulated time: every wait of the CLI moves the
 * emulator's clock, so a node that works 60 s ends exactly when the CLI has waited 60 s, and no
 * test sleeps. The CLI runs in-process through {@link RootCommand#commandLine} with captured
 * output.
 */
final class RunWorld implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  static final String PROJECT = "wireform-examples";
  static final String ENV = "local";
  static final String KEY = "clarity-upscale";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Wakes the emulator's simulated work whenever the CLI moves the clock. */
  private static final Object TICK = new Object();

  final Path project;
  final SimulatedTime time;
  final EmulatorServer server;
  private final CountDownLatch nodeWorking;
  private final List<Duration> waits = new ArrayList<>();
  private final List<Runnable> stopListeners = new ArrayList<>();
  private final AtomicInteger keys = new AtomicInteger();
  private final HttpClient http = HttpClient.newHttpClient();
  private Optional<Instant> workEnd = Optional.empty();
  private int stopAtWait = -1;

  private RunWorld(
      Path project, SimulatedTime time, CountDownLatch nodeWorking, EmulatorServer server) {
    this.project = project;
    this.time = time;
    this.nodeWorking = nodeWorking;
    this.server = server;
  }

  /** The examples' project under {@code dir}, and an emulator set up by {@code tweak}. */
  static RunWorld start(Path dir, Consumer<Emulator.Builder> tweak) throws IOException {
    Path project = copyExamples(dir.resolve("project"));
    SimulatedTime time = SimulatedTime.manual(T0);
    CountDownLatch working = new CountDownLatch(1);
    Emulator.Builder b =
        Emulator.builder()
            .dataDir(dir.resolve("emulator"))
            .clock(time)
            .sleeper(d -> {
              if (d.compareTo(Duration.ZERO) <= 0) {
                return;
              }
              // The end is fixed before the CLI may move the clock (it waits for the latch).
              Instant end = time.instant().plus(d);
              working.countDown();
              synchronized (TICK) {
                while (time.instant().isBefore(end)) {
                  TICK.wait();
                }
              }
            })
            .rateLimit(100_000)
            .executionRateLimit(100_000);
    tweak.accept(b);
    EmulatorServer server = b.build().start();
    Files.writeString(
        project.resolve("wireform.yaml"),
        "project: " + PROJECT + "\n"
            + "workflows: [workflows]\n"
            + "environments:\n"
            + "  " + ENV + ":\n"
            + "    endpoint: " + server.baseUrl() + "\n"
            + "    plan: enterprise\n"
            + "default: " + ENV + "\n");
    return new RunWorld(project, time, working, server);
  }

  static RunWorld start(Path dir) throws IOException {
    return start(dir, b -> {});
  }

  static Path examples() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("examples/wireform.yaml"))) {
        return p.resolve("examples");
      }
    }
    throw new IllegalStateException("no examples/ at or above " + here);
  }

  /** The examples' ClarityAI workflow and image (not its wireform.yaml) copied to {@code to}. */
  static Path copyExamples(Path to) throws IOException {
    Path ex = examples();
    Files.createDirectories(to.resolve("workflows"));
    Files.createDirectories(to.resolve("images"));
    Files.copy(ex.resolve("workflows/clarity-upscale.yaml"),
        to.resolve("workflows/clarity-upscale.yaml"));
    Files.copy(ex.resolve("images/product.png"), to.resolve("images/product.png"));
    return to;
  }

  /**
   * Deploys the project with {@code wireform apply --auto-approve} (the ownership marker goes
   * into each workflow's tags) and returns the id of the ClarityAI workflow.
   */
  String deploy() {
    CliRun apply = CliRun.wireform(project, Map.of("WIREFLOW_API_KEY", server.apiKey()),
        "apply", "--auto-approve");
    if (apply.exitCode() != 0) {
      throw new IllegalStateException("apply failed: " + apply);
    }
    try (WireflowClient c = client()) {
      return c.listWorkflows().stream()
          .filter(w -> w.tags().contains("wireform:key=" + KEY))
          .findFirst().orElseThrow().id();
    }
  }

  WireflowClient client() {
    return WireflowClient.create(
        ClientConfig.builder(server.baseUrl())
            .apiKey(ApiKeySource.of(Secret.of(server.apiKey())))
            .requestsPerMinute(0)
            .clock(time)
            .build());
  }

  /** Node {@code nodeId} works {@code work} of simulated time from now before it runs. */
  void nodeWorks(String nodeId, Duration work) {
    admin("PUT", "/_emulator/behaviours",
        "{\"behaviours\":[{\"nodeId\":\"" + nodeId + "\",\"delayMs\":" + work.toMillis() + "}]}");
    workEnd = Optional.of(time.instant().plus(work));
  }

  /** Node {@code nodeId} fails with {@code message}. */
  void nodeFails(String nodeId, String message) {
    admin("PUT", "/_emulator/behaviours",
        "{\"behaviours\":[{\"nodeId\":\"" + nodeId + "\",\"fail\":\"" + message + "\"}]}");
  }

  /** Ctrl-C during the {@code n}th wait (1-based). */
  void stopAtWait(int n) {
    stopAtWait = n;
  }

  List<Duration> waits() {
    synchronized (waits) {
      return List.copyOf(waits);
    }
  }

  /** The emulator's log of API requests with {@code method} whose path ends with {@code end}. */
  List<JsonNode> requests(String method, String end) {
    JsonNode log = admin("GET", "/_emulator/requests?method=" + method, null);
    List<JsonNode> out = new ArrayList<>();
    log.path("requests").forEach(r -> {
      if (r.path("path").asText().endsWith(end)) {
        out.add(r);
      }
    });
    return out;
  }

  List<JsonNode> executeCalls() {
    return requests("POST", "/execute");
  }

  List<JsonNode> polls() {
    return requests("GET", "/poll");
  }

  JsonNode admin(String method, String path, String body) {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.rootUrl() + path))
        .header("Authorization", "Bearer " + server.adminKey());
    r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      r.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> res = http.send(r.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (res.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + path + ": " + res.statusCode() + " "
            + res.body());
      }
      return JSON.readTree(res.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The context the CLI runs with: simulated time, recorded waits, a test Ctrl-C. */
  RunContext context() {
    Sleeper sleeper = d -> {
      int n;
      synchronized (waits) {
        waits.add(d);
        n = waits.size();
      }
      if (n == stopAtWait) {
        List.copyOf(stopListeners).forEach(Runnable::run);
      }
      if (Thread.interrupted()) {
        throw new InterruptedException("stopped");
      }
      if (workEnd.isPresent() && n == 1) {
        // The node must be at work (its end fixed) before the CLI's first wait moves the clock.
        nodeWorking.await(10, TimeUnit.SECONDS);
      }
      time.advance(d);
      synchronized (TICK) {
        TICK.notifyAll();
      }
      if (workEnd.isEmpty() || !time.instant().isBefore(workEnd.get())) {
        server.awaitIdle(Duration.ofSeconds(10));
      }
    };
    StopSignal stops = onStop -> {
      stopListeners.add(onStop);
      return () -> stopListeners.remove(onStop);
    };
    return new RunContext(time, sleeper, stops, () -> "test-key-" + keys.incrementAndGet(),
        b -> b.requestsPerMinute(0).executionsPerMinute(0));
  }

  /** {@code wireform ARGS} in the project folder, with the emulator's key in the environment. */
  CliRun wireform(String... args) {
    return wireform(project, context(), Map.of("WIREFLOW_API_KEY", server.apiKey()), args);
  }

  /** {@code wireform ARGS} run in-process with {@code context}. */
  static CliRun wireform(Path cwd, RunContext context, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    CommandLine cmd =
        RootCommand.commandLine(new Invocation(env, cwd.toAbsolutePath(), false), o, e, false);
    ((RunCommand) cmd.getSubcommands().get("run").getCommand()).use(context);
    ((TriggerCommand) cmd.getSubcommands().get("trigger").getCommand()).use(context);
    ((StatusCommand) cmd.getSubcommands().get("status").getCommand()).use(context);
    int code = cmd.execute(args);
    o.flush();
    e.flush();
    return new CliRun(code, out.toString(), err.toString());
  }

  /** A context for runs on the real-time embedded emulator: waits are recorded, not slept. */
  static RunContext instant(List<Duration> waits) {
    Clock start = Clock.fixed(T0, java.time.ZoneOffset.UTC);
    Instant[] now = {start.instant()};
    Clock clock = new Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return java.time.ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public synchronized Instant instant() {
        return now[0];
      }
    };
    Sleeper sleeper = d -> {
      synchronized (waits) {
        waits.add(d);
      }
      synchronized (clock) {
        now[0] = now[0].plus(d);
      }
    };
    AtomicInteger keys = new AtomicInteger();
    return new RunContext(clock, sleeper, StopSignal.NEVER,
        () -> "embedded-key-" + keys.incrementAndGet(), UnaryOperator.identity());
  }

  @Override
  public void close() {
    server.close();
  }
}
