package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starting runs ({@code /execute}, {@code /run}, webhook triggers) and polling them. */
final class ExecutionEndpoints {
  static final String NOT_ACTIVE = "Workflow is not active";

  private final Backend backend;

  ExecutionEndpoints(Backend backend) {
    this.backend = backend;
  }

  /** {@code GET /workflows/{id}/run}: the inputs {@code POST /run} takes, under {@code data}. */
  Reply describeRun(Request r) {
    Optional<ObjectNode> wf = backend.workflows.get(r.segment(1));
    if (wf.isEmpty()) {
      return WorkflowEndpoints.notFound();
    }
    String id = wf.get().get("id").asText();
    ObjectNode data = Json.object();
    data.put("workflowId", id);
    data.put("workflowName", Json.text(wf.get(), "name"));
    ArrayNode inputs = data.putArray("inputs");
    ObjectNode example = Json.object();
    for (Graph.GraphNode n : inputNodes(Graph.of(wf.get()))) {
      ObjectNode in = inputs.addObject();
      String type = inputType(n.nodeType());
      String current = primaryValue(n);
      in.put("nodeId", n.id());
      in.put("label", n.label());
      in.put("type", type);
      in.put("required", current.isEmpty());
      if (!current.isEmpty()) {
        in.put("default", current);
      }
      example.put(n.id(), !current.isEmpty() ? current
          : type.equals("text") ? "your text" : "https://example.com/input.png");
    }
    data.put("endpoint", backend.apiUrl + "/workflows/" + id + "/run");
    data.put("method", "POST");
    data.putObject("example").set("inputs", example);
    ObjectNode body = Json.object();
    body.set("data", data);
    return Reply.json(200, body);
  }

  /** {@code POST /workflows/{id}/run} with {@code {inputs:{nodeId:value}}}: 202. */
  Reply run(Request r) throws IOException {
    ObjectNode body;
    try {
      body = Bodies.object(r, true);
    } catch (Bodies.BadBody e) {
      return e.reply;
    }
    Optional<ObjectNode> wf = backend.workflows.get(r.segment(1));
    Optional<Reply> refused = refuseToStart(wf);
    if (refused.isPresent()) {
      return refused.get();
    }
    JsonNode inputs = body.path("inputs");
    if (!inputs.isMissingNode() && !inputs.isObject()) {
      return Reply.error(400, "inputs must be an object mapping input node ids to values");
    }
    Optional<Reply> bad = applyInputs(wf.get(), inputs);
    if (bad.isPresent()) {
      return bad.get();
    }
    return start(wf.get(), null, "run", e -> {
      ObjectNode out = Json.object();
      out.put("executionId", e.id);
      out.put("workflowId", e.workflowId);
      out.put("status", Execution.RUNNING);
      return Reply.json(202, out);
    });
  }

  /**
   * {@code POST /workflows/{id}/execute}: the body's nodes and edges are merged over the saved
   * graph by id, so a partial body (the ClarityAI guide's) overrides params and a full body
   * runs as sent. 201 with {@code executionRuns[]} and also {@code executionId}.
   */
  Reply execute(Request r) throws IOException {
    ObjectNode body;
    try {
      body = Bodies.object(r, true);
    } catch (Bodies.BadBody e) {
      return e.reply;
    }
    Optional<ObjectNode> wf = backend.workflows.get(r.segment(1));
    Optional<Reply> refused = refuseToStart(wf);
    if (refused.isPresent()) {
      return refused.get();
    }
    for (String field : List.of("nodes", "edges")) {
      if (body.has(field) && !body.get(field).isArray()) {
        return Reply.error(400, field + " must be an array");
      }
    }
    ObjectNode graph = wf.get();
    mergeGraph(graph, body);
    if (body.path("inputs").isObject()) {
      Optional<Reply> bad = applyInputs(graph, body.get("inputs"));
      if (bad.isPresent()) {
        return bad.get();
      }
    }
    if (body.path("triggerData").isObject()) {
      applyTriggerData(graph, body.get("triggerData"));
    }
    String target = Json.text(body, "targetNodeId");
    return start(graph, target, "execute", e -> {
      ObjectNode out = Json.object();
      out.put("workflowId", e.workflowId);
      out.put("batchId", e.batchId);
      out.put("executionId", e.id);
      out.put("status", Execution.RUNNING);
      out.putArray("executionRuns").add(e.runJson());
      return Reply.json(201, out)
          .withHeader("Location", backend.apiUrl + "/workflows/executions/" + e.id + "/poll");
    });
  }

  /** {@code GET /workflows/executions/{id}[/poll]}. */
  Reply poll(Request r) {
    return backend.engine.get(r.segment(2))
        .map(e -> Reply.json(200, e.pollJson()))
        .orElseGet(() -> Reply.error(404, "Execution not found"));
  }

  /** {@code GET /workflow/{webhookId}/trigger}: no auth. */
  Reply describeTrigger(Request r) {
    Optional<ObjectNode> wf = backend.workflows.findByWebhook(r.segment(1));
    if (wf.isEmpty()) {
      return WorkflowEndpoints.notFound();
    }
    ObjectNode out = Json.object();
    out.put("workflowId", wf.get().get("id").asText());
    out.put("name", Json.text(wf.get(), "name"));
    out.put("isActive", wf.get().path("isActive").asBoolean(true));
    out.put("message", "Webhook is configured. Send a POST request to this URL to trigger the"
        + " workflow.");
    return Reply.json(200, out);
  }

  /** {@code POST /workflow/{webhookId}/trigger}: no auth; 202 {@code status: "queued"}. */
  Reply trigger(Request r) throws IOException {
    ObjectNode data;
    try {
      data = Bodies.object(r, true);
    } catch (Bodies.BadBody e) {
      return e.reply;
    }
    Optional<ObjectNode> wf = backend.workflows.findByWebhook(r.segment(1));
    Optional<Reply> refused = refuseToStart(wf);
    if (refused.isPresent()) {
      return refused.get();
    }
    applyTriggerData(wf.get(), data);
    return start(wf.get(), null, "webhook", e -> {
      ObjectNode out = Json.object();
      out.put("executionId", e.id);
      out.put("status", "queued");
      out.put("message", "Workflow execution queued");
      return Reply.json(202, out);
    });
  }

  /** The 404 or 400 that refuses to start a run of {@code wf}, if any: run, execute, trigger. */
  private static Optional<Reply> refuseToStart(Optional<ObjectNode> wf) {
    if (wf.isEmpty()) {
      return Optional.of(WorkflowEndpoints.notFound());
    }
    if (!wf.get().path("isActive").asBoolean(true)) {
      return Optional.of(Reply.error(400, NOT_ACTIVE));
    }
    return Optional.empty();
  }

  /** The CORS preflight of the webhook trigger. */
  static Reply preflight(Request r) {
    String asked = r.header("Access-Control-Request-Headers");
    return Reply.empty(204)
        .withHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        .withHeader("Access-Control-Allow-Headers",
            asked == null || asked.isBlank() ? "Content-Type, Idempotency-Key" : asked)
        .withHeader("Access-Control-Max-Age", "86400");
  }

  private interface Answer {
    Reply to(Execution e);
  }

  /** Plans the run, pre-checks credits (402), then starts it. */
  private Reply start(ObjectNode workflow, String target, String trigger, Answer answer)
      throws IOException {
    Graph graph = Graph.of(workflow);
    ExecutionEngine.Planned planned;
    try {
      planned = backend.engine.plan(graph, target);
    } catch (Graph.CycleException c) {
      return Reply.error(400, "Workflow graph has a cycle: " + String.join(" -> ", c.path));
    } catch (IllegalArgumentException badTarget) {
      return Reply.error(400, badTarget.getMessage());
    }
    long available = backend.credits.available();
    if (planned.totalCredits() > available) {
      return insufficient(planned, available);
    }
    String id = workflow.get("id").asText();
    Execution e = backend.engine.start(id, graph, planned, trigger);
    backend.workflows.recordExecution(id, e.startTime);
    return answer.to(e);
  }

  private static Reply insufficient(ExecutionEngine.Planned planned, long available) {
    ObjectNode body = Json.object();
    body.put("error", "Insufficient credits. Required: " + planned.totalCredits()
        + ", Available: " + available);
    body.put("insufficientCredits", true);
    body.put("requiredCredits", planned.totalCredits());
    body.put("availableCredits", available);
    ArrayNode breakdown = body.putArray("breakdown");
    for (ExecutionEngine.Cost c : planned.costs()) {
      ObjectNode o = breakdown.addObject();
      o.put("nodeId", c.nodeId());
      o.put("nodeLabel", c.nodeLabel());
      o.put("credits", c.credits());
    }
    return Reply.json(402, body);
  }

  /** Sets each input node's value from {@code {nodeId: value}}; 400 for an unknown node. */
  private static Optional<Reply> applyInputs(ObjectNode workflow, JsonNode inputs) {
    if (inputs == null || !inputs.isObject()) {
      return Optional.empty();
    }
    Map<String, ObjectNode> nodes = nodesById(workflow);
    List<String> inputIds = new ArrayList<>();
    inputNodes(Graph.of(workflow)).forEach(n -> inputIds.add(n.id()));
    for (Iterator<Map.Entry<String, JsonNode>> it = inputs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> in = it.next();
      if (!inputIds.contains(in.getKey())) {
        return Optional.of(Reply.error(400, "Unknown input '" + in.getKey()
            + "'; inputs of this workflow: " + (inputIds.isEmpty() ? "(none)"
                : String.join(", ", inputIds))));
      }
      ObjectNode node = nodes.get(in.getKey());
      String nodeType = Json.text(node.path("data"), "nodeType");
      params(node).put(primaryParam(nodeType), in.getValue().isValueNode()
          ? in.getValue().asText() : in.getValue().toString());
    }
    return Optional.empty();
  }

  /**
   * Webhook trigger data: a key naming an input node sets its value; any other key sets the
   * param of that name on every input node that has it (e.g. {@code prompt}).
   */
  private static void applyTriggerData(ObjectNode workflow, JsonNode data) {
    Map<String, ObjectNode> nodes = nodesById(workflow);
    List<Graph.GraphNode> inputs = inputNodes(Graph.of(workflow));
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String value = f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString();
      for (Graph.GraphNode n : inputs) {
        ObjectNode node = nodes.get(n.id());
        if (n.id().equals(f.getKey())) {
          params(node).put(primaryParam(n.nodeType()), value);
        } else if (node.path("data").path("params").has(f.getKey())
            || node.path("data").path("config").has(f.getKey())) {
          params(node).put(f.getKey(), value);
        }
      }
    }
  }

  /** Merges the execute body's nodes (deeply, by id) and edges (by id) over the saved graph. */
  static void mergeGraph(ObjectNode workflow, ObjectNode body) {
    if (body.path("nodes").isArray()) {
      ArrayNode nodes = workflow.withArray("nodes");
      Map<String, ObjectNode> byId = nodesById(workflow);
      for (JsonNode n : body.get("nodes")) {
        if (!n.isObject()) {
          continue;
        }
        ObjectNode existing = byId.get(Json.text(n, "id"));
        if (existing != null) {
          deepMerge(existing, (ObjectNode) n);
        } else {
          nodes.add(n.deepCopy());
        }
      }
    }
    if (body.path("edges").isArray()) {
      ArrayNode edges = workflow.withArray("edges");
      for (JsonNode e : body.get("edges")) {
        String id = Json.text(e, "id");
        boolean replaced = false;
        for (int i = 0; i < edges.size() && id != null; i++) {
          if (id.equals(Json.text(edges.get(i), "id"))) {
            edges.set(i, e.deepCopy());
            replaced = true;
          }
        }
        if (!replaced && !contains(edges, e)) {
          edges.add(e.deepCopy());
        }
      }
    }
  }

  private static boolean contains(ArrayNode edges, JsonNode e) {
    for (JsonNode x : edges) {
      if (x.equals(e)) {
        return true;
      }
    }
    return false;
  }

  private static void deepMerge(ObjectNode into, ObjectNode from) {
    from.fields().forEachRemaining(f -> {
      JsonNode old = into.get(f.getKey());
      if (old != null && old.isObject() && f.getValue().isObject()) {
        deepMerge((ObjectNode) old, (ObjectNode) f.getValue());
      } else {
        into.set(f.getKey(), f.getValue().deepCopy());
      }
    });
  }

  private static Map<String, ObjectNode> nodesById(ObjectNode workflow) {
    Map<String, ObjectNode> byId = new LinkedHashMap<>();
    for (JsonNode n : workflow.withArray("nodes")) {
      if (n.isObject() && Json.text(n, "id") != null) {
        byId.putIfAbsent(Json.text(n, "id"), (ObjectNode) n);
      }
    }
    return byId;
  }

  private static ObjectNode params(ObjectNode node) {
    JsonNode data = node.get("data");
    ObjectNode d = data != null && data.isObject() ? (ObjectNode) data : node.putObject("data");
    JsonNode params = d.get("params");
    return params != null && params.isObject() ? (ObjectNode) params : d.putObject("params");
  }

  static List<Graph.GraphNode> inputNodes(Graph graph) {
    List<Graph.GraphNode> out = new ArrayList<>();
    for (Graph.GraphNode n : graph.nodes()) {
      if (NodeKinds.isInput(n.nodeType())
          || (n.nodeType() == null && "input".equals(Json.text(n.data(), "category")))) {
        out.add(n);
      }
    }
    return out;
  }

  private static String inputType(String nodeType) {
    if ("input:text".equals(nodeType)) {
      return "text";
    }
    if ("input:image".equals(nodeType)) {
      return "image";
    }
    return "url";
  }

  private static String primaryParam(String nodeType) {
    return "input:image".equals(nodeType) ? "image" : "prompt";
  }

  private static String primaryValue(Graph.GraphNode n) {
    String[] keys = "input:image".equals(n.nodeType())
        ? new String[] {"image", "imageUrl", "url"} : new String[] {"prompt", "text", "value"};
    for (String k : keys) {
      Optional<JsonNode> v = n.param(k);
      if (v.isPresent() && v.get().isValueNode()) {
        return v.get().asText();
      }
    }
    return "";
  }
}
