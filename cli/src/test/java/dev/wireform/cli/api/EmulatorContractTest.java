package dev.wireform.cli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.wireform.emulator.ApiKey;
import dev.wireform.emulator.Emulator;
import dev.wireform.emulator.EmulatorServer;
import dev.wireform.emulator.Scope;
import dev.wireform.emulator.SimulatedTime;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real client against the real emulator over loopback HTTP on a random port. Time is
 * simulated and shared: the client's sleeper moves the emulator's clock, so waits are honoured
 * without real sleeping.
 */
class EmulatorContractTest {
  /** On a minute boundary, so the emulator's fixed rate windows start with the test. */
  private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

  private static final String ADMIN_KEY = "sk-admin-contract-7d1e";
  private static final OkHttpClient ADMIN_HTTP = new OkHttpClient();

  @TempDir Path dir;

  private final SimulatedTime time = SimulatedTime.autoAdvance(START);
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final CapturingLog log = new CapturingLog();
  private final List<WireflowClient> clients = new ArrayList<>();
  private EmulatorServer emu;

  @AfterEach
  void stop() {
    clients.forEach(WireflowClient::close);
    if (emu != null) {
      emu.close();
    }
  }

  private EmulatorServer start(Consumer<Emulator.Builder> tweak) throws IOException {
    Emulator.Builder b =
        Emulator.builder()
            .dataDir(dir.resolve("data"))
            .time(time)
            .nodeDelay(Duration.ZERO)
            .rateLimit(100_000)
            .executionRateLimit(100_000)
            .apiKey(ApiKey.allScopes(Harness.CANARY, "canary"))
            .adminKey(ADMIN_KEY);
    tweak.accept(b);
    emu = b.build().start();
    return emu;
  }

  private EmulatorServer start() throws IOException {
    return start(b -> {});
  }

  private WireflowClient client(String key, Consumer<ClientConfig.Builder> tweak) {
    ClientConfig.Builder b =
        ClientConfig.builder(emu.baseUrl())
            .apiKey(
                key == null
                    ? ApiKeySource.none()
                    : ApiKeySource.fromEnvironment("WIREFLOW_API_KEY", Map.of("WIREFLOW_API_KEY", key)))
            .requestsPerMinute(0)
            .clock(time)
            .sleeper(
                d -> {
                  waits.add(d);
                  time.advance(d);
                })
            .random(new FixedRandom(1.0))
            .log(log);
    tweak.accept(b);
    WireflowClient c = WireflowClient.create(b.build());
    clients.add(c);
    return c;
  }

  private WireflowClient client() {
    return client(Harness.CANARY, b -> {});
  }

  private static JsonNode json(String s) {
    try {
      return Json.MAPPER.readTree(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The emulator's request log once it holds {@code expected} entries. The emulator logs a call
   * just after answering it, so the last call's entry may trail its answer by a moment.
   */
  private JsonNode requestLog(String query, int expected) throws Exception {
    for (int i = 0; i < 500; i++) {
      JsonNode log = requestLog(query);
      if (log.get("count").asInt() >= expected) {
        return log;
      }
      Thread.sleep(10);
    }
    return requestLog(query);
  }

  /** The emulator's request log, through its admin API. */
  private JsonNode requestLog(String query) throws IOException {
    Request r =
        new Request.Builder()
            .url(emu.rootUrl() + "/_emulator/requests" + query)
            .header("Authorization", "Bearer " + ADMIN_KEY)
            .build();
    try (Response resp = ADMIN_HTTP.newCall(r).execute()) {
      return Json.MAPPER.readTree(resp.body().string());
    }
  }

  private void setFaults(String json) throws IOException {
    Request r =
        new Request.Builder()
            .url(emu.rootUrl() + "/_emulator/faults")
            .header("Authorization", "Bearer " + ADMIN_KEY)
            .put(RequestBody.create(MediaType.get("application/json"), json))
            .build();
    try (Response resp = ADMIN_HTTP.newCall(r).execute()) {
      assertThat(resp.code()).isEqualTo(200);
    }
  }

  /**
   * Each logged call as "METHOD path status". The emulator logs a call after answering it, so
   * the log's order may differ from the order of the calls; tests compare in any order.
   */
  private static List<String> calls(JsonNode log) {
    List<String> out = new ArrayList<>();
    log.get("requests")
        .forEach(e -> out.add(e.get("method").asText() + " " + e.get("path").asText() + " "
            + e.get("status").asText()));
    return out;
  }

  private static List<String> column(JsonNode log, String field) {
    List<String> out = new ArrayList<>();
    log.get("requests").forEach(e -> out.add(e.get(field).asText()));
    return out;
  }

  /** The ClarityAI guide's two-node workflow, plus a field only the canvas knows about. */
  private static ObjectNode clarity(String name) {
    return (ObjectNode)
        json(
            "{\"name\":\"" + name + "\",\"description\":\"guide\",\"tags\":[\"upscale\"],"
                + "\"canvasNote\":{\"text\":\"made in the canvas\",\"color\":\"#ffcc00\"},"
                + "\"nodes\":["
                + "{\"id\":\"input-1\",\"type\":\"basedNode\",\"position\":{\"x\":0,\"y\":0},"
                + "\"data\":{\"label\":\"Image URL\",\"nodeType\":\"input:text\","
                + "\"category\":\"input\",\"params\":{\"prompt\":\"\"},\"inputs\":[],"
                + "\"outputs\":[{\"id\":\"prompt\",\"type\":\"TEXT\",\"label\":\"Text\"}]}},"
                + "{\"id\":\"upscale-1\",\"type\":\"basedNode\",\"position\":{\"x\":500,\"y\":0},"
                + "\"data\":{\"label\":\"ClarityAI Upscaler\","
                + "\"nodeType\":\"process:clarityai_crystal_upscaler\",\"category\":\"process\","
                + "\"params\":{\"scale_factor\":2},"
                + "\"inputs\":[{\"id\":\"image_url\",\"type\":\"IMAGE\",\"label\":\"Image\"}],"
                + "\"outputs\":[{\"id\":\"images\",\"type\":\"IMAGE\","
                + "\"label\":\"Upscaled Image\"}]}}],"
                + "\"edges\":[{\"id\":\"edge-1\",\"source\":\"input-1\",\"target\":\"upscale-1\","
                + "\"sourceHandle\":\"out-prompt\",\"targetHandle\":\"in-image_url\"}]}");
  }

  private Path png(String name) throws IOException {
    BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
    img.setRGB(3, 3, 0xff0000);
    Path file = dir.resolve(name);
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  @Test
  void everyEndpointWorksEndToEnd() throws Exception {
    start();
    WireflowClient c = client();

    UploadedMedia media = c.uploadMedia(png("in.png"));
    SavedWorkflow created = c.createWorkflow(clarity("Upscaler"));
    String id = created.id();
    List<WorkflowSummary> all = c.listWorkflows();
    List<WorkflowSummary> inactive = c.listWorkflows(WorkflowFilter.all().withActive(false));
    RemoteWorkflow got = c.getWorkflow(id);
    ObjectNode edit = got.editableCopy();
    edit.put("description", "edited by wireform");
    SavedWorkflow updated = c.updateWorkflow(id, edit, got.updatedAt().orElseThrow());
    RunInfo runInfo = c.getRunInfo(id);
    ExecutionStart run = c.run(id, Map.of("input-1", TextNode.valueOf(media.url())));
    ObjectNode override =
        (ObjectNode)
            json(
                "{\"id\":\"input-1\",\"data\":{\"params\":{\"prompt\":\"" + media.url() + "\"}}}");
    ExecutionStart exec =
        c.execute(
            id,
            ExecuteRequest.of(Json.MAPPER.createArrayNode().add(override),
                Json.MAPPER.createArrayNode()));
    assertThat(emu.awaitIdle(Duration.ofSeconds(30))).isTrue();
    ExecutionStatus runStatus = c.poll(run.executionId());
    ExecutionStatus execStatus = c.poll(exec.executionId());
    TriggerInfo trigger = c.getTrigger(id);
    ExecutionStart triggered = client(null, b -> {}).trigger(id, json("{\"prompt\":\"x\"}"));
    List<CatalogNode> catalog = c.listNodes();
    c.deleteWorkflow(id);
    NotFoundException gone = catchThrowableOfType(NotFoundException.class, () -> c.getWorkflow(id));

    assertThat(media.url()).startsWith(emu.rootUrl() + "/files/");
    assertThat(created.workflow().name()).isEqualTo("Upscaler");
    assertThat(all).extracting(WorkflowSummary::id).containsExactly(id);
    assertThat(inactive).isEmpty();
    assertThat(got.json().get("canvasNote")).isEqualTo(json(
        "{\"text\":\"made in the canvas\",\"color\":\"#ffcc00\"}"));
    assertThat(updated.workflow().json().get("description").asText())
        .isEqualTo("edited by wireform");
    assertThat(updated.workflow().json().get("canvasNote")).isNotNull();
    assertThat(runInfo.inputs()).extracting(RunInput::nodeId).containsExactly("input-1");
    assertThat(run.state()).isEqualTo(ExecutionState.RUNNING);
    assertThat(exec.location())
        .contains(emu.baseUrl() + "/workflows/executions/" + exec.executionId() + "/poll");
    assertThat(runStatus.state()).isEqualTo(ExecutionState.COMPLETED);
    assertThat(execStatus.state()).isEqualTo(ExecutionState.COMPLETED);
    assertThat(execStatus.node("upscale-1").orElseThrow().outputUrls())
        .singleElement()
        .asString()
        .startsWith(emu.rootUrl() + "/files/");
    assertThat(execStatus.outputUrls()).isNotEmpty();
    assertThat(trigger.workflowId()).isEqualTo(id);
    assertThat(triggered.state()).isEqualTo(ExecutionState.QUEUED);
    assertThat(catalog)
        .extracting(CatalogNode::nodeType)
        .contains("input:text", "process:clarityai_crystal_upscaler");
    assertThat(gone.status()).isEqualTo(404);
    String wf = "/api/v1/workflows/" + id;
    assertThat(calls(requestLog("?pathPrefix=/api/v1", 16)))
        .containsExactlyInAnyOrder(
            "POST /api/v1/media/upload 201",
            "POST /api/v1/workflows 201",
            "GET /api/v1/workflows 200",
            "GET /api/v1/workflows 200",
            "GET " + wf + " 200",
            "PUT " + wf + " 200",
            "GET " + wf + "/run 200",
            "POST " + wf + "/run 202",
            "POST " + wf + "/execute 201",
            "GET /api/v1/workflows/executions/" + run.executionId() + "/poll 200",
            "GET /api/v1/workflows/executions/" + exec.executionId() + "/poll 200",
            "GET /api/v1/workflow/" + id + "/trigger 200",
            "POST /api/v1/workflow/" + id + "/trigger 202",
            "GET /api/v1/nodes 200",
            "DELETE " + wf + " 200",
            "GET " + wf + " 404");
  }

  @Test
  void authFailuresCarryTheServersMessageAndRequestId() throws Exception {
    start(b -> b.apiKey(ApiKey.allScopes("sk-old-key-0001", "old").expiringAt(START))
        .apiKey(ApiKey.withScopes("sk-reader-0001", "reader", Scope.WORKFLOWS_READ)));

    AuthException unknown =
        catchThrowableOfType(
            AuthException.class, () -> client("sk-unknown-0001", b -> {}).listWorkflows());
    AuthException expired =
        catchThrowableOfType(
            AuthException.class, () -> client("sk-old-key-0001", b -> {}).listWorkflows());
    AuthException format =
        catchThrowableOfType(
            AuthException.class, () -> client("pk-not-a-key", b -> {}).listWorkflows());
    AuthException scope =
        catchThrowableOfType(
            AuthException.class,
            () -> client("sk-reader-0001", b -> {}).createWorkflow(clarity("x")));

    assertThat(unknown.getMessage())
        .matches(
            "HTTP 401 Unauthorized: GET /workflows: Invalid API key \\(request id req_[0-9a-f]{24}\\)\n"
                + "  fix: check the key in WIREFLOW_API_KEY; if it was deleted or has expired,"
                + " create a new one under Settings > API Keys");
    assertThat(expired.serverMessage()).isEqualTo("API key has expired");
    assertThat(expired.fix()).contains("the key in WIREFLOW_API_KEY has expired: create a new one"
        + " under Settings > API Keys and put it in WIREFLOW_API_KEY");
    assertThat(format.serverMessage()).isEqualTo("Invalid API key format. Expected: Bearer sk-...");
    assertThat(scope.getMessage())
        .matches(
            "HTTP 403 Forbidden: POST /workflows: Forbidden \\(request id req_[0-9a-f]{24}\\)\n"
                + "  fix: the key in WIREFLOW_API_KEY may lack the 'workflows:write' scope, or the"
                + " resource belongs to another account; create a key with that scope under"
                + " Settings > API Keys");
  }

  @Test
  void everyOtherErrorClassTheEmulatorProducesIsTyped() throws Exception {
    start(b -> b.credits(1).nodeCost("process:clarityai_crystal_upscaler", 5));
    WireflowClient c = client();
    String id = c.createWorkflow(clarity("A")).id();
    RemoteWorkflow read = c.getWorkflow(id);
    ObjectNode edit = read.editableCopy();
    edit.put("description", "first edit");
    c.updateWorkflow(id, edit, read.updatedAt().orElseThrow());
    time.advance(Duration.ofSeconds(1));

    NotFoundException notFound =
        catchThrowableOfType(NotFoundException.class, () -> c.poll("ex_missing"));
    BadRequestException missingFields =
        catchThrowableOfType(
            BadRequestException.class, () -> c.createWorkflow(json("{\"name\":\"x\"}")));
    ConflictException stale =
        catchThrowableOfType(
            ConflictException.class,
            () -> c.updateWorkflow(id, edit, read.updatedAt().orElseThrow()));
    ObjectNode unknownType = clarity("B");
    ((ObjectNode) unknownType.at("/nodes/1/data")).put("nodeType", "process:no_such_node");
    InvalidGraphException invalid =
        catchThrowableOfType(InvalidGraphException.class, () -> c.createWorkflow(unknownType));
    InsufficientCreditsException credits =
        catchThrowableOfType(
            InsufficientCreditsException.class,
            () -> c.run(id, Map.of("input-1", TextNode.valueOf("https://x/y.png"))));
    ObjectNode inactive = clarity("C");
    inactive.put("isActive", false);
    String inactiveId = c.createWorkflow(inactive).id();
    BadRequestException notActive =
        catchThrowableOfType(BadRequestException.class, () -> c.run(inactiveId, Map.of()));
    c.createWorkflow(clarity("D"), "same-key");
    BadRequestException reused =
        catchThrowableOfType(
            BadRequestException.class, () -> c.createWorkflow(clarity("E"), "same-key"));

    assertThat(notFound.getMessage())
        .startsWith("HTTP 404 Not Found: GET /workflows/executions/ex_missing/poll: Execution"
            + " not found (request id req_");
    assertThat(missingFields.serverMessage()).isEqualTo("Missing required fields: name, nodes, edges");
    assertThat(stale.currentUpdatedAt()).isPresent();
    assertThat(stale.yourBaseUpdatedAt()).contains(read.updatedAt().orElseThrow());
    assertThat(stale.serverMessage()).contains("was updated at");
    assertThat(invalid.violations()).isNotEmpty();
    assertThat(invalid.violations().get(0).nodeId()).contains("upscale-1");
    assertThat(credits.required()).contains(new java.math.BigDecimal("5"));
    assertThat(credits.available()).contains(java.math.BigDecimal.ONE);
    assertThat(credits.breakdown())
        .contains(new CreditCharge("upscale-1", Optional.of("ClarityAI Upscaler"),
            new java.math.BigDecimal("5")));
    assertThat(credits.fix()).contains("add at least 4 credits (required 5, available 1), or run"
        + " fewer nodes");
    assertThat(notActive.serverMessage()).isEqualTo("Workflow is not active");
    assertThat(notActive.fix())
        .contains("activate the workflow (active: true in its YAML, then apply) before running it");
    assertThat(reused.status()).isEqualTo(422);
  }

  @Test
  void aRateLimitedCallWaitsTheServersRetryAfterThenSucceeds() throws Exception {
    start(b -> b.rateLimit(3));
    WireflowClient other = client();
    for (int i = 0; i < 3; i++) {
      other.listWorkflows();
    }

    // A second process that has not seen the exhausted budget runs into the 429.
    List<WorkflowSummary> list = client().listWorkflows();

    assertThat(list).isEmpty();
    assertThat(waits).containsExactly(Duration.ofSeconds(60));
    assertThat(column(requestLog("?path=/api/v1/workflows", 5), "status"))
        .containsExactlyInAnyOrder("200", "200", "200", "429", "200");
    assertThat(log.lines()).contains("retry: GET /workflows got HTTP 429; attempt 2 of 4 in 60 s");
  }

  @Test
  void aRateLimitedCallFailsTypedWhenRetriesAreOff() throws Exception {
    start(b -> b.rateLimit(1));
    client().listWorkflows();

    RateLimitedException e =
        catchThrowableOfType(
            RateLimitedException.class,
            () -> client(Harness.CANARY, b -> b.retry(RetryPolicy.none())).listWorkflows());

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
    assertThat(e.resetAt()).contains(START.plusSeconds(60));
    assertThat(e.limit()).hasValue(1);
    assertThat(e.serverMessage()).isEqualTo("Too many requests. Please try again later.");
  }

  @Test
  void theClientBudgetKeepsALargeOperationFreeOf429() throws Exception {
    start(b -> b.rateLimit(5));
    WireflowClient c = client(Harness.CANARY, b -> b.requestsPerMinute(5));

    for (int i = 0; i < 12; i++) {
      c.listWorkflows();
    }

    assertThat(waits).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60));
    assertThat(column(requestLog("?path=/api/v1/workflows", 12), "status"))
        .hasSize(12)
        .containsOnly("200");
  }

  @Test
  void serverErrorsAndDroppedConnectionsAreRetriedThenTyped() throws Exception {
    start();
    WireflowClient c = client();
    setFaults("{\"failRate\":1.0,\"dropRate\":0.0,\"seed\":1}");
    ServerException server = catchThrowableOfType(ServerException.class, c::listWorkflows);
    setFaults("{\"failRate\":0.0,\"dropRate\":1.0,\"seed\":1}");
    NetworkException network = catchThrowableOfType(NetworkException.class, c::listWorkflows);

    assertThat(server.getMessage())
        .matches(
            "HTTP 500 Internal Server Error: GET /workflows: Internal server error \\(request id"
                + " req_[0-9a-f]{24}, after 4 attempts\\)\n"
                + "  fix: retry later; if it keeps failing, give Wireflow support the request id");
    assertThat(network.getMessage())
        .startsWith("GET /workflows: connection to 127.0.0.1:" + emu.port() + " failed (")
        .contains("(after 4 attempts)\n  fix: check that the server at " + emu.baseUrl()
            + "/ is running and reachable, then retry");
    assertThat(column(requestLog("?path=/api/v1/workflows", 8), "outcome"))
        .containsExactlyInAnyOrder(
            "fault", "fault", "fault", "fault", "dropped", "dropped", "dropped", "dropped");
    assertThat(waits).hasSize(6);
  }

  @Test
  void aRepeatedPostWithTheSameKeyIsReplayedNotRedone() throws Exception {
    start();
    WireflowClient c = client();

    SavedWorkflow first = c.createWorkflow(clarity("Once"), "create-1");
    SavedWorkflow again = c.createWorkflow(clarity("Once"), "create-1");
    ExecutionStart run1 = c.execute(first.id(), ExecuteRequest.of(json("[]"), json("[]")), "run-1");
    ExecutionStart run2 = c.execute(first.id(), ExecuteRequest.of(json("[]"), json("[]")), "run-1");

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(c.listWorkflows()).hasSize(1);
    assertThat(run2.executionId()).isEqualTo(run1.executionId());
    assertThat(column(requestLog("?method=POST", 4), "outcome"))
        .containsExactlyInAnyOrder("ok", "replayed", "ok", "replayed");
  }

  @Test
  void aDroppedPostIsRetriedWithTheSameKeyAndCreatesOnlyOnce() throws Exception {
    start();
    WireflowClient c = client();
    // Seed 7 drops the first answer and not the second (the emulator draws two numbers per call).
    setFaults("{\"failRate\":0.0,\"dropRate\":0.5,\"seed\":7}");

    SavedWorkflow saved = c.createWorkflow(clarity("Dropped"), "drop-key");
    setFaults("{\"failRate\":0.0,\"dropRate\":0.0,\"seed\":7}");

    JsonNode posts = requestLog("?method=POST&path=/api/v1/workflows", 2);
    assertThat(column(posts, "outcome")).containsExactlyInAnyOrder("dropped", "replayed");
    assertThat(column(posts, "idempotencyKey")).containsExactly("drop-key", "drop-key");
    assertThat(c.listWorkflows()).extracting(WorkflowSummary::id).containsExactly(saved.id());
    assertThat(waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void theCanaryKeyNeverLeaksIntoMessagesLogsOrFiles() throws Exception {
    start(b -> b.credits(0));
    WireflowClient c = client();
    List<Throwable> failures = new ArrayList<>();
    String id = c.createWorkflow(clarity("Leak")).id();
    RemoteWorkflow read = c.getWorkflow(id);
    c.updateWorkflow(id, read.editableCopy(), read.updatedAt().orElseThrow());
    time.advance(Duration.ofSeconds(1));
    List<Runnable> failing =
        List.of(
            () -> c.trigger(id, json("{}")),
            () -> c.poll("ex_missing"),
            () -> c.getWorkflow("missing"),
            () -> c.createWorkflow(json("{\"name\":\"x\"}")),
            () -> c.updateWorkflow(id, read.editableCopy(), read.updatedAt().orElseThrow()),
            () -> c.run(id, Map.of("input-1", TextNode.valueOf("https://x/y.png"))),
            () -> client("sk-CANARY-wrong-0000", b -> {}).listWorkflows());
    for (Runnable r : failing) {
      try {
        r.run();
      } catch (ApiException e) {
        failures.add(e);
      }
    }
    setFaults("{\"failRate\":0.0,\"dropRate\":1.0,\"seed\":1}");
    try {
      c.listWorkflows();
    } catch (ApiException e) {
      failures.add(e);
    }
    setFaults("{\"failRate\":0.0,\"dropRate\":0.0,\"seed\":1}");

    assertThat(failures).hasSize(failing.size() + 1);
    StringBuilder all = new StringBuilder();
    for (Throwable t : failures) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      all.append(trace).append('\n');
    }
    log.lines().forEach(l -> all.append(l).append('\n'));
    all.append(requestLog("", 1)).append('\n');
    clients.forEach(x -> all.append(x.config()).append('\n'));
    try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        all.append(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }

    assertThat(all.toString())
        .contains("[Authorization: Bearer [REDACTED]]")
        .doesNotContain(Harness.CANARY);
  }
}
