package dev.wireform.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionTest {
  @TempDir Path dir;
  @TempDir Path images;
  EmulatorServer server;
  Http http;

  @BeforeEach
  void start() throws Exception {
    server = Fixtures.quick(dir).build().start();
    http = new Http(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String create(String workflow) {
    Http.Response r = http.post("workflows", workflow);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  private JsonNode runToEnd(String workflowId, String body) throws Exception {
    Http.Response started = http.post("workflows/" + workflowId + "/execute", body);
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    assertThat(server.awaitIdle(Duration.ofSeconds(30))).isTrue();
    return http.get("workflows/executions/" + started.json().get("executionId").asText()
        + "/poll").json();
  }

  private static JsonNode nodeRun(JsonNode poll, String nodeId) {
    for (JsonNode n : poll.get("nodeResults").get("nodeRuns")) {
      if (n.get("nodeId").asText().equals(nodeId)) {
        return n;
      }
    }
    throw new AssertionError("no node run " + nodeId + " in " + poll);
  }

  @Test
  void theClarityGraphUpscalesAPngToExactlyTwiceItsSize() throws Exception {
    Path png = Fixtures.png(images, "in.png", 64, 48, false);
    String id = create(Fixtures.clarity());

    Http.Response started = http.post("workflows/" + id + "/execute",
        Fixtures.executeWith(png.toUri().toString()));

    assertThat(started.status()).isEqualTo(201);
    JsonNode body = started.json();
    String executionId = body.get("executionId").asText();
    assertThat(body.get("executionRuns").get(0).get("id").asText()).isEqualTo(executionId);
    assertThat(body.get("workflowId").asText()).isEqualTo(id);
    assertThat(body.get("batchId").asText()).matches("[0-9a-f-]{36}");
    assertThat(started.header("Location"))
        .isEqualTo(server.baseUrl() + "/workflows/executions/" + executionId + "/poll");
    assertThat(server.awaitIdle(Duration.ofSeconds(30))).isTrue();

    JsonNode poll = http.get("workflows/executions/" + executionId + "/poll").json();
    assertThat(poll.get("status").asText()).isEqualTo("COMPLETED");
    JsonNode output = nodeRun(poll, "upscale-1").get("output");
    assertThat(output.get("width").asInt()).isEqualTo(128);
    assertThat(output.get("height").asInt()).isEqualTo(96);
    assertThat(output.get("capped").asBoolean()).isFalse();
    String url = output.get("images").get(0).get("url").asText();
    assertThat(url).startsWith(server.rootUrl() + "/files/").endsWith("/upscale-1-upscaled.png");
    BufferedImage result = Fixtures.read(http.bytes(url));
    assertThat(result.getWidth()).isEqualTo(128);
    assertThat(result.getHeight()).isEqualTo(96);
    assertThat(poll.get("finalOutput").get("url").asText()).isEqualTo(url);
    assertThat(poll.get("nodeStates").get(1).get("outputUrl").asText()).isEqualTo(url);
    assertThat(http.get("workflows/executions/" + executionId).json()).isEqualTo(poll);
  }

  @Test
  void jpgOutputIsARealJpegAndAlphaIsFlattened() throws Exception {
    Path png = Fixtures.png(images, "alpha.png", 30, 20, true);
    String id = create(Fixtures.clarity(3, "jpg"));

    JsonNode poll = runToEnd(id, Fixtures.executeWith(png.toUri().toString()));

    JsonNode output = nodeRun(poll, "upscale-1").get("output");
    assertThat(output.get("format").asText()).isEqualTo("jpg");
    byte[] bytes = http.bytes(output.get("url").asText());
    assertThat(bytes[0] & 0xff).isEqualTo(0xFF);
    assertThat(bytes[1] & 0xff).isEqualTo(0xD8);
    BufferedImage img = Fixtures.read(bytes);
    assertThat(img.getWidth()).isEqualTo(90);
    assertThat(img.getColorModel().hasAlpha()).isFalse();
  }

  @Test
  void outputIsCappedAndTheCapIsReported(@TempDir Path other) throws Exception {
    server.close();
    server = Fixtures.quick(other).maxOutputPixels(40_000).build().start();
    http = new Http(server);
    Path png = Fixtures.png(images, "small.png", 100, 50, false);
    String id = create(Fixtures.clarity(16, "png"));

    JsonNode output = nodeRun(runToEnd(id, Fixtures.executeWith(png.toUri().toString())),
        "upscale-1").get("output");
    Path big = Fixtures.png(images, "big.png", 300, 200, false);
    JsonNode tooBig = nodeRun(runToEnd(id, Fixtures.executeWith(big.toUri().toString())),
        "upscale-1");
    assertThat(tooBig.get("error").asText()).isEqualTo("input image is 300×200 = 60000 pixels,"
        + " already over the 40000-pixel output cap");

    // 1600×800 would be 1.28 MP; the cap here is 40,000 pixels.
    assertThat(output.get("capped").asBoolean()).isTrue();
    assertThat(output.get("requestedScale").asInt()).isEqualTo(16);
    assertThat(output.get("appliedScale").asDouble()).isEqualTo(2.82);
    assertThat(output.get("width").asInt()).isEqualTo(282);
    assertThat(output.get("height").asInt()).isEqualTo(141);
    assertThat(output.get("maxPixels").asLong()).isEqualTo(40_000);
    assertThat(Fixtures.read(http.bytes(output.get("url").asText())).getWidth()).isEqualTo(282);
  }

  @Test
  void webpOutputFailsTheNodeWithAClearError() throws Exception {
    Path png = Fixtures.png(images, "in.png", 10, 10, false);
    String id = create(Fixtures.clarity(2, "webp"));

    JsonNode poll = runToEnd(id, Fixtures.executeWith(png.toUri().toString()));

    String message = "output_format 'webp' is not supported by the emulator: the JDK has no WebP"
        + " encoder. Use 'png' or 'jpg' locally; Wireflow itself writes WebP";
    assertThat(poll.get("status").asText()).isEqualTo("FAILED");
    assertThat(poll.get("error").asText()).isEqualTo("Node 'upscale-1' failed: " + message);
    assertThat(nodeRun(poll, "upscale-1").get("status").asText()).isEqualTo("FAILED");
    assertThat(nodeRun(poll, "upscale-1").get("error").asText()).isEqualTo(message);
    assertThat(nodeRun(poll, "input-1").get("status").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void readsImagesFromALoopbackHttpServer() throws Exception {
    byte[] png = Fixtures.pngBytes(12, 9);
    com.sun.net.httpserver.HttpServer origin = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    origin.createContext("/img.png", ex -> {
      ex.sendResponseHeaders(200, png.length);
      ex.getResponseBody().write(png);
      ex.close();
    });
    origin.start();
    try {
      String id = create(Fixtures.clarity(3, "png"));
      String url = "http://127.0.0.1:" + origin.getAddress().getPort() + "/img.png";

      JsonNode output = nodeRun(runToEnd(id, Fixtures.executeWith(url)), "upscale-1")
          .get("output");

      assertThat(output.get("width").asInt()).isEqualTo(36);
      assertThat(output.get("height").asInt()).isEqualTo(27);
      String missing = "http://127.0.0.1:" + origin.getAddress().getPort() + "/nope.png";
      assertThat(nodeRun(runToEnd(id, Fixtures.executeWith(missing)), "upscale-1")
          .get("error").asText()).isEqualTo("cannot read image '" + missing + "': HTTP 404");
    } finally {
      origin.stop(0);
    }
  }

  @Test
  void refusesToFetchFromTheInternet() throws Exception {
    String id = create(Fixtures.clarity());

    JsonNode poll = runToEnd(id, Fixtures.executeWith("https://example.com/cat.png"));

    assertThat(nodeRun(poll, "upscale-1").get("error").asText()).isEqualTo("cannot read image"
        + " 'https://example.com/cat.png': the emulator never reaches the internet; it reads"
        + " file: URLs, its own /files/ URLs (upload with POST /media/upload) and"
        + " http://127.0.0.1 URLs");
  }

  @Test
  void anUploadedImageCanBeUpscaledAndAnOutputFeedsTheNextRun() throws Exception {
    Http.Response up = http.send("POST", "media/upload?filename=shot.png", null);
    assertThat(up.status()).isEqualTo(415);
    String boundary = "xyzBOUNDARY";
    byte[] png = Fixtures.pngBytes(20, 10);
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
        + " filename=\"shot.png\"\r\nContent-Type: image/png\r\n\r\n").getBytes());
    body.writeBytes(png);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes());
    java.net.http.HttpResponse<String> uploaded = Http.CLIENT.send(
        java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(server.baseUrl() + "/media/upload"))
            .header("Authorization", "Bearer " + server.apiKey())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(uploaded.statusCode()).isEqualTo(201);
    JsonNode media = Http.MAPPER.readTree(uploaded.body());
    assertThat(media.get("filename").asText()).isEqualTo("shot.png");
    assertThat(media.get("contentType").asText()).isEqualTo("image/png");
    assertThat(http.bytes(media.get("url").asText())).isEqualTo(png);
    String id = create(Fixtures.clarity());

    JsonNode first = runToEnd(id, Fixtures.executeWith(media.get("url").asText()));
    String firstUrl = first.get("finalOutput").get("url").asText();
    JsonNode second = runToEnd(id, Fixtures.executeWith(firstUrl));

    assertThat(nodeRun(first, "upscale-1").get("output").get("width").asInt()).isEqualTo(40);
    assertThat(nodeRun(second, "upscale-1").get("output").get("width").asInt()).isEqualTo(80);
  }

  @Test
  void formatConversionReencodesAndPlaceholdersFeedTheUpscaler() throws Exception {
    String wf = "{\"name\":\"chain\",\"nodes\":["
        + "{\"id\":\"gen\",\"data\":{\"label\":\"Gen\",\"nodeType\":\"generate:flux_2\","
        + "\"params\":{\"prompt\":\"a cat\"}}},"
        + "{\"id\":\"bg\",\"data\":{\"nodeType\":\"process:background_removal\"}},"
        + "{\"id\":\"up\",\"data\":{\"nodeType\":\"process:clarityai_creative_upscaler\","
        + "\"params\":{\"scale_factor\":2}}},"
        + "{\"id\":\"conv\",\"data\":{\"nodeType\":\"process:format_conversion\","
        + "\"params\":{\"format\":\"jpg\",\"quality\":80}}}],"
        + "\"edges\":[{\"id\":\"e0\",\"source\":\"gen\",\"target\":\"bg\","
        + "\"sourceHandle\":\"out-image\",\"targetHandle\":\"in-image_url\"},"
        + "{\"id\":\"e1\",\"source\":\"bg\",\"target\":\"up\","
        + "\"sourceHandle\":\"out-image\",\"targetHandle\":\"in-image_url\"},"
        + "{\"id\":\"e2\",\"source\":\"up\",\"target\":\"conv\","
        + "\"sourceHandle\":\"out-images\",\"targetHandle\":\"in-image_url\"}]}";
    String id = create(wf);

    JsonNode poll = runToEnd(id, "{}");

    assertThat(poll.get("status").asText()).as(poll.toString()).isEqualTo("COMPLETED");
    JsonNode gen = nodeRun(poll, "gen").get("output");
    assertThat(gen.get("placeholder").asBoolean()).isTrue();
    assertThat(gen.get("image").get(0).get("width").asInt()).isEqualTo(512);
    JsonNode bg = nodeRun(poll, "bg").get("output");
    assertThat(bg.get("passthrough").asBoolean()).isTrue();
    assertThat(bg.get("url").asText()).isEqualTo(gen.get("url").asText());
    assertThat(nodeRun(poll, "up").get("output").get("mode").asText()).isEqualTo("creative");
    JsonNode conv = nodeRun(poll, "conv").get("output");
    assertThat(conv.get("format").asText()).isEqualTo("jpg");
    assertThat(conv.get("quality").asInt()).isEqualTo(80);
    assertThat(conv.get("width").asInt()).isEqualTo(1024);
    byte[] jpg = http.bytes(conv.get("url").asText());
    assertThat(jpg[0] & 0xff).isEqualTo(0xFF);
    assertThat(Fixtures.read(jpg).getHeight()).isEqualTo(1024);
    // The placeholder is deterministic: the same node gives the same pixels again.
    JsonNode again = nodeRun(runToEnd(id, "{}"), "gen").get("output");
    assertThat(http.bytes(again.get("url").asText()))
        .isEqualTo(http.bytes(gen.get("url").asText()));
  }

  @Test
  void creditsArePreCheckedWith402AndChargedPerNodeOnSuccess() throws Exception {
    Path png = Fixtures.png(images, "in.png", 10, 10, false);
    String id = create(Fixtures.clarity());
    Http admin = http.withAuth("Bearer " + server.adminKey());
    admin.put("/_emulator/credits", "{\"availableCredits\":15}");

    runToEnd(id, Fixtures.executeWith(png.toUri().toString()));
    assertThat(http.get("developer/usage").body())
        .isEqualTo("{\"availableCredits\":5,\"usedCredits\":10}");

    Http.Response r = http.post("workflows/" + id + "/execute",
        Fixtures.executeWith(png.toUri().toString()));

    assertThat(r.status()).isEqualTo(402);
    assertThat(r.body()).isEqualTo("{\"error\":\"Insufficient credits. Required: 10, Available:"
        + " 5\",\"insufficientCredits\":true,\"requiredCredits\":10,\"availableCredits\":5,"
        + "\"breakdown\":[{\"nodeId\":\"upscale-1\",\"nodeLabel\":\"ClarityAI Upscaler\","
        + "\"credits\":10}]}");
  }

  @Test
  void aFailedNodeIsNotCharged() throws Exception {
    String id = create(Fixtures.clarity());

    JsonNode poll = runToEnd(id, Fixtures.executeWith("file:///does/not/exist.png"));

    assertThat(poll.get("status").asText()).isEqualTo("FAILED");
    assertThat(poll.get("creditsUsed").asInt()).isZero();
    assertThat(http.get("developer/usage").json().get("availableCredits").asInt())
        .isEqualTo(1000);
  }

  @Test
  void runTakesInputsByNodeIdAndDescribesThem() throws Exception {
    Path png = Fixtures.png(images, "in.png", 8, 6, false);
    String id = create(Fixtures.clarity());

    JsonNode described = http.get("workflows/" + id + "/run").json();
    assertThat(described.toString()).isEqualTo("{\"data\":{\"workflowId\":\"" + id + "\","
        + "\"workflowName\":\"ClarityAI Image Upscaler\",\"inputs\":[{\"nodeId\":\"input-1\","
        + "\"label\":\"Image URL\",\"type\":\"text\",\"required\":true}],"
        + "\"endpoint\":\"" + server.baseUrl() + "/workflows/" + id + "/run\","
        + "\"method\":\"POST\",\"example\":{\"inputs\":{\"input-1\":\"your text\"}}}}");

    Http.Response started = http.post("workflows/" + id + "/run",
        "{\"inputs\":{\"input-1\":\"" + png.toUri() + "\"}}");
    assertThat(started.status()).isEqualTo(202);
    assertThat(started.json().get("status").asText()).isEqualTo("RUNNING");
    assertThat(server.awaitIdle(Duration.ofSeconds(30))).isTrue();
    JsonNode poll = http.get("workflows/executions/" + started.json().get("executionId").asText()
        + "/poll").json();
    assertThat(nodeRun(poll, "upscale-1").get("output").get("width").asInt()).isEqualTo(16);

    Http.Response bad = http.post("workflows/" + id + "/run", "{\"inputs\":{\"nope\":\"x\"}}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body())
        .isEqualTo("{\"error\":\"Unknown input 'nope'; inputs of this workflow: input-1\"}");
  }

  @Test
  void targetNodeIdRunsOnlyThatNodeAndItsUpstream() throws Exception {
    String wf = "{\"name\":\"fan\",\"nodes\":["
        + "{\"id\":\"p\",\"data\":{\"nodeType\":\"input:text\",\"params\":{\"prompt\":\"hi\"}}},"
        + "{\"id\":\"a\",\"data\":{\"nodeType\":\"llm:openrouter_router\"}},"
        + "{\"id\":\"b\",\"data\":{\"nodeType\":\"llm:openrouter_router\"}}],"
        + "\"edges\":[{\"id\":\"e1\",\"source\":\"p\",\"target\":\"a\"},"
        + "{\"id\":\"e2\",\"source\":\"p\",\"target\":\"b\"}]}";
    String id = create(wf);

    JsonNode poll = runToEnd(id, "{\"targetNodeId\":\"b\"}");

    assertThat(poll.get("nodeResults").get("nodeRuns")).hasSize(2);
    assertThat(nodeRun(poll, "b").get("output").get("text").asText())
        .isEqualTo("[emulator] llm:openrouter_router output of node 'b': hi");
    assertThat(http.post("workflows/" + id + "/execute", "{\"targetNodeId\":\"zz\"}").body())
        .isEqualTo("{\"error\":\"targetNodeId 'zz' is not a node of this workflow\"}");
  }

  @Test
  void anInactiveWorkflowIsNotRun() {
    String id = create(Fixtures.textOnly("off").replaceFirst("\\{", "{\"isActive\":false,"));

    Http.Response r = http.post("workflows/" + id + "/execute", "{}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("{\"error\":\"Workflow is not active\"}");
  }

  @Test
  void anUnknownExecutionIs404OnBothPollPaths() {
    assertThat(http.get("workflows/executions/nope/poll").body())
        .isEqualTo("{\"error\":\"Execution not found\"}");
    assertThat(http.get("workflows/executions/nope").status()).isEqualTo(404);
  }
}
