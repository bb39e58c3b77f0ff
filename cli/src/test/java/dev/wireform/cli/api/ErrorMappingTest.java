package dev.wireform.cli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each failure becomes its typed exception, with a message naming method, path, status, id. */
class ErrorMappingTest {
  private final Harness h = new Harness();
  private final WireflowClient client = h.client();

  @AfterEach
  void close() throws Exception {
    client.close();
    h.close();
  }

  private static JsonNode json(String s) throws Exception {
    return Json.MAPPER.readTree(s);
  }

  @Test
  void notFoundInTheDocsDialect() {
    h.enqueue(404, "{\"error\":\"Workflow not found\"}", "X-Request-Id", "req_404");

    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> client.getWorkflow("wf_missing"));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 404 Not Found: GET /workflows/wf_missing: Workflow not found (request id"
                + " req_404)\n"
                + "  fix: check the workflow id; the key sees only its owner's workflows, and the"
                + " workflow may have been deleted in the Wireflow app");
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/workflows/wf_missing");
    assertThat(e.requestId()).contains("req_404");
    assertThat(e.serverMessage()).isEqualTo("Workflow not found");
  }

  @Test
  void notFoundExecutionNamesTheExecution() {
    h.enqueue(404, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Execution not"
        + " found\",\"code\":\"not_found\"}}");

    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.poll("ex_0"));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 404 Not Found: GET /workflows/executions/ex_0/poll: Execution not found (no"
                + " request id)\n"
                + "  fix: check the execution id (run and trigger print it); executions are"
                + " visible only to their owner's keys");
  }

  @Test
  void authInTheSkillDialectExplainsAnExpiredKey() {
    h.enqueue(
        401,
        "{\"error\":{\"type\":\"authentication_error\",\"message\":\"API key has expired\","
            + "\"code\":\"expired_key\"}}",
        "X-Request-Id",
        "req_401");

    AuthException e = catchThrowableOfType(AuthException.class, client::listWorkflows);

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 401 Unauthorized: GET /workflows: API key has expired (request id req_401)\n"
                + "  fix: the key in WIREFLOW_API_KEY has expired: create a new one under"
                + " Settings > API Keys and put it in WIREFLOW_API_KEY");
  }

  @Test
  void authExplainsAMalformedKey() {
    h.enqueue(401, "{\"error\":\"Invalid API key format. Expected: Bearer sk-...\"}");

    AuthException e = catchThrowableOfType(AuthException.class, () -> client.getWorkflow("w"));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 401 Unauthorized: GET /workflows/w: Invalid API key format. Expected: Bearer"
                + " sk-... (no request id)\n"
                + "  fix: WIREFLOW_API_KEY does not hold a Wireflow API key: copy the key exactly"
                + " as Wireflow showed it when it was created");
  }

  @Test
  void forbiddenNamesTheScopeTheCallNeeds() throws Exception {
    h.enqueue(403, "{\"error\":\"Forbidden\"}", "X-Request-Id", "req_403");

    AuthException e =
        catchThrowableOfType(
            AuthException.class,
            () -> client.execute("w1", ExecuteRequest.of(json("[]"), json("[]")), "k"));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 403 Forbidden: POST /workflows/w1/execute: Forbidden (request id req_403)\n"
                + "  fix: the key in WIREFLOW_API_KEY may lack the 'workflows:execute' scope, or"
                + " the resource belongs to another account; create a key with that scope under"
                + " Settings > API Keys");
  }

  @Test
  void missingKeyFailsBeforeSending() throws Exception {
    WireflowClient keyless =
        WireflowClient.create(
            h.config().apiKey(ApiKeySource.fromEnvironment("MY_KEY", Map.of())).build());

    AuthException e = catchThrowableOfType(AuthException.class, keyless::listWorkflows);

    assertThat(e.getMessage())
        .isEqualTo(
            "GET /workflows: no API key: environment variable MY_KEY is not set\n"
                + "  fix: export MY_KEY=<your key> (create one in Wireflow under Settings > API"
                + " Keys); the key is never read from flags or files");
    assertThat(e.status()).isZero();
    assertThat(h.server.getRequestCount()).isZero();
    keyless.close();
  }

  @Test
  void insufficientCreditsCarriesTheBreakdown() throws Exception {
    h.enqueue(
        402,
        """
        {"error":"Insufficient credits. Required: 12, Available: 3","insufficientCredits":true,
         "requiredCredits":12,"availableCredits":3,
         "breakdown":[{"nodeId":"upscale-1","nodeLabel":"ClarityAI Upscaler","credits":10},
                      {"nodeId":"gen-1","nodeLabel":"Flux","credits":2}]}""",
        "X-Request-Id",
        "req_402");

    InsufficientCreditsException e =
        catchThrowableOfType(
            InsufficientCreditsException.class,
            () -> client.execute("w1", ExecuteRequest.of(json("[]"), json("[]")), "k"));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 402 Payment Required: POST /workflows/w1/execute: Insufficient credits."
                + " Required: 12, Available: 3 (request id req_402)\n"
                + "  node 'upscale-1' (ClarityAI Upscaler): 10 credits\n"
                + "  node 'gen-1' (Flux): 2 credits\n"
                + "  fix: add at least 9 credits (required 12, available 3), or run fewer nodes");
    assertThat(e.required()).contains(new BigDecimal("12"));
    assertThat(e.available()).contains(new BigDecimal("3"));
    assertThat(e.breakdown())
        .containsExactly(
            new CreditCharge("upscale-1", Optional.of("ClarityAI Upscaler"), new BigDecimal("10")),
            new CreditCharge("gen-1", Optional.of("Flux"), new BigDecimal("2")));
  }

  @Test
  void insufficientCreditsInTheSkillDialectReadsFieldsInsideTheErrorObject() {
    h.enqueue(
        402,
        "{\"error\":{\"type\":\"insufficient_credits_error\",\"message\":\"Not enough credits\","
            + "\"requiredCredits\":5.5,\"availableCredits\":0}}");

    InsufficientCreditsException e =
        catchThrowableOfType(
            InsufficientCreditsException.class, () -> client.run("w1", Map.of(), "k"));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 402 Payment Required: POST /workflows/w1/run: Not enough credits (no request"
                + " id)\n"
                + "  fix: add at least 5.5 credits (required 5.5, available 0), or run fewer"
                + " nodes");
    assertThat(e.breakdown()).isEmpty();
  }

  @Test
  void staleWriteIsAConflictWithBothTimestamps() throws Exception {
    h.enqueue(
        409,
        """
        {"error":{"type":"conflict_error","code":"stale_write",
                  "message":"Workflow was modified after baseUpdatedAt"},
         "currentUpdatedAt":"2026-01-02T00:00:00.000Z",
         "yourBaseUpdatedAt":"2026-01-01T00:00:00.000Z"}""",
        "X-Request-Id",
        "req_123");

    ConflictException e =
        catchThrowableOfType(
            ConflictException.class,
            () -> client.updateWorkflow("abc", json("{\"name\":\"x\"}"), "2026-01-01T00:00:00.000Z"));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 409 Conflict: PUT /workflows/abc: Workflow was modified after baseUpdatedAt"
                + " (request id req_123)\n"
                + "  server updatedAt 2026-01-02T00:00:00.000Z, ours 2026-01-01T00:00:00.000Z\n"
                + "  fix: the workflow changed on the server since it was read; run plan again to"
                + " see the change, then apply");
    assertThat(e.currentUpdatedAt()).contains("2026-01-02T00:00:00.000Z");
    assertThat(e.yourBaseUpdatedAt()).contains("2026-01-01T00:00:00.000Z");
  }

  @Test
  void invalidGraphListsEveryViolation() throws Exception {
    h.enqueue(
        422,
        """
        {"error":{"type":"invalid_request_error","code":"invalid_graph",
                  "message":"Workflow graph has 2 violations"},
         "violations":[
           {"rule":"unknown-node-type","message":"Unknown nodeType 'foo:bar'",
            "fix":"use a nodeType from GET /nodes","nodeId":"n1"},
           {"rule":"dangling-edge","message":"Edge target 'n9' does not exist","edgeId":"e1"}],
         "warnings":[],"migrations":[]}""",
        "X-Request-Id",
        "req_422");

    InvalidGraphException e =
        catchThrowableOfType(
            InvalidGraphException.class,
            () -> client.createWorkflow(json("{\"name\":\"x\",\"nodes\":[],\"edges\":[]}"), "k"));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 422 Unprocessable Entity: POST /workflows: Workflow graph has 2 violations"
                + " (request id req_422)\n"
                + "  [unknown-node-type] node 'n1': Unknown nodeType 'foo:bar' (fix: use a"
                + " nodeType from GET /nodes)\n"
                + "  [dangling-edge] edge 'e1': Edge target 'n9' does not exist\n"
                + "  fix: correct the graph as each violation says; run 'wireform validate' to"
                + " check offline");
    assertThat(e.violations())
        .extracting(Violation::rule)
        .containsExactly("unknown-node-type", "dangling-edge");
  }

  @Test
  void badRequestForAnInactiveWorkflowSaysHowToActivateIt() throws Exception {
    h.enqueue(400, "{\"error\":\"Workflow is not active\"}", "X-Request-Id", "req_400");

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class,
            () -> client.execute("w1", ExecuteRequest.of(json("[]"), json("[]")), "k"));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 400 Bad Request: POST /workflows/w1/execute: Workflow is not active (request"
                + " id req_400)\n"
                + "  fix: activate the workflow (active: true in its YAML, then apply) before"
                + " running it");
  }

  @Test
  void payloadTooLargeIsABadRequestWithItsOwnStatus() throws Exception {
    h.enqueue(413, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Body exceeds"
        + " 256 KB\",\"code\":\"payload_too_large\"}}");

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class, () -> client.updateWorkflow("w", json("{}")));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 413 Payload Too Large: PUT /workflows/w: Body exceeds 256 KB (no request id)\n"
                + "  fix: the request body is larger than the server accepts; split the change");
    assertThat(e.status()).isEqualTo(413);
  }

  @Test
  void rateLimitedWhenTheServerAsksForALongerWaitThanThePolicyHonours() {
    h.enqueue(
        429,
        "{\"error\":\"Too many workflow executions. Please try again later.\","
            + "\"retryAfter\":1767226200}",
        "Retry-After",
        "600",
        "X-RateLimit-Limit",
        "10",
        "X-RateLimit-Remaining",
        "0",
        "X-RateLimit-Reset",
        "1767226200",
        "X-Request-Id",
        "req_429");

    RateLimitedException e =
        catchThrowableOfType(RateLimitedException.class, () -> client.run("w1", Map.of(), "k"));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 429 Too Many Requests: POST /workflows/w1/run: Too many workflow executions."
                + " Please try again later. (request id req_429)\n"
                + "  retry after 600 s; budget resets at 2026-01-01T00:10:00Z; limit 10 per"
                + " window\n"
                + "  fix: wait 600 s and run the command again; if this recurs, set the"
                + " environment's plan in wireform.yaml so the client paces itself");
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(600));
    assertThat(e.resetAt()).contains(Instant.parse("2026-01-01T00:10:00Z"));
    assertThat(e.limit()).isEqualTo(OptionalInt.of(10));
    assertThat(h.server.getRequestCount()).as("a 10-minute wait is not waited out").isEqualTo(1);
    assertThat(h.sleeper.waits()).isEmpty();
  }

  @Test
  void serverErrorAfterEveryAttemptSaysHowManyWereMade() {
    for (int i = 0; i < 4; i++) {
      h.enqueue(503, "{\"error\":\"upstream overloaded\"}", "X-Request-Id", "req_50" + i);
    }

    ServerException e = catchThrowableOfType(ServerException.class, client::listWorkflows);

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 503 Service Unavailable: GET /workflows: upstream overloaded (request id"
                + " req_503, after 4 attempts)\n"
                + "  fix: retry later; if it keeps failing, give Wireflow support the request id");
    assertThat(e.context().attempts()).isEqualTo(4);
  }

  @Test
  void serverErrorWithoutBodySaysSo() {
    WireflowClient once = WireflowClient.create(h.config().retry(RetryPolicy.none()).build());
    h.enqueue(500, null, "X-Request-Id", "req_500");

    ServerException e = catchThrowableOfType(ServerException.class, () -> once.listNodes());

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 500 Internal Server Error: GET /nodes: the response gives no reason (request id"
                + " req_500)\n"
                + "  fix: retry later; if it keeps failing, give Wireflow support the request id");
    once.close();
  }

  @Test
  void plainTextErrorBodyBecomesTheMessage() {
    WireflowClient once = WireflowClient.create(h.config().retry(RetryPolicy.none()).build());
    h.server.enqueue(
        new okhttp3.mockwebserver.MockResponse()
            .setResponseCode(502)
            .setHeader("Content-Type", "text/html")
            .setBody("<html>\n<h1>502   Bad Gateway</h1></html>"));

    ServerException e = catchThrowableOfType(ServerException.class, () -> once.getWorkflow("w"));

    assertThat(e.serverMessage()).isEqualTo("<html> <h1>502 Bad Gateway</h1></html>");
    once.close();
  }

  @Test
  void redirectIsRefusedAndNamesItsTarget() {
    h.enqueue(308, null, "Location", "https://www.wireflow.ai/api/v1/workflows");

    UnexpectedResponseException e =
        catchThrowableOfType(UnexpectedResponseException.class, client::listWorkflows);

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 308 Permanent Redirect: GET /workflows: the server redirects to"
                + " https://www.wireflow.ai/api/v1/workflows (no request id)\n"
                + "  fix: set the environment's endpoint to the API root the redirect points at"
                + " (e.g. https://www.wireflow.ai/api/v1); wireform does not follow redirects, so"
                + " the key is never sent to a host it was not configured for");
    assertThat(h.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void successWithoutAnExecutionIdIsAnUnexpectedResponse() throws Exception {
    h.enqueue(201, "{\"workflowId\":\"w1\",\"executionRuns\":[]}", "X-Request-Id", "req_201");

    UnexpectedResponseException e =
        catchThrowableOfType(
            UnexpectedResponseException.class,
            () -> client.execute("w1", ExecuteRequest.of(json("[]"), json("[]")), "k"));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 201 Created: POST /workflows/w1/execute: the body has no execution id (looked for"
                + " executionRuns[0].id and executionId) (request id req_201)\n"
                + "  fix: check that the endpoint " + h.baseUrl() + "/ is a Wireflow API; if it"
                + " is, the API changed: report this with the request id");
  }

  @Test
  void successWithAnHtmlPageIsAnUnexpectedResponse() {
    h.server.enqueue(
        new okhttp3.mockwebserver.MockResponse()
            .setResponseCode(200)
            .setHeader("Content-Type", "text/html; charset=utf-8")
            .setBody("<html><body>Please log in to the proxy</body></html>"));

    UnexpectedResponseException e =
        catchThrowableOfType(UnexpectedResponseException.class, client::listWorkflows);

    assertThat(e.getMessage())
        .isEqualTo(
            "GET /workflows: the response body is not JSON (Content-Type text/html;"
                + " charset=utf-8; unreadable at line 1, column 1): '<html><body>Please log in to the proxy</body></html>'\n"
                + "  fix: check that the endpoint " + h.baseUrl() + "/ is a Wireflow API and"
                + " that no proxy or login page answers in its place");
  }

  @Test
  void refusedConnectionIsANetworkErrorAfterEveryAttempt() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      port = s.getLocalPort();
    }
    WireflowClient dead =
        WireflowClient.create(
            ClientConfig.builder("http://127.0.0.1:" + port + "/api/v1")
                .apiKey(h.config().build().apiKey())
                .clock(h.clock)
                .sleeper(h.sleeper)
                .random(new FixedRandom(1.0))
                .build());

    NetworkException e = catchThrowableOfType(NetworkException.class, dead::listWorkflows);

    assertThat(e.getMessage())
        .isEqualTo(
            "GET /workflows: cannot connect to 127.0.0.1:" + port + " (Failed to connect to"
                + " /127.0.0.1:" + port + ") (after 4 attempts)\n"
                + "  fix: check that the server at http://127.0.0.1:" + port + "/api/v1/ is"
                + " running and reachable");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
    assertThat(h.sleeper.waits())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    dead.close();
  }

  @Test
  void forbiddenPrefersTheScopeTheServerNames() {
    h.enqueue(403, "{\"error\":\"Forbidden\",\"requiredScope\":\"executions:read or"
        + " workflows:read\"}");

    AuthException e = catchThrowableOfType(AuthException.class, () -> client.poll("ex_1"));

    assertThat(e.fix())
        .contains(
            "the key in WIREFLOW_API_KEY may lack the 'executions:read or workflows:read' scope,"
                + " or the resource belongs to another account; create a key with that scope"
                + " under Settings > API Keys");
  }

  @Test
  void reusedIdempotencyKeyIsABadRequestNotAnInvalidGraph() throws Exception {
    h.enqueue(
        422,
        "{\"error\":\"Idempotency-Key 'k' was already used for a different request.\","
            + "\"code\":\"idempotency_key_reused\"}",
        "X-Request-Id",
        "req_422b");

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class,
            () -> client.createWorkflow(json("{\"name\":\"x\"}"), "k"));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 422 Unprocessable Entity: POST /workflows: Idempotency-Key 'k' was already used"
                + " for a different request. (request id req_422b)\n"
                + "  fix: the Idempotency-Key was already used for a different request; a retry"
                + " must repeat the request exactly, and a new request needs a new key");
  }

  @Test
  void idempotencyKeyInUseIsAConflictWithItsOwnFix() throws Exception {
    h.enqueue(409, "{\"error\":\"A request with Idempotency-Key 'k' is still being processed.\","
        + "\"code\":\"idempotency_key_in_use\"}");

    ConflictException e =
        catchThrowableOfType(
            ConflictException.class, () -> client.run("w1", Map.of(), "k"));

    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 409 Conflict: POST /workflows/w1/run: A request with Idempotency-Key 'k' is still"
                + " being processed. (no request id)\n"
                + "  fix: a request with the same Idempotency-Key is still being processed; wait"
                + " for it to finish, then run the command again");
  }

  @Test
  void callTimeoutIsANetworkErrorNamingTheTimeout() {
    WireflowClient slow =
        WireflowClient.create(h.config().callTimeout(Duration.ofMillis(150)).build());
    h.server.enqueue(
        new okhttp3.mockwebserver.MockResponse()
            .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.NO_RESPONSE));

    NetworkException e = catchThrowableOfType(NetworkException.class, slow::listWorkflows);

    assertThat(e.getMessage())
        .isEqualTo(
            "GET /workflows: the call did not finish within the call timeout of 150 ms\n"
                + "  fix: retry later, or raise the call timeout if the server is slow");
    slow.close();
  }

  @Test
  void theHierarchyIsSealedToTheKnownKinds() {
    assertThat(ApiException.class.isSealed()).isTrue();
    assertThat(ApiException.class.getPermittedSubclasses())
        .extracting(Class::getSimpleName)
        .containsExactlyInAnyOrder(
            "AuthException",
            "BadRequestException",
            "ConflictException",
            "InsufficientCreditsException",
            "InvalidGraphException",
            "NetworkException",
            "NotFoundException",
            "RateLimitedException",
            "ServerException",
            "UnexpectedResponseException");
  }
}
