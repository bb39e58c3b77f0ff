package dev.wireform.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookTest {
  @TempDir Path dir;

  private static final String HOOKED = "{\"name\":\"hooked\",\"webhookId\":\"whk_xyz789\","
      + "\"nodes\":[{\"id\":\"p\",\"data\":{\"label\":\"Prompt\",\"nodeType\":\"input:text\","
      + "\"params\":{\"prompt\":\"\"}}},{\"id\":\"l\",\"data\":{\"nodeType\":"
      + "\"llm:openrouter_router\"}}],\"edges\":[{\"id\":\"e\",\"source\":\"p\",\"target\":\"l\","
      + "\"sourceHandle\":\"out-prompt\",\"targetHandle\":\"in-prompt\"}]}";

  @Test
  void aTriggerNeedsNoKeyAndTheRunIsPolledWithOne() throws Exception {
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      Http http = new Http(s);
      JsonNode wf = http.post("workflows", HOOKED).json();
      assertThat(wf.get("webhookUrl").asText())
          .isEqualTo(s.baseUrl() + "/workflow/whk_xyz789/trigger");
      Http anonymous = http.withAuth(null);

      Http.Response r = anonymous.post("workflow/whk_xyz789/trigger",
          "{\"prompt\":\"a red fox\",\"style\":\"ink\"}", "Origin", "https://shop.example");

      assertThat(r.status()).isEqualTo(202);
      assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
      assertThat(r.header("X-RateLimit-Limit")).isNotNull();
      JsonNode body = r.json();
      assertThat(body.get("status").asText()).isEqualTo("queued");
      assertThat(body.get("message").asText()).isEqualTo("Workflow execution queued");
      String executionId = body.get("executionId").asText();
      assertThat(s.awaitIdle(Duration.ofSeconds(10))).isTrue();
      assertThat(anonymous.get("workflows/executions/" + executionId + "/poll").status())
          .isEqualTo(401);
      JsonNode poll = http.get("workflows/executions/" + executionId + "/poll").json();
      assertThat(poll.get("status").asText()).isEqualTo("COMPLETED");
      assertThat(poll.get("nodeStates").get(1).get("text").asText())
          .isEqualTo("[emulator] llm:openrouter_router output of node 'l': a red fox");
    }
  }

  @Test
  void theWorkflowIdWorksAsWebhookIdAndGetDescribesTheHook() throws Exception {
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      Http http = new Http(s);
      String id = http.post("workflows", HOOKED).json().get("id").asText();

      Http.Response r = http.withAuth(null).get("workflow/" + id + "/trigger");

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("{\"workflowId\":\"" + id + "\",\"name\":\"hooked\","
          + "\"isActive\":true,\"message\":\"Webhook is configured. Send a POST request to this"
          + " URL to trigger the workflow.\"}");
      assertThat(http.withAuth(null).get("workflow/whk_unknown/trigger").body())
          .isEqualTo("{\"error\":\"Workflow not found\"}");
    }
  }

  @Test
  void preflightAllowsAnyOrigin() throws Exception {
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      Http.Response r = new Http(s).withAuth(null).send("OPTIONS", "workflow/whk_any/trigger",
          null, "Origin", "https://shop.example", "Access-Control-Request-Method", "POST",
          "Access-Control-Request-Headers", "content-type");

      assertThat(r.status()).isEqualTo(204);
      assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
      assertThat(r.header("Access-Control-Allow-Methods")).isEqualTo("GET, POST, OPTIONS");
      assertThat(r.header("Access-Control-Allow-Headers")).isEqualTo("content-type");
      assertThat(r.header("Access-Control-Max-Age")).isEqualTo("86400");
      assertThat(r.header("X-Request-Id")).startsWith("req_");
    }
  }

  @Test
  void anInactiveWorkflowRefusesTriggers() throws Exception {
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      Http http = new Http(s);
      http.post("workflows", HOOKED.replaceFirst("\\{", "{\"isActive\":false,"));

      Http.Response r = http.withAuth(null).post("workflow/whk_xyz789/trigger", "{}");

      assertThat(r.status()).isEqualTo(400);
      assertThat(r.body()).isEqualTo("{\"error\":\"Workflow is not active\"}");
    }
  }
}
