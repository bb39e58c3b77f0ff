package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wireform.cli.api.ApiKeySource;
import dev.wireform.cli.api.ClientConfig;
import dev.wireform.cli.api.WireflowClient;
import dev.wireform.compiler.CompiledWorkflow;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.emulator.Emulator;
import dev.wireform.emulator.EmulatorServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The deployer benchmark of {@code docs/benchmarks.md} ("Deployer"), against a real emulator on
 * loopback with real time:
 *
 * <ol>
 *   <li>plan of 500 unchanged workflows with a warm state cache: requests and wall time;
 *   <li>the same plan with no cache, at a 600 requests/min budget;
 *   <li>apply of 200 new workflows at a 600 requests/min emulator budget: wall time against the
 *       floor (requests ÷ budget) and the number of 429s;
 *   <li>with {@code --binding}, the same apply at 60 requests/min, where the budget binds.
 * </ol>
 *
 * Run: {@code ./mvnw -B -q -pl cli -am -Pbench-deploy process-test-classes}
 * (add {@code -Dbench.args=--binding} for the fourth, which takes over three minutes).
 */
public final class DeployBenchmark {
  private DeployBenchmark() {}

  public static void main(String[] args) throws Exception {
    boolean binding = List.of(args).contains("--binding");
    Path dir = Files.createTempDirectory("wireform-deploy-bench");
    System.out.println("| case | requests | 429s | wall time | floor | wall ÷ floor |");
    System.out.println("|---|---|---|---|---|---|");

    List<CompiledWorkflow> five = LiveAccount.corpus(500);
    Path data = dir.resolve("account-500");
    Path wireform = dir.resolve("project-500/.wireform");
    try (Live setup = new Live(data, 100_000)) {
      Deployer d = setup.deployer(wireform);
      Applier.Result r = d.apply(d.plan(five, false), options(), Applier.Progress.NONE);
      check(r.exitCode() == 0 && r.summary().created() == 500, "setup apply: " + r.summary());
    }
    try (Live live = new Live(data, 600)) {
      Deployer d = live.deployer(wireform);
      live.clearLog();
      long t0 = System.nanoTime();
      Plan warm = d.plan(five, false);
      double warmS = seconds(t0);
      check(!warm.hasChanges() && warm.count(Action.NOOP) == 500, "warm plan is not empty");
      row("plan, 500 unchanged, warm cache, 600 req/min", live.count(), live.count429(), warmS);

      Files.delete(StateCache.file(wireform, "bench"));
      live.clearLog();
      t0 = System.nanoTime();
      Plan cold = d.plan(five, false);
      double coldS = seconds(t0);
      check(!cold.hasChanges(), "cold plan is not empty");
      long coldRequests = live.count();
      row("plan, 500 unchanged, no cache, 600 req/min", coldRequests, live.count429(), coldS,
          coldRequests / 10.0);
    }
    apply200(dir.resolve("account-200"), 600);
    if (binding) {
      apply200(dir.resolve("account-200-slow"), 60);
    }
  }

  private static void apply200(Path data, int rpm) throws IOException {
    List<CompiledWorkflow> two = LiveAccount.corpus(200);
    try (Live live = new Live(data, rpm)) {
      Deployer d = live.deployer(data.resolveSibling(data.getFileName() + "-project/.wireform"));
      live.clearLog();
      long t0 = System.nanoTime();
      Applier.Result r = d.apply(d.plan(two, false), options(), Applier.Progress.NONE);
      double s = seconds(t0);
      check(r.exitCode() == 0 && r.summary().created() == 200, "apply: " + r.summary());
      long requests = live.count();
      row("plan + apply, 200 new, " + rpm + " req/min", requests, live.count429(), s,
          requests * 60.0 / rpm);
    }
  }

  private static Applier.Options options() {
    return new Applier.Options(OptionalInt.empty(), 8);
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void row(String name, long requests, long tooMany, double wall) {
    System.out.printf("| %s | %d | %d | %.2f s | — | — |%n", name, requests, tooMany, wall);
  }

  private static void row(String name, long requests, long tooMany, double wall, double floor) {
    System.out.printf("| %s | %d | %d | %.2f s | %.1f s | %.2f× |%n", name, requests, tooMany,
        wall, floor, wall / floor);
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("benchmark precondition failed: " + what);
    }
  }

  /** An emulator with a request budget and a client paced by the same budget, real time. */
  private static final class Live implements AutoCloseable {
    final EmulatorServer server;
    final WireflowClient client;
    final OkHttpClient admin = new OkHttpClient();

    Live(Path data, int rpm) throws IOException {
      server = Emulator.builder().dataDir(data).rateLimit(rpm).executionRateLimit(100_000)
          .nodeDelay(Duration.ZERO).build().start();
      client = WireflowClient.create(ClientConfig.builder(server.baseUrl())
          .apiKey(ApiKeySource.fromEnvironment("K", Map.of("K", server.apiKey())))
          .requestsPerMinute(rpm).build());
    }

    Deployer deployer(Path wireform) {
      DeployTarget target =
          new DeployTarget("bench", "bench", "bench-endpoint", "", false, "wireform.yaml");
      return new Deployer(target, new ClientRemote(client),
          new Normalizer(ParamDefaults.from(Catalog.builtin())), wireform, Clock.systemUTC(),
          () -> UUID.randomUUID().toString(), 8);
    }

    private JsonNode log() throws IOException {
      Request r = new Request.Builder()
          .url(server.rootUrl() + "/_emulator/requests?pathPrefix=/api/v1/")
          .header("Authorization", "Bearer " + server.adminKey()).build();
      try (Response response = admin.newCall(r).execute()) {
        return Json.parse(response.body().string());
      }
    }

    long count() throws IOException {
      return log().path("count").asLong();
    }

    long count429() throws IOException {
      long n = 0;
      for (JsonNode e : log().path("requests")) {
        n += e.path("status").asInt() == 429 ? 1 : 0;
      }
      return n;
    }

    void clearLog() throws IOException {
      Request r = new Request.Builder().url(server.rootUrl() + "/_emulator/requests").delete()
          .header("Authorization", "Bearer " + server.adminKey()).build();
      try (Response ignored = admin.newCall(r).execute()) {
        // cleared
      }
    }

    @Override
    public void close() {
      client.close();
      server.close();
    }
  }
}
