package dev.wireform.cli.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both API dialects decode to the same typed answers: docs (bare) and skill ({data}). */
class DialectTest {
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
  void listsWorkflowsFromBareArrayAndSendsFilters() throws Exception {
    h.enqueue(200, """
        [{"id":"cm1abc123","name":"Upscale","description":"2x","webhookId":"whk_xyz789",
          "isActive":false,"tags":["a","b"],"updatedAt":"2026-01-01T00:00:00.000Z","extra":1}]""");

    List<WorkflowSummary> list =
        client.listWorkflows(WorkflowFilter.all().withActive(false).withTeamId("t1"));

    assertThat(list).hasSize(1);
    WorkflowSummary w = list.get(0);
    assertThat(w.id()).isEqualTo("cm1abc123");
    assertThat(w.name()).isEqualTo("Upscale");
    assertThat(w.description()).isEqualTo("2x");
    assertThat(w.active()).isFalse();
    assertThat(w.tags()).containsExactly("a", "b");
    assertThat(w.webhookId()).contains("whk_xyz789");
    assertThat(w.updatedAt()).contains("2026-01-01T00:00:00.000Z");
    assertThat(w.raw().get("extra").asInt()).isEqualTo(1);
    RecordedRequest r = h.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows?isActive=false&teamId=t1");
  }

  @Test
  void listsWorkflowsFromDataEnvelope() {
    h.enqueue(200, "{\"data\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"b\",\"name\":\"B\"}],"
        + "\"meta\":{\"count\":2}}");

    List<WorkflowSummary> list = client.listWorkflows();

    assertThat(list).extracting(WorkflowSummary::id).containsExactly("a", "b");
    assertThat(list.get(0).active()).as("isActive defaults to true").isTrue();
    assertThat(h.take().getPath()).isEqualTo("/api/v1/workflows");
  }

  @Test
  void readsAWorkflowBareInDataOrInWorkflowWrapper() {
    String wf = "{\"id\":\"w1\",\"name\":\"N\",\"nodes\":[],\"edges\":[],"
        + "\"updatedAt\":\"2026-01-01T00:00:00Z\",\"isActive\":false}";
    h.enqueue(200, wf);
    h.enqueue(200, "{\"data\":" + wf + "}");
    h.enqueue(200, "{\"workflow\":" + wf + "}");

    for (int i = 0; i < 3; i++) {
      RemoteWorkflow got = client.getWorkflow("w1");
      assertThat(got.id()).isEqualTo("w1");
      assertThat(got.name()).isEqualTo("N");
      assertThat(got.active()).isFalse();
      assertThat(got.updatedAt()).contains("2026-01-01T00:00:00Z");
      assertThat(h.take().getPath()).isEqualTo("/api/v1/workflows/w1");
    }
  }

  @Test
  void createsAWorkflowReadingMetaFromTheSkillEnvelope() throws Exception {
    h.enqueue(201, """
        {"data":{"id":"w9","name":"N"},
         "meta":{"migrations":[{"from":"compose:remotion","to":"video:remotion"}],
                 "warnings":["unused node"]}}""");

    SavedWorkflow saved = client.createWorkflow(json("{\"name\":\"N\",\"nodes\":[],\"edges\":[]}"));

    assertThat(saved.id()).isEqualTo("w9");
    assertThat(saved.migrations()).hasSize(1);
    assertThat(saved.warnings()).containsExactly(TextNode.valueOf("unused node"));
    RecordedRequest r = h.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows");
    assertThat(r.getHeader("Idempotency-Key")).isEqualTo("idem-1");
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    assertThat(json(r.getBody().readUtf8()))
        .isEqualTo(json("{\"name\":\"N\",\"nodes\":[],\"edges\":[]}"));
  }

  @Test
  void createsAWorkflowFromABareAnswer() throws Exception {
    h.enqueue(201, "{\"id\":\"w9\",\"name\":\"N\",\"nodes\":[],\"edges\":[]}");

    SavedWorkflow saved =
        client.createWorkflow(json("{\"name\":\"N\",\"nodes\":[],\"edges\":[]}"), "mine-1");

    assertThat(saved.id()).isEqualTo("w9");
    assertThat(saved.migrations()).isEmpty();
    assertThat(h.take().getHeader("Idempotency-Key")).isEqualTo("mine-1");
  }

  @Test
  void updateSendsBaseUpdatedAtAndToleratesAnEmptyAnswer() throws Exception {
    h.enqueue(204, null);

    SavedWorkflow saved =
        client.updateWorkflow("w1", json("{\"name\":\"N\"}"), "2026-01-01T00:00:00Z");

    assertThat(saved.id()).isEqualTo("w1");
    assertThat(saved.workflow().json().has("baseUpdatedAt")).isFalse();
    RecordedRequest r = h.take();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows/w1");
    assertThat(json(r.getBody().readUtf8()))
        .isEqualTo(json("{\"name\":\"N\",\"baseUpdatedAt\":\"2026-01-01T00:00:00Z\"}"));
  }

  @Test
  void deletesAWorkflowWhateverTheAnswerBody() {
    h.enqueue(204, null);
    h.enqueue(200, "{\"data\":{\"deleted\":true}}");

    client.deleteWorkflow("w1");
    client.deleteWorkflow("w2");

    assertThat(h.take().getPath()).isEqualTo("/api/v1/workflows/w1");
    RecordedRequest second = h.take();
    assertThat(second.getMethod()).isEqualTo("DELETE");
    assertThat(second.getPath()).isEqualTo("/api/v1/workflows/w2");
  }

  @Test
  void readsRunInfoFromItsDataEnvelope() {
    h.enqueue(200, """
        {"data":{"workflowId":"w1","workflowName":"Up","endpoint":"/api/v1/workflows/w1/run",
          "method":"POST",
          "inputs":[{"nodeId":"1776100982446","label":"Image URL","type":"image","required":true,
                     "description":"the picture","default":"https://x/y.png"}],
          "example":{"inputs":{"1776100982446":"https://x/y.png"}}}}""");

    RunInfo info = client.getRunInfo("w1");

    assertThat(info.workflowId()).isEqualTo("w1");
    assertThat(info.workflowName()).isEqualTo("Up");
    assertThat(info.endpoint()).contains("/api/v1/workflows/w1/run");
    assertThat(info.inputs())
        .containsExactly(
            new RunInput(
                "1776100982446",
                "Image URL",
                "image",
                true,
                Optional.of("the picture"),
                Optional.of(TextNode.valueOf("https://x/y.png"))));
    assertThat(info.example().orElseThrow().at("/inputs/1776100982446").asText())
        .isEqualTo("https://x/y.png");
  }

  @Test
  void runSendsInputsAndReadsTheSkillAnswer() throws Exception {
    h.enqueue(202, "{\"data\":{\"executionId\":\"ex_1\",\"status\":\"running\"}}");

    ExecutionStart start =
        client.run("w1", Map.of("1776100982446", TextNode.valueOf("https://x/y.png")));

    assertThat(start.executionId()).isEqualTo("ex_1");
    assertThat(start.state()).isEqualTo(ExecutionState.RUNNING);
    RecordedRequest r = h.take();
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows/w1/run");
    assertThat(r.getHeader("Idempotency-Key")).isEqualTo("idem-1");
    assertThat(json(r.getBody().readUtf8()))
        .isEqualTo(json("{\"inputs\":{\"1776100982446\":\"https://x/y.png\"}}"));
  }

  @Test
  void executeReadsTheIdFromExecutionRunsAndTheLocationHeader() throws Exception {
    h.enqueue(
        201,
        """
        {"workflowId":"w1","batchId":"b-1",
         "executionRuns":[{"id":"run_1","startTime":"2026-01-01T00:00:00Z","endTime":null,
           "status":"RUNNING","error":null,"nodeRuns":[],"batchId":"b-1",
           "runIndexInBatch":0,"inputIndex":0}]}""",
        "Location",
        "/api/v1/workflows/executions/run_1/poll");

    ExecutionStart start =
        client.execute(
            "w1",
            new ExecuteRequest(
                json("[{\"id\":\"input-1\",\"data\":{\"params\":{\"prompt\":\"u\"}}}]"),
                json("[]"),
                Optional.of("upscale-1"),
                Optional.empty(),
                true),
            "k-7");

    assertThat(start.executionId()).isEqualTo("run_1");
    assertThat(start.state()).isEqualTo(ExecutionState.RUNNING);
    assertThat(start.workflowId()).contains("w1");
    assertThat(start.location()).contains("/api/v1/workflows/executions/run_1/poll");
    RecordedRequest r = h.take();
    assertThat(r.getPath()).isEqualTo("/api/v1/workflows/w1/execute");
    assertThat(r.getHeader("Idempotency-Key")).isEqualTo("k-7");
    assertThat(json(r.getBody().readUtf8()))
        .isEqualTo(
            json(
                "{\"nodes\":[{\"id\":\"input-1\",\"data\":{\"params\":{\"prompt\":\"u\"}}}],"
                    + "\"edges\":[],\"targetNodeId\":\"upscale-1\",\"force\":true}"));
  }

  @Test
  void executeReadsABareExecutionId() throws Exception {
    h.enqueue(201, "{\"executionId\":\"ex_2\",\"status\":\"RUNNING\"}");

    ExecutionStart start = client.execute("w1", ExecuteRequest.of(json("[]"), json("[]")));

    assertThat(start.executionId()).isEqualTo("ex_2");
    assertThat(start.location()).isEmpty();
  }

  @Test
  void pollReadsTheDocsShape() {
    h.enqueue(200, """
        {"status":"COMPLETED","nodeResults":{"nodeRuns":[
          {"nodeId":"input-1","status":"COMPLETED","output":"https://x/in.png"},
          {"nodeId":"upscale-1","status":"COMPLETED",
           "output":{"images":[{"url":"https://cdn/1.png"},{"url":"https://cdn/2.png"}]}}]}}""");

    ExecutionStatus s = client.poll("ex_1");

    assertThat(s.executionId()).isEqualTo("ex_1");
    assertThat(s.state()).isEqualTo(ExecutionState.COMPLETED);
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.error()).isEmpty();
    assertThat(s.nodes()).extracting(NodeRun::nodeId).containsExactly("input-1", "upscale-1");
    assertThat(s.node("upscale-1").orElseThrow().outputUrls())
        .containsExactly("https://cdn/1.png", "https://cdn/2.png");
    assertThat(s.outputUrls())
        .containsExactly("https://x/in.png", "https://cdn/1.png", "https://cdn/2.png");
    assertThat(h.take().getPath()).isEqualTo("/api/v1/workflows/executions/ex_1/poll");
  }

  @Test
  void pollReadsTheDataWrappedShapeWithFinalOutput() {
    h.enqueue(200, """
        {"data":{"status":"completed","nodeResults":{"nodeRuns":[
           {"nodeId":"n1","status":"completed","output":{"url":"https://cdn/a.png"}}]},
         "finalOutput":{"url":"https://cdn/final.png"}}}""");

    ExecutionStatus s = client.poll("ex_1");

    assertThat(s.state()).isEqualTo(ExecutionState.COMPLETED);
    assertThat(s.rawStatus()).isEqualTo("completed");
    assertThat(s.finalOutputUrl()).contains("https://cdn/final.png");
    assertThat(s.outputUrls()).containsExactly("https://cdn/final.png", "https://cdn/a.png");
  }

  @Test
  void pollReadsNodeStatesWithFailureDetails() {
    h.enqueue(200, """
        {"status":"FAILED","error":"1 node failed","nodeStates":[
          {"nodeId":"n1","label":"Prompt","status":"COMPLETED","text":"a cat",
           "outputUrl":null,"outputUrls":[]},
          {"nodeId":"n2","label":"Image","status":"FAILED","error":"moderation: refused",
           "outputUrl":null,"progress":40},
          {"nodeId":"n3","label":"Batch","status":"Pending",
           "outputUrl":"https://cdn/b1.png","outputUrls":["https://cdn/b1.png","https://cdn/b2.png"]}]}""");

    ExecutionStatus s = client.poll("ex_9");

    assertThat(s.state()).isEqualTo(ExecutionState.FAILED);
    assertThat(s.error()).contains("1 node failed");
    NodeRun n1 = s.node("n1").orElseThrow();
    assertThat(n1.label()).contains("Prompt");
    assertThat(n1.text()).contains("a cat");
    NodeRun n2 = s.node("n2").orElseThrow();
    assertThat(n2.state()).isEqualTo(ExecutionState.FAILED);
    assertThat(n2.error()).contains("moderation: refused");
    NodeRun n3 = s.node("n3").orElseThrow();
    assertThat(n3.state()).isEqualTo(ExecutionState.PENDING);
    assertThat(n3.outputUrls()).containsExactly("https://cdn/b1.png", "https://cdn/b2.png");
  }

  @Test
  void pollMergesNodeRunsAndNodeStatesOfTheSameNode() {
    h.enqueue(200, """
        {"status":"RUNNING",
         "nodeResults":{"nodeRuns":[{"nodeId":"n1","status":"RUNNING","output":null}]},
         "nodeStates":[{"nodeId":"n1","label":"Upscaler","status":"RUNNING",
                        "error":{"message":"slow provider"}}]}""");

    ExecutionStatus s = client.poll("ex_3");

    assertThat(s.nodes()).hasSize(1);
    NodeRun n = s.nodes().get(0);
    assertThat(n.label()).contains("Upscaler");
    assertThat(n.error()).contains("slow provider");
    assertThat(s.isTerminal()).isFalse();
  }

  @Test
  void triggersWithoutTheKeyAndReadsTheQueuedAnswer() throws Exception {
    h.enqueue(202, "{\"executionId\":\"ex_w\",\"status\":\"queued\",\"message\":\"Workflow queued\"}");
    h.enqueue(200, "{\"workflowId\":\"w1\",\"name\":\"Up\",\"isActive\":true,"
        + "\"message\":\"Webhook is configured. Send a POST request to trigger.\"}");

    ExecutionStart start = client.trigger("whk_1", json("{\"prompt\":\"cat\"}"));
    TriggerInfo info = client.getTrigger("whk_1");

    assertThat(start.executionId()).isEqualTo("ex_w");
    assertThat(start.state()).isEqualTo(ExecutionState.QUEUED);
    assertThat(start.message()).contains("Workflow queued");
    assertThat(info.workflowId()).isEqualTo("w1");
    assertThat(info.name()).isEqualTo("Up");
    assertThat(info.active()).isTrue();
    RecordedRequest post = h.take();
    assertThat(post.getPath()).isEqualTo("/api/v1/workflow/whk_1/trigger");
    assertThat(post.getHeader("Authorization")).isNull();
    assertThat(json(post.getBody().readUtf8())).isEqualTo(json("{\"prompt\":\"cat\"}"));
    RecordedRequest get = h.take();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getHeader("Authorization")).isNull();
  }

  @Test
  void listsCatalogNodesFromEitherShape() {
    h.enqueue(200, "{\"nodes\":[{\"nodeType\":\"input:text\",\"label\":\"Text\","
        + "\"category\":\"input\",\"inputs\":[]}]}");
    h.enqueue(200, "{\"data\":[{\"nodeType\":\"process:clarityai_crystal_upscaler\","
        + "\"label\":\"ClarityAI\"}]}");

    List<CatalogNode> first = client.listNodes();
    List<CatalogNode> second = client.listNodes();

    assertThat(first).extracting(CatalogNode::nodeType).containsExactly("input:text");
    assertThat(first.get(0).category()).contains("input");
    assertThat(first.get(0).raw().has("inputs")).isTrue();
    assertThat(second).extracting(CatalogNode::label).containsExactly("ClarityAI");
    assertThat(h.take().getPath()).isEqualTo("/api/v1/nodes");
  }

  @Test
  void uploadsAFileAsMultipart(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("cat.png");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    h.enqueue(201, "{\"data\":{\"url\":\"https://cdn.wireflow.ai/u/cat.png\"}}");

    UploadedMedia media = client.uploadMedia(png);

    assertThat(media.url()).isEqualTo("https://cdn.wireflow.ai/u/cat.png");
    RecordedRequest r = h.take();
    assertThat(r.getPath()).isEqualTo("/api/v1/media/upload");
    assertThat(r.getHeader("Content-Type")).startsWith("multipart/form-data");
    String body = r.getBody().readUtf8();
    assertThat(body)
        .contains("Content-Disposition: form-data; name=\"file\"; filename=\"cat.png\"")
        .contains("Content-Type: image/png");
  }

  @Test
  void sendsTheUserAgentAndTheBearerKeyOnAuthenticatedCalls() {
    h.enqueue(200, "[]");

    client.listWorkflows();

    RecordedRequest r = h.take();
    assertThat(r.getHeader("User-Agent")).isEqualTo("wireform/test");
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + Harness.CANARY);
  }
}
