package dev.wireform.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wireform.cli.CliRun;
import dev.wireform.cli.api.WireflowClient;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wireform trigger} and {@code wireform status} against the emulator over HTTP. */
class TriggerAndStatusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static String uploadImage(RunWorld w) {
    try (WireflowClient c = w.client()) {
      return c.uploadMedia(w.project.resolve("images/product.png")).url();
    }
  }

  @Test
  void triggerStartsARunThroughTheWebhookAndWaitPollsItToTheEnd() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      String id = w.deploy();
      String url = uploadImage(w);
      CliRun r = w.wireform("trigger", id, "--data", "{\"input-1\": \"" + url + "\"}", "--wait",
          "--download", "out");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).contains("started execution ").contains(" through webhook " + id
          + " (Workflow execution queued)\n");
      BufferedImage img = ImageIO.read(w.project.resolve("out/upscale-1.png").toFile());
      assertThat(img.getWidth()).isEqualTo(128);
      List<JsonNode> triggers = w.requests("POST", "/trigger");
      assertThat(triggers).hasSize(1);
      assertThat(triggers.get(0).path("status").asInt()).isEqualTo(202);
    }
  }

  @Test
  void triggerNeedsNoApiKeyToStartARun() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      String id = w.deploy();
      Files.writeString(w.project.resolve("data.json"),
          "{\"input-1\": \"" + uploadImage(w) + "\"}");
      CliRun r = RunWorld.wireform(w.project, w.context(), Map.of(), "trigger", id, "--data",
          "@data.json");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).containsPattern("not waiting; follow it with: wireform status \\S+"
          + " --wait \\(polling needs the API key\\)\n");
      assertThat(w.requests("POST", "/trigger")).hasSize(1);
    }
  }

  @Test
  void triggerWaitWithoutAKeyFailsBeforeSendingAnything() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      String id = w.deploy();
      CliRun r = RunWorld.wireform(w.project, w.context(), Map.of(), "trigger", id, "--wait");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).isEqualTo("error: environment 'local' needs an API key: set the"
          + " environment variable WIREFLOW_API_KEY (Wireflow: Settings > API Keys)\n");
      assertThat(w.requests("POST", "/trigger")).isEmpty();
    }
  }

  @Test
  void triggerDataThatIsNotAJsonObjectIsRefusedAndNothingIsSent() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      String id = w.deploy();
      CliRun broken = w.wireform("trigger", id, "--data", "{\"prompt\": ");
      assertThat(broken.exitCode()).isEqualTo(1);
      assertThat(broken.err()).startsWith("error: --data:1:12: not valid JSON: ");
      CliRun list = w.wireform("trigger", id, "--data", "[1, 2]");
      assertThat(list.err()).isEqualTo("error: --data: the trigger data must be a JSON object,"
          + " e.g. {\"prompt\": \"a red fox\"}; nothing was sent\n");
      assertThat(w.requests("POST", "/trigger")).isEmpty();
    }
  }

  @Test
  void anUnknownWebhookIsNamed() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      CliRun r = w.wireform("trigger", "whk_nope");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).startsWith("error: no webhook 'whk_nope' on environment 'local' (HTTP"
          + " 404 Not Found: POST /workflow/whk_nope/trigger: ");
    }
  }

  @Test
  void statusReportsARunningExecutionThenWaitFollowsItToTheEnd() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      w.deploy();
      w.nodeWorks("upscale-1", Duration.ofSeconds(30));
      CliRun started = w.wireform("run", "clarity-upscale", "--no-wait", "-i",
          "input-1=images/product.png", "--format", "json");
      assertThat(started.exitCode()).as(started.toString()).isZero();
      JsonNode j = JSON.readTree(started.out());
      assertThat(j.path("outcome").asText()).isEqualTo("started");
      String id = j.path("executionId").asText();
      assertThat(j.path("resume").asText()).isEqualTo("wireform status " + id + " --wait");

      CliRun now = w.wireform("status", id);
      assertThat(now.exitCode()).as(now.toString()).isZero();
      assertThat(now.out()).isEqualTo("execution " + id + ": RUNNING\n"
          + "  input-1 (Image URL): COMPLETED\n"
          + "  upscale-1 (ClarityAI Upscaler): RUNNING\n"
          + "wait for it with: wireform status " + id + " --wait\n");

      CliRun end = w.wireform("status", id, "--wait");
      assertThat(end.exitCode()).as(end.toString()).isZero();
      assertThat(end.out()).contains("COMPLETED in ").contains("upscale-1 (ClarityAI Upscaler)\n");
    }
  }

  @Test
  void statusOfAFailedExecutionExitsFiveNamingTheNode() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      w.deploy();
      w.nodeFails("upscale-1", "GPU out of memory");
      CliRun run = w.wireform("run", "clarity-upscale", "-i", "input-1=images/product.png",
          "--format", "json");
      assertThat(run.exitCode()).isEqualTo(5);
      JsonNode j = JSON.readTree(run.out());
      assertThat(j.path("failure").path("nodeId").asText()).isEqualTo("upscale-1");
      assertThat(j.path("failure").path("error").asText()).isEqualTo("GPU out of memory");
      String id = j.path("executionId").asText();
      CliRun status = w.wireform("status", id);
      assertThat(status.exitCode()).isEqualTo(5);
      assertThat(status.err()).isEqualTo("error: execution " + id + " FAILED at node"
          + " 'upscale-1' (ClarityAI Upscaler): GPU out of memory\n");
    }
  }

  @Test
  void statusOfAnUnknownExecutionSaysWhereItLooked() throws Exception {
    try (RunWorld w = RunWorld.start(dir)) {
      CliRun r = w.wireform("status", "cm-nope");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).startsWith("error: no execution 'cm-nope' on environment 'local':"
          + " HTTP 404 Not Found: GET /workflows/executions/cm-nope/poll: Execution not found");
      assertThat(r.err()).endsWith("; check the id, and that --env names the environment the"
          + " run was started on\n");
    }
  }
}
