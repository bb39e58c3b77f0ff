package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wireform.cli.api.ApiKeySource;
import dev.wireform.cli.api.ClientConfig;
import dev.wireform.cli.api.RetryPolicy;
import dev.wireform.cli.api.WireflowClient;
import dev.wireform.compiler.Compilation;
import dev.wireform.compiler.CompiledWorkflow;
import dev.wireform.compiler.Compiler;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Workflow;
import dev.wireform.emulator.Emulator;
import dev.wireform.emulator.EmulatorServer;
import dev.wireform.emulator.SimulatedTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A real emulator on a loopback port with simulated time, and a real {@link WireflowClient}
 * on the same time: what the end-to-end tests deploy to. The emulator's request log counts the
 * calls.
 */
final class LiveAccount implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:30Z");

  final SimulatedTime time = SimulatedTime.autoAdvance(T0);
  final EmulatorServer server;
  final WireflowClient client;
  private final OkHttpClient admin = new OkHttpClient();

  LiveAccount(Path dir, Consumer<Emulator.Builder> emulator, int clientRpm) {
    Emulator.Builder b = Emulator.builder().dataDir(dir.resolve("emulator")).time(time)
        .rateLimit(100_000).executionRateLimit(100_000).nodeDelay(Duration.ZERO);
    emulator.accept(b);
    try {
      server = b.build().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    client = WireflowClient.create(
        ClientConfig.builder(server.baseUrl())
            .apiKey(ApiKeySource.fromEnvironment("WIREFLOW_API_KEY",
                Map.of("WIREFLOW_API_KEY", server.apiKey())))
            .requestsPerMinute(clientRpm)
            .retry(new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(90)))
            .clock(time)
            .sleeper(time::sleep)
            .build());
  }

  LiveAccount(Path dir) {
    this(dir, b -> {}, 0);
  }

  DeployTarget target(String env) {
    return new DeployTarget("media", env, server.baseUrl(), "", false, "wireform.yaml");
  }

  Deployer deployer(Path wireformDir, String env) {
    return new Deployer(target(env), new ClientRemote(client),
        new Normalizer(ParamDefaults.from(Catalog.builtin())), wireformDir, time,
        () -> UUID.randomUUID().toString(), 8);
  }

  /** The calls the emulator logged under {@code /api/v1/workflows}. */
  List<JsonNode> calls() {
    settle();
    return log("pathPrefix=/api/v1/workflows");
  }

  private List<JsonNode> log(String filter) {
    Request r = new Request.Builder()
        .url(server.rootUrl() + "/_emulator/requests?" + filter)
        .header("Authorization", "Bearer " + server.adminKey()).build();
    try (Response response = admin.newCall(r).execute()) {
      JsonNode body = Json.parse(response.body().string());
      List<JsonNode> out = new ArrayList<>();
      body.path("requests").forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until every request answered so far is in the log. The emulator logs a request just
   * after answering it, so a probe request is sent and awaited in the log: every earlier call
   * finished before the probe was sent.
   */
  private void settle() {
    String probe = UUID.randomUUID().toString();
    Request r = new Request.Builder().url(server.baseUrl() + "/nodes?probe=" + probe)
        .header("Authorization", "Bearer " + server.apiKey()).build();
    try (Response ignored = admin.newCall(r).execute()) {
      // answered; now wait for its log entry
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < 10_000; i++) {
      if (log("path=/api/v1/nodes").stream()
          .anyMatch(e -> e.path("query").asText().contains(probe))) {
        return;
      }
      Thread.onSpinWait();
    }
    throw new IllegalStateException("the probe request never reached the emulator's log");
  }

  long count(String method) {
    return calls().stream().filter(c -> c.path("method").asText().equals(method)).count();
  }

  long writes() {
    return count("POST") + count("PUT") + count("DELETE");
  }

  long status(int status) {
    return calls().stream().filter(c -> c.path("status").asInt() == status).count();
  }

  void clearLog() {
    settle();
    Request r = new Request.Builder()
        .url(server.rootUrl() + "/_emulator/requests").delete()
        .header("Authorization", "Bearer " + server.adminKey()).build();
    try (Response response = admin.newCall(r).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("cannot clear the request log: " + response.code());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many workflows the account holds. */
  int size() {
    return client.listWorkflows().size();
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }

  /** {@code n} ClarityAI workflows {@code wf-000…}, compiled with the built-in catalog. */
  static List<CompiledWorkflow> corpus(int n) {
    List<Workflow> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(clarity(String.format("wf-%03d", i), "Upscale " + i, 2));
    }
    return compile(list);
  }

  static Workflow clarity(String key, String name, int scale) {
    return Workflow.builder(key, name)
        .node(Node.builder("input-1", "input:text").label("Image URL")
            .param("prompt", "https://img.example/" + key + ".png").build())
        .node(Node.builder("upscale-1", "process:clarityai_crystal_upscaler")
            .label("ClarityAI Upscaler").param("scale_factor", (long) scale)
            .input("image_url", new PortRef("input-1", "prompt")).build())
        .build();
  }

  static List<CompiledWorkflow> compile(List<Workflow> workflows) {
    Compilation c = new Compiler(Catalog.builtin()).compile(workflows);
    if (c.hasErrors()) {
      throw new IllegalStateException("test workflows do not compile: " + c.diagnostics());
    }
    return c.workflows();
  }

  /** Every {@code *.yaml} workflow in {@code folder}, read and compiled. */
  static List<CompiledWorkflow> compileFolder(Path folder) throws IOException {
    List<Workflow> list = new ArrayList<>();
    try (var files = java.nio.file.Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        dev.wireform.dsl.diag.Diagnostics d = new dev.wireform.dsl.diag.Diagnostics();
        list.add(dev.wireform.dsl.yaml.YamlWorkflowReader.read(f.toString(),
            java.nio.file.Files.readAllBytes(f), d).orElseThrow(
                () -> new IllegalStateException(d.sorted().toString())));
      }
    }
    return compile(list);
  }
}
