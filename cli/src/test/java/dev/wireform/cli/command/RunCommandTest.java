package dev.wireform.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wireform.cli.CliRun;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wireform run} against the emulator over real HTTP, in simulated time: the examples'
 * ClarityAI workflow, deployed with its ownership marker and resolved by key.
 */
class RunCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void sixtySecondsOfWorkArePolledWithTheDocumentedBackoffAtMostTwelveTimes() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      w.deploy();
      w.nodeWorks("upscale-1", Duration.ofSeconds(60));
      CliRun r = w.wireform("run", "clarity-upscale", "--input",
          "input-1.prompt=images/product.png");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.waits()).containsExactly(
          Duration.ofMillis(1000), Duration.ofMillis(1500), Duration.ofMillis(2250),
          Duration.ofMillis(3375), Duration.ofMillis(5063), Duration.ofMillis(7595),
          Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10),
          Duration.ofSeconds(10));
      assertThat(w.polls()).hasSizeLessThanOrEqualTo(12).hasSize(10);
      assertThat(r.out()).contains("COMPLETED in 1m00s (10 polls)");
    }
  }

  @Test
  void printsOneLinePerStateChangeWhenNotOnATerminal() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      String id = w.deploy();
      w.nodeWorks("upscale-1", Duration.ofSeconds(3));
      CliRun r = w.wireform("run", "clarity-upscale", "--input",
          "input-1.prompt=images/product.png");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      String out = scrub(r.out(), w);
      assertThat(out).isEqualTo(
          "uploaded images/product.png (7.0 KB) for input-1.prompt: URL\n"
              + "idempotency key: test-key-1  (run again with --idempotency-key test-key-1 to"
              + " never start it twice)\n"
              + "started execution EXEC of 'clarity-upscale' (workflow " + id
              + ", environment local)\n"
              + "[   1.0s] execution EXEC: RUNNING\n"
              + "[   1.0s] input-1 (Image URL): COMPLETED\n"
              + "[   1.0s] upscale-1 (ClarityAI Upscaler): RUNNING\n"
              + "[   4.8s] upscale-1 (ClarityAI Upscaler): COMPLETED\n"
              + "COMPLETED in 4.8s (3 polls)\n"
              + "upscale-1 (ClarityAI Upscaler)\n"
              + "  URL\n");
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void failedNodeExitsFiveNamingTheNodeAndTheServersError() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      w.deploy();
      w.nodeFails("upscale-1", "Content moderation rejected the image");
      CliRun r = w.wireform("run", "clarity-upscale", "--input",
          "input-1.prompt=images/product.png");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(5);
      assertThat(r.err()).contains("error: execution ")
          .contains(" FAILED at node 'upscale-1' (ClarityAI Upscaler): Content moderation"
              + " rejected the image\n");
      assertThat(r.out()).contains("upscale-1 (ClarityAI Upscaler): FAILED (Content moderation"
          + " rejected the image)");
    }
  }

  @Test
  void timeoutExitsSixWithinTheTimeoutPlusOnePollAndSaysHowToResume() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      w.deploy();
      w.nodeWorks("upscale-1", Duration.ofSeconds(60));
      CliRun r = w.wireform("run", "clarity-upscale", "--timeout", "30s", "--input",
          "input-1.prompt=images/product.png");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(6);
      Duration waited = w.waits().stream().reduce(Duration.ZERO, Duration::plus);
      assertThat(waited).isEqualTo(Duration.ofSeconds(30));
      assertThat(r.err()).containsPattern(
          "error: execution \\S+ is still RUNNING after 30\\.0s \\(--timeout 30\\.0s\\)\n"
              + "  it goes on running; resume with: wireform status \\S+ --wait\n");
    }
  }

  @Test
  void insufficientCreditsExitOneWithRequiredAvailableAndTheBreakdown() throws Exception {
    try (RunWorld w = RunWorld.start(dir,
        b -> b.credits(1).nodeCost("process:clarityai_crystal_upscaler", 4))) {
      w.deploy();
      CliRun r = w.wireform("run", "clarity-upscale", "--input",
          "input-1.prompt=images/product.png");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).startsWith(
          "error: not enough credits to run 'clarity-upscale': required 4, available 1\n"
              + "  node 'upscale-1' (ClarityAI Upscaler): 4 credits\n"
              + "  fix: add at least 3 credits (required 4, available 1), or run fewer nodes\n"
              + "  (HTTP 402 from POST /workflows/");
      assertThat(r.err()).contains("; nothing was started or charged)");
    }
  }

  @Test
  void anExhaustedRequestBudgetIsWaitedOutAsTheServerSays() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      w.deploy();
      w.time.advance(Duration.ofMinutes(1)); // a fresh rate window, 10:01:00
      w.admin("PUT", "/_emulator/rate-limit", "{\"requestsPerMinute\": 3}");
      CliRun r = w.wireform("run", "clarity-upscale", "--input",
          "input-1.prompt=images/product.png");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      // list, get and upload use the minute's 3 requests (execute has its own budget); after
      // the first poll wait, the client waits until X-RateLimit-Reset instead of drawing a 429.
      assertThat(w.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(59));
      assertThat(w.polls()).singleElement().satisfies(
          p -> assertThat(p.path("time").asText()).isEqualTo("2026-11-26T10:02:00.000Z"));
      assertThat(w.requests("GET", "")).allMatch(q -> q.path("status").asInt() == 200);
    }
  }

  @Test
  void theSameIdempotencyKeyTwiceStartsOneExecutionAndUploadsOnce() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      w.deploy();
      CliRun first = w.wireform("run", "clarity-upscale", "--idempotency-key", "nightly-42",
          "--input", "input-1.prompt=images/product.png", "--format", "json");
      CliRun second = w.wireform("run", "clarity-upscale", "--idempotency-key", "nightly-42",
          "--input", "input-1.prompt=images/product.png", "--format", "json");
      assertThat(first.exitCode()).as(first.toString()).isZero();
      assertThat(second.exitCode()).as(second.toString()).isZero();
      JsonNode a = JSON.readTree(first.out());
      JsonNode b = JSON.readTree(second.out());
      assertThat(b.path("executionId").asText()).isEqualTo(a.path("executionId").asText());
      assertThat(b.path("uploads").get(0).path("reused").asBoolean()).isTrue();
      List<JsonNode> executes = w.executeCalls();
      assertThat(executes).hasSize(2);
      assertThat(executes).extracting(e -> e.path("outcome").asText())
          .containsExactly("ok", "replayed");
      assertThat(w.requests("POST", "/media/upload")).hasSize(1);
    }
  }

  @Test
  void badInputsAreAllReportedAndNothingIsExecuted() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      w.deploy();
      Files.writeString(w.project.resolve("notes.txt"), "not an image");
      CliRun r = w.wireform("run", "clarity-upscale",
          "--input", "inptu-1.prompt=x",
          "--input", "upscale-1.scale=4",
          "--input", "upscale-1.scale_factor=40",
          "--input", "upscale-1.output_format=gif",
          "--input", "upscale-1.creativity=lots",
          "--input", "upscale-1.image_url=images/product.png",
          "--input", "input-1.prompt=notes.txt");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo(
          "error: 7 bad inputs; nothing was run\n"
              + "  --input 'inptu-1.prompt=x': no node 'inptu-1' in workflow 'clarity-upscale'"
              + " (did you mean 'input-1'?); its nodes: input-1, upscale-1\n"
              + "  --input 'input-1.prompt=notes.txt': 'notes.txt' is not a PNG, JPEG, WebP or GIF"
              + " image (its first bytes say it is something else); input-1.prompt feeds"
              + " upscale-1.image_url (IMAGE), so give an http(s) URL or a local image file to"
              + " upload\n"
              + "  --input 'upscale-1.creativity=lots': 'lots' is not a number; creativity takes"
              + " a number from 0.0 to 1.0\n"
              + "  --input 'upscale-1.image_url=images/product.png': 'image_url' is an input port"
              + " of 'upscale-1' (ClarityAI Upscaler), fed by input-1.prompt; set the value at"
              + " its source: --input input-1.prompt=VALUE\n"
              + "  --input 'upscale-1.output_format=gif': 'gif' is not one of png, jpg, webp\n"
              + "  --input 'upscale-1.scale=4': node 'upscale-1' (ClarityAI Upscaler,"
              + " process:clarityai_crystal_upscaler) has no param 'scale'; its params:"
              + " scale_factor, creativity, output_format\n"
              + "  --input 'upscale-1.scale_factor=40': 40 is out of range; scale_factor takes a"
              + " whole number from 1 to 16\n");
      assertThat(w.executeCalls()).isEmpty();
      assertThat(w.requests("POST", "/media/upload")).isEmpty();
    }
  }

  @Test
  void anEmptyRequiredInputIsRefusedBeforeAnythingRuns() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      w.deploy();
      CliRun r = w.wireform("run", "clarity-upscale");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).isEqualTo(
          "error: bad input; nothing was run\n"
              + "  input input-1.prompt (Image URL) is empty but feeds the required input"
              + " upscale-1.image_url; pass --input input-1.prompt=URL|FILE\n");
      assertThat(w.executeCalls()).isEmpty();
    }
  }

  @Test
  void aMissingFileIsNamedWithWhereItWasLookedFor() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      w.deploy();
      CliRun r = w.wireform("run", "clarity-upscale", "-i", "input-1=images/nope.png");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).isEqualTo(
          "error: bad input; nothing was run\n"
              + "  --input 'input-1=images/nope.png': 'images/nope.png' is neither an http(s) URL"
              + " nor an existing file (looked for " + w.project.resolve("images/nope.png")
              + "); input-1.prompt feeds upscale-1.image_url (IMAGE), so give an http(s) URL or"
              + " a local image file to upload\n");
      assertThat(w.executeCalls()).isEmpty();
    }
  }

  @Test
  void capsAnUpscaleBeyondTheOutputLimitAndReportsTheCap() throws Exception {
    try (RunWorld w = RunWorld.start(dir, b -> b.maxOutputPixels(20_000))) {
      w.deploy();
      CliRun r = w.wireform("run", "clarity-upscale", "--input",
          "input-1.prompt=images/product.png", "--input", "upscale-1.scale_factor=4",
          "--download", "out");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).contains("  note: capped at 0.02 MP: 4× of 64×48 would be 256×192"
          + " (0.05 MP); made 163×122 (2.5469×)\n");
      BufferedImage img = ImageIO.read(w.project.resolve("out/upscale-1.png").toFile());
      assertThat((long) img.getWidth() * img.getHeight()).isLessThanOrEqualTo(20_000);
      assertThat(img.getWidth()).isEqualTo(163);
    }
  }

  @Test
  void ctrlCStopsWaitingNotTheRunAndStatusResumes() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      w.deploy();
      w.nodeWorks("upscale-1", Duration.ofSeconds(20));
      w.stopAtWait(3);
      CliRun r = w.wireform("run", "clarity-upscale", "--input",
          "input-1.prompt=images/product.png");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(130);
      assertThat(r.err()).containsPattern(
          "stopped waiting; execution (\\S+) goes on running\n"
              + "  resume with: wireform status \\1 --wait\n");
      String exec = r.err().replaceAll("(?s).*execution (\\S+) goes on.*", "$1");
      w.stopAtWait(-1);
      CliRun resumed = w.wireform("status", exec, "--wait", "--download", "out");
      assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
      assertThat(resumed.out()).contains("upscale-1 (ClarityAI Upscaler)\n")
          .contains("downloaded:\n  out/upscale-1.png  image/png  128×96  ");
    }
  }

  @Test
  void jsonFormatPrintsOneMachineReadableResult() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      String id = w.deploy();
      CliRun r = w.wireform("run", "clarity-upscale", "--input",
          "input-1.prompt=images/product.png", "--download", "out", "--format", "json");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      JsonNode j = JSON.readTree(r.out());
      assertThat(j.path("outcome").asText()).isEqualTo("completed");
      assertThat(j.path("exitCode").asInt()).isZero();
      assertThat(j.path("workflow").path("id").asText()).isEqualTo(id);
      assertThat(j.path("workflow").path("key").asText()).isEqualTo("clarity-upscale");
      assertThat(j.path("idempotencyKey").asText()).isEqualTo("test-key-1");
      assertThat(j.path("status").asText()).isEqualTo("COMPLETED");
      assertThat(j.path("outputs").get(0).path("nodeId").asText()).isEqualTo("upscale-1");
      JsonNode d = j.path("downloads").get(0);
      Path file = w.project.resolve(d.path("file").asText());
      assertThat(d.path("file").asText()).isEqualTo("out/upscale-1.png");
      assertThat(d.path("sha256").asText()).isEqualTo(sha256(file));
      assertThat(d.path("bytes").asLong()).isEqualTo(Files.size(file));
      assertThat(d.path("width").asInt()).isEqualTo(128);
      assertThat(r.err()).contains("started execution ");
    }
  }

  @Test
  void badInputInJsonFormatStillPrintsOneDocument() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      w.deploy();
      CliRun r = w.wireform("run", "clarity-upscale", "-i", "input-1=images/product.png",
          "-i", "upscale-1.scale_factor=99", "--format", "json");
      assertThat(r.exitCode()).isEqualTo(1);
      JsonNode j = JSON.readTree(r.out());
      assertThat(j.path("outcome").asText()).isEqualTo("invalid_input");
      assertThat(j.path("exitCode").asInt()).isEqualTo(1);
      assertThat(j.path("errors")).extracting(JsonNode::asText).containsExactly(
          "bad input; nothing was run",
          "--input 'upscale-1.scale_factor=99': 99 is out of range; scale_factor takes a whole"
              + " number from 1 to 16");
      assertThat(j.path("executionId").isNull()).isTrue();
      assertThat(r.err()).startsWith("error: bad input; nothing was run\n");
    }
  }

  @Test
  void anUndeployedKeyNamesTheDeployedOnes() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      w.deploy();
      CliRun r = w.wireform("run", "clarity-upscal", "-i", "input-1=images/product.png");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).isEqualTo(
          "error: workflow 'clarity-upscal' is not deployed (did you mean 'clarity-upscale'?): no"
              + " workflow of project 'wireform-examples' in environment 'local' carries the tag"
              + " wireform:key=clarity-upscal; deployed keys: clarity-upscale. Run 'wireform"
              + " apply --env local' if it is new\n");
    }
  }

  @Test
  void runsAnyWorkflowById() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      String id = w.deploy();
      CliRun r = w.wireform("run", "--id", id, "-i", "input-1=images/product.png");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).contains("of workflow " + id + " (workflow " + id);
    }
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  /** Replaces the run's random parts (ids, ports) with fixed words. */
  static String scrub(String s, RunWorld w) {
    return s.replaceAll("http://127\\.0\\.0\\.1:\\d+/\\S+", "URL")
        .replaceAll("execution cm[a-z0-9]+", "execution EXEC");
  }
}
