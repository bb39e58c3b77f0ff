package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One workflow run and its per-node state; rendered for poll and kept on disk. */
final class Execution {
  static final String RUNNING = "RUNNING";
  static final String COMPLETED = "COMPLETED";
  static final String FAILED = "FAILED";
  static final String PENDING = "PENDING";

  /** One node's run within the execution. */
  static final class NodeRun {
    final String nodeId;
    final String label;
    final String nodeType;
    String status = PENDING;
    ObjectNode output;
    String error;
    Instant startTime;
    Instant endTime;
    long credits;
    /** Port id to value (text, or a media URL), for downstream nodes. */
    final Map<String, String> values = new LinkedHashMap<>();

    NodeRun(String nodeId, String label, String nodeType) {
      this.nodeId = nodeId;
      this.label = label;
      this.nodeType = nodeType;
    }
  }

  final String id;
  final String workflowId;
  final String batchId;
  final String trigger;
  final Instant startTime;
  final List<NodeRun> nodeRuns;
  private String status = RUNNING;
  private Instant endTime;
  private String error;
  private long creditsUsed;

  Execution(String id, String workflowId, String batchId, String trigger, Instant startTime,
      List<NodeRun> nodeRuns) {
    this.id = id;
    this.workflowId = workflowId;
    this.batchId = batchId;
    this.trigger = trigger;
    this.startTime = startTime;
    this.nodeRuns = List.copyOf(nodeRuns);
  }

  synchronized String status() {
    return status;
  }

  synchronized boolean finished() {
    return !status.equals(RUNNING);
  }

  synchronized void nodeStarted(NodeRun run, Instant at) {
    run.status = RUNNING;
    run.startTime = at;
  }

  synchronized void nodeCompleted(NodeRun run, ObjectNode output, Map<String, String> values,
      long credits, Instant at) {
    run.status = COMPLETED;
    run.output = output;
    run.values.putAll(values);
    run.credits = credits;
    run.endTime = at;
    creditsUsed += credits;
  }

  synchronized void nodeFailed(NodeRun run, String message, Instant at) {
    run.status = FAILED;
    run.error = message;
    if (run.startTime == null) {
      run.startTime = at;
    }
    run.endTime = at;
  }

  synchronized void finish(String finalStatus, String finalError, Instant at) {
    status = finalStatus;
    error = finalError;
    endTime = at;
  }

  synchronized Map<String, String> values(String nodeId) {
    for (NodeRun r : nodeRuns) {
      if (r.nodeId.equals(nodeId)) {
        return new LinkedHashMap<>(r.values);
      }
    }
    return Map.of();
  }

  /** The entry of {@code executionRuns[]} in the 201 answer of {@code /execute}. */
  synchronized ObjectNode runJson() {
    ObjectNode o = Json.object();
    o.put("id", id);
    o.put("startTime", Json.time(startTime));
    o.put("endTime", endTime == null ? null : Json.time(endTime));
    o.put("status", status);
    o.put("error", error);
    o.set("nodeRuns", nodeRunsJson());
    o.put("batchId", batchId);
    o.put("runIndexInBatch", 0);
    o.put("inputIndex", 0);
    return o;
  }

  /**
   * The poll body in every public shape at once: top-level {@code status}, {@code
   * nodeResults.nodeRuns} (docs), {@code nodeStates} (skill) and {@code finalOutput}.
   */
  synchronized ObjectNode pollJson() {
    ObjectNode o = Json.object();
    o.put("id", id);
    o.put("executionId", id);
    o.put("workflowId", workflowId);
    o.put("batchId", batchId);
    o.put("status", status);
    o.put("startTime", Json.time(startTime));
    o.put("endTime", endTime == null ? null : Json.time(endTime));
    o.put("error", error);
    o.put("creditsUsed", creditsUsed);
    o.putObject("nodeResults").set("nodeRuns", nodeRunsJson());
    ArrayNode states = o.putArray("nodeStates");
    String finalUrl = null;
    for (NodeRun r : nodeRuns) {
      ObjectNode s = states.addObject();
      s.put("nodeId", r.nodeId);
      s.put("label", r.label);
      s.put("status", r.status);
      s.put("error", r.error);
      ArrayNode urls = Json.array();
      collectUrls(r.output, urls);
      s.put("outputUrl", urls.isEmpty() ? null : urls.get(0).asText());
      s.set("outputUrls", urls);
      s.put("text", r.output == null ? null : Json.text(r.output, "text"));
      s.put("progress", r.status.equals(COMPLETED) ? 100 : 0);
      s.putNull("requestId");
      if (!urls.isEmpty()) {
        finalUrl = urls.get(0).asText();
      }
    }
    if (finalUrl != null) {
      o.putObject("finalOutput").put("url", finalUrl);
    } else {
      o.putNull("finalOutput");
    }
    return o;
  }

  private ArrayNode nodeRunsJson() {
    ArrayNode a = Json.array();
    for (NodeRun r : nodeRuns) {
      ObjectNode n = a.addObject();
      n.put("nodeId", r.nodeId);
      n.put("nodeLabel", r.label);
      n.put("nodeType", r.nodeType);
      n.put("status", r.status);
      n.set("output", r.output == null ? Json.NODES.nullNode() : r.output.deepCopy());
      n.put("error", r.error);
      n.put("startTime", r.startTime == null ? null : Json.time(r.startTime));
      n.put("endTime", r.endTime == null ? null : Json.time(r.endTime));
      n.put("credits", r.credits);
    }
    return a;
  }

  private static void collectUrls(ObjectNode output, ArrayNode urls) {
    if (output == null) {
      return;
    }
    for (JsonNode img : output.path("images")) {
      if (img.hasNonNull("url")) {
        urls.add(img.get("url").asText());
      }
    }
    if (urls.isEmpty() && output.hasNonNull("url")) {
      urls.add(output.get("url").asText());
    }
  }

  /** The file form: the poll body plus what a restart needs to rebuild the node values. */
  synchronized ObjectNode storedJson() {
    ObjectNode o = pollJson();
    o.put("trigger", trigger);
    ArrayNode values = o.putArray("nodeValues");
    for (NodeRun r : nodeRuns) {
      ObjectNode v = values.addObject();
      v.put("nodeId", r.nodeId);
      ObjectNode m = v.putObject("values");
      r.values.forEach(m::put);
    }
    return o;
  }

  static Execution fromStored(JsonNode s) {
    List<NodeRun> runs = new ArrayList<>();
    Map<String, JsonNode> values = new LinkedHashMap<>();
    s.path("nodeValues").forEach(v -> values.put(v.path("nodeId").asText(), v.path("values")));
    for (JsonNode n : s.path("nodeResults").path("nodeRuns")) {
      NodeRun r = new NodeRun(n.path("nodeId").asText(), n.path("nodeLabel").asText(""),
          Json.text(n, "nodeType"));
      r.status = n.path("status").asText(PENDING);
      r.output = n.path("output").isObject() ? (ObjectNode) n.get("output") : null;
      r.error = Json.text(n, "error");
      r.startTime = instant(n, "startTime");
      r.endTime = instant(n, "endTime");
      r.credits = n.path("credits").asLong(0);
      values.getOrDefault(r.nodeId, Json.object()).fields()
          .forEachRemaining(f -> r.values.put(f.getKey(), f.getValue().asText()));
      runs.add(r);
    }
    Execution e = new Execution(s.path("id").asText(), s.path("workflowId").asText(),
        s.path("batchId").asText(), s.path("trigger").asText("execute"),
        instant(s, "startTime"), runs);
    e.status = s.path("status").asText(FAILED);
    e.endTime = instant(s, "endTime");
    e.error = Json.text(s, "error");
    e.creditsUsed = s.path("creditsUsed").asLong(0);
    return e;
  }

  /** Marks a run the emulator was killed during as FAILED. */
  synchronized boolean interruptIfRunning(Instant at) {
    if (!status.equals(RUNNING)) {
      return false;
    }
    String msg = "The emulator stopped while this execution was running";
    for (NodeRun r : nodeRuns) {
      if (r.status.equals(RUNNING)) {
        r.status = FAILED;
        r.error = msg;
        r.endTime = at;
      }
    }
    status = FAILED;
    error = msg;
    endTime = at;
    return true;
  }

  private static Instant instant(JsonNode n, String field) {
    String t = Json.text(n, field);
    return t == null ? null : Instant.parse(t);
  }
}
