package dev.wireform.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowEndpointsTest {
  @TempDir Path dir;
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

  @Test
  void createAnswers201WithTheStoredWorkflowAndKeepsUnknownFields() {
    String body = Fixtures.clarity().replaceFirst("\\{", "{\"canvas\":{\"zoom\":1.5},")
        .replace("\"position\":{\"x\":0,\"y\":0}", "\"position\":{\"x\":0,\"y\":0},\"extra\":7");
    Http.Response r = http.post("workflows", body);

    assertThat(r.status()).isEqualTo(201);
    JsonNode wf = r.json();
    String id = wf.get("id").asText();
    assertThat(id).matches("cm[a-z0-9]{23}");
    assertThat(r.header("Location")).isEqualTo(server.baseUrl() + "/workflows/" + id);
    assertThat(wf.get("name").asText()).isEqualTo("ClarityAI Image Upscaler");
    assertThat(wf.get("isActive").asBoolean()).isTrue();
    assertThat(wf.get("executionCount").asInt()).isZero();
    assertThat(wf.get("createdAt").asText()).isEqualTo("2026-11-26T10:00:30.000Z");
    assertThat(wf.get("updatedAt").asText()).isEqualTo("2026-11-26T10:00:30.000Z");
    assertThat(wf.get("canvas").get("zoom").asDouble()).isEqualTo(1.5);

    JsonNode got = http.get("workflows/" + id).json();
    assertThat(got).isEqualTo(wf);
    assertThat(got.get("nodes").get(0).get("extra").asInt()).isEqualTo(7);
    assertThat(got.get("edges").get(0).get("targetHandle").asText()).isEqualTo("in-image_url");
  }

  @Test
  void listReturnsSummariesNewestUpdatedFirstAndFilters() {
    String a = http.post("workflows", Fixtures.textOnly("a")).json().get("id").asText();
    String b = http.post("workflows", Fixtures.textOnly("b").replaceFirst("\\{",
        "{\"isActive\":false,\"mediaId\":\"m1\",\"teamId\":\"t1\",")).json().get("id").asText();
    String c = http.post("workflows", Fixtures.textOnly("c")).json().get("id").asText();
    http.put("workflows/" + a, "{\"description\":\"touched\"}");

    JsonNode all = http.get("workflows").json();
    assertThat(all).hasSize(3);
    assertThat(ids(all)).containsExactly(a, c, b);
    assertThat(all.get(0).has("nodes")).isFalse();
    assertThat(all.get(0).get("description").asText()).isEqualTo("touched");
    assertThat(fieldNames(all.get(2))).containsExactly("id", "name", "description", "webhookId",
        "webhookUrl", "isActive", "isPublished", "executionCount", "lastExecutedAt", "tags",
        "createdAt", "updatedAt", "mediaId", "teamId");

    assertThat(ids(http.get("workflows?isActive=false").json())).containsExactly(b);
    assertThat(ids(http.get("workflows?isActive=true").json())).containsExactly(a, c);
    assertThat(ids(http.get("workflows?mediaId=m1").json())).containsExactly(b);
    assertThat(ids(http.get("workflows?teamId=t2").json())).isEmpty();
    Http.Response bad = http.get("workflows?isActive=yes");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body())
        .isEqualTo("{\"error\":\"Invalid isActive filter 'yes': expected 'true' or 'false'\"}");
  }

  @Test
  void putReplacesTheFieldsItCarriesAndKeepsTheRest() {
    JsonNode created = http.post("workflows", Fixtures.clarity()).json();
    String id = created.get("id").asText();

    Http.Response r = http.put("workflows/" + id,
        "{\"name\":\"Renamed\",\"tags\":[\"x\"],\"id\":\"ignored\",\"executionCount\":99}");

    assertThat(r.status()).isEqualTo(200);
    JsonNode wf = r.json();
    assertThat(wf.get("id").asText()).isEqualTo(id);
    assertThat(wf.get("name").asText()).isEqualTo("Renamed");
    assertThat(wf.get("tags").get(0).asText()).isEqualTo("x");
    assertThat(wf.get("executionCount").asInt()).isZero();
    assertThat(wf.get("nodes")).isEqualTo(created.get("nodes"));
    assertThat(wf.get("createdAt")).isEqualTo(created.get("createdAt"));
    assertThat(wf.get("updatedAt").asText()).isGreaterThan(created.get("updatedAt").asText());
  }

  @Test
  void putWithAStaleBaseUpdatedAtAnswers409AndChangesNothing() {
    JsonNode created = http.post("workflows", Fixtures.textOnly("a")).json();
    String id = created.get("id").asText();
    String base = created.get("updatedAt").asText();
    String second = http.put("workflows/" + id,
        "{\"name\":\"first writer\",\"baseUpdatedAt\":\"" + base + "\"}").json()
        .get("updatedAt").asText();

    Http.Response stale = http.put("workflows/" + id,
        "{\"name\":\"second writer\",\"baseUpdatedAt\":\"" + base + "\"}");

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body()).isEqualTo("{\"error\":{\"type\":\"conflict_error\","
        + "\"code\":\"stale_write\",\"message\":\"Workflow " + id + " was updated at " + second
        + ", after your baseUpdatedAt " + base + ". GET it again, reapply your change and retry."
        + "\"},\"currentUpdatedAt\":\"" + second + "\",\"yourBaseUpdatedAt\":\"" + base + "\"}");
    assertThat(http.get("workflows/" + id).json().get("name").asText()).isEqualTo("first writer");
    Http.Response fresh = http.put("workflows/" + id,
        "{\"name\":\"second writer\",\"baseUpdatedAt\":\"" + second + "\"}");
    assertThat(fresh.status()).isEqualTo(200);
  }

  @Test
  void ofConcurrentWritersWithTheSameBaseExactlyOneWins() throws Exception {
    JsonNode created = http.post("workflows", Fixtures.textOnly("a")).json();
    String id = created.get("id").asText();
    String base = created.get("updatedAt").asText();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String body = "{\"name\":\"writer " + i + "\",\"baseUpdatedAt\":\"" + base + "\"}";
      results.add(pool.submit(() -> http.put("workflows/" + id, body).status()));
    }
    java.util.List<Integer> statuses = new java.util.ArrayList<>();
    for (java.util.concurrent.Future<Integer> f : results) {
      statuses.add(f.get());
    }
    pool.shutdown();

    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
  }

  @Test
  void postWithAnIdUpdatesThatWorkflow() {
    String id = http.post("workflows", Fixtures.textOnly("a")).json().get("id").asText();

    Http.Response r = http.post("workflows",
        Fixtures.textOnly("upserted").replaceFirst("\\{", "{\"id\":\"" + id + "\","));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("name").asText()).isEqualTo("upserted");
    assertThat(http.get("workflows").json()).hasSize(1);
  }

  @Test
  void deleteRemovesTheWorkflow() {
    String id = http.post("workflows", Fixtures.textOnly("a")).json().get("id").asText();

    Http.Response r = http.delete("workflows/" + id);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"id\":\"" + id + "\",\"deleted\":true}");
    assertThat(http.get("workflows/" + id).body()).isEqualTo("{\"error\":\"Workflow not found\"}");
    assertThat(http.delete("workflows/" + id).status()).isEqualTo(404);
  }

  @Test
  void unknownWorkflowsAnswerTheDocumented404() {
    for (Http.Response r : new Http.Response[] {
        http.get("workflows/nope"), http.put("workflows/nope", "{\"name\":\"x\"}"),
        http.delete("workflows/nope"), http.get("workflows/nope/run"),
        http.post("workflows/nope/run", "{}"), http.post("workflows/nope/execute", "{}")}) {
      assertThat(r.status()).isEqualTo(404);
      assertThat(r.body()).isEqualTo("{\"error\":\"Workflow not found\"}");
    }
  }

  @Test
  void badBodiesAnswerTheDocumented400Messages() {
    assertThat(error(http.post("workflows", "{\"nodes\":[],\"edges\":[]}")))
        .isEqualTo("Missing required fields: name, nodes, edges");
    assertThat(error(http.post("workflows", "{\"name\":\"x\",\"edges\":[]}")))
        .isEqualTo("Missing required fields: name, nodes, edges");
    assertThat(error(http.post("workflows", "{\"name\":\"x\",\"nodes\":[],\"edges\":[]}")))
        .isEqualTo("Cannot save workflow with 0 nodes and 0 edges. This appears to be a frontend"
            + " bug. Reload the page.");
    assertThat(error(http.post("workflows", "{\"name\":\"x\",\"nodes\":[],"
        + "\"edges\":[{\"id\":\"e\"}]}"))).isEqualTo("At least one node must be provided");
    assertThat(error(http.post("workflows", "{\"name\":\"x\",\"nodes\":[{\"data\":{}}],"
        + "\"edges\":[]}"))).isEqualTo("All nodes must have an id");
    assertThat(error(http.post("workflows", "{\"name\":\"x\",\"nodes\":[{\"id\":\"node-1\","
        + "\"type\":\"model\",\"data\":{}}],\"edges\":[]}")))
        .isEqualTo("Node node-1 is missing model.name");
    assertThat(error(http.post("workflows", "[1]")))
        .isEqualTo("Request body must be a JSON object, found an array");
    assertThat(error(http.post("workflows", "{nope")))
        .startsWith("Request body is not valid JSON: ");
  }

  @Test
  void anInvalidGraphAnswers422WithViolationsUnlessStrictIsFalse() {
    String body = "{\"name\":\"bad\",\"nodes\":["
        + "{\"id\":\"a\",\"type\":\"basedNode\",\"data\":{\"nodeType\":\"input:text\"}},"
        + "{\"id\":\"b\",\"type\":\"basedNode\",\"data\":{\"nodeType\":\"generate:made_up\"}},"
        + "{\"id\":\"u\",\"type\":\"basedNode\","
        + "\"data\":{\"nodeType\":\"process:clarityai_crystal_upscaler\"}}],"
        + "\"edges\":[{\"id\":\"e1\",\"source\":\"a\",\"target\":\"u\","
        + "\"sourceHandle\":\"out-prompt\",\"targetHandle\":\"in-image\"},"
        + "{\"id\":\"e2\",\"source\":\"a\",\"target\":\"ghost\"}]}";

    Http.Response r = http.post("workflows", body);

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("error").toString()).isEqualTo("{\"type\":\"invalid_request_error\","
        + "\"code\":\"invalid_graph\",\"message\":\"Workflow graph is invalid: 3 violations; fix"
        + " them or save anyway with ?strict=false\"}");
    assertThat(r.json().get("violations").toString()).isEqualTo("["
        + "{\"rule\":\"unknown-node-type\",\"message\":\"Node 'b' has unknown nodeType"
        + " 'generate:made_up'\",\"fix\":\"Use a nodeType listed by GET /nodes, or save anyway"
        + " with ?strict=false\",\"nodeId\":\"b\",\"edgeId\":null},"
        + "{\"rule\":\"bad-target-handle\",\"message\":\"Edge 'e1' uses input handle 'in-image',"
        + " which node 'u' (process:clarityai_crystal_upscaler) does not have\","
        + "\"fix\":\"Use one of: in-image_url\",\"nodeId\":\"u\",\"edgeId\":\"e1\"},"
        + "{\"rule\":\"dangling-edge\",\"message\":\"Edge 'e2' points to missing node 'ghost'\","
        + "\"fix\":\"Remove the edge or add node 'ghost'\",\"nodeId\":null,\"edgeId\":\"e2\"}]");
    assertThat(http.get("workflows").json()).isEmpty();

    assertThat(http.post("workflows?strict=false", body).status()).isEqualTo(201);
  }

  @Test
  void aCycleIsAViolation() {
    String body = "{\"name\":\"loop\",\"nodes\":["
        + "{\"id\":\"a\",\"data\":{\"nodeType\":\"llm:openrouter_router\"}},"
        + "{\"id\":\"b\",\"data\":{\"nodeType\":\"llm:openrouter_router\"}}],"
        + "\"edges\":[{\"id\":\"e1\",\"source\":\"a\",\"target\":\"b\"},"
        + "{\"id\":\"e2\",\"source\":\"b\",\"target\":\"a\"}]}";

    JsonNode v = http.post("workflows", body).json().get("violations");

    assertThat(v).hasSize(1);
    assertThat(v.get(0).get("rule").asText()).isEqualTo("cycle");
    assertThat(v.get(0).get("message").asText()).isEqualTo("Nodes form a cycle: a -> b -> a");
  }

  @Test
  void lintCanBeTurnedOff(@TempDir Path other) throws Exception {
    try (EmulatorServer lax = Fixtures.quick(other).lint(false).build().start()) {
      Http.Response r = new Http(lax).post("workflows", "{\"name\":\"x\",\"nodes\":"
          + "[{\"id\":\"a\",\"data\":{\"nodeType\":\"unknown:thing\"}}],\"edges\":[]}");
      assertThat(r.status()).isEqualTo(201);
    }
  }

  @Test
  void wrongMethodsAnswer405WithAllow() {
    Http.Response r = http.send("PATCH", "workflows", "{}");

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.header("Allow")).isEqualTo("GET, POST");
    assertThat(r.body())
        .isEqualTo("{\"error\":\"Method PATCH is not allowed here; allowed: GET, POST\"}");
    assertThat(http.get("nothing/here").status()).isEqualTo(404);
  }

  @Test
  void catalogListsNodeTypesWithPortsAndParams() {
    JsonNode nodes = http.get("nodes").json().get("nodes");

    JsonNode crystal = null;
    for (JsonNode n : nodes) {
      if (n.get("nodeType").asText().equals("process:clarityai_crystal_upscaler")) {
        crystal = n;
      }
    }
    assertThat(crystal).isNotNull();
    assertThat(crystal.get("inputs").get(0).toString()).isEqualTo("{\"id\":\"image_url\","
        + "\"label\":\"Image\",\"type\":\"IMAGE\",\"isPort\":true,\"required\":true,"
        + "\"many\":false}");
    assertThat(crystal.get("inputs").get(1).toString()).isEqualTo("{\"id\":\"scale_factor\","
        + "\"type\":\"INTEGER\",\"isPort\":false,\"default\":2,\"min\":1,\"max\":16,"
        + "\"description\":\"Upscale multiplier; output is capped at 64 megapixels\"}");
    assertThat(crystal.get("outputs").get(0).get("id").asText()).isEqualTo("images");
  }

  private static String error(Http.Response r) {
    assertThat(r.status()).isEqualTo(400);
    return r.json().get("error").asText();
  }

  private static java.util.List<String> ids(JsonNode list) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    list.forEach(w -> ids.add(w.get("id").asText()));
    return ids;
  }

  private static java.util.List<String> fieldNames(JsonNode o) {
    java.util.List<String> names = new java.util.ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
