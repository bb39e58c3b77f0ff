package dev.wireform.cli.run;

import dev.wireform.cli.output.JsonText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.cli.api.ExecutionStatus;
import dev.wireform.cli.api.NodeRun;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one {@code run}, {@code trigger} or {@code status} found out, gathered as it goes,
 * then printed once: as the closing text for people, or as the one JSON document of {@code
 * --format json}.
 */
final class Report {
  /** One uploaded input file. */
  record Upload(String target, String file, long size, String url, boolean reused) {}

  /** The node that made an execution fail. */
  record Failure(String nodeId, String label, String error) {
    String describe() {
      return "'" + nodeId + "'" + (label.isBlank() || label.equals(nodeId) ? "" : " (" + label
          + ")");
    }
  }

  private static final ObjectMapper JSON = JsonText.mapper();

  final String command;
  String outcome = "error";
  int exitCode = 1;
  Optional<String> environment = Optional.empty();
  Optional<String> endpoint = Optional.empty();
  Optional<String> workflowKey = Optional.empty();
  Optional<String> workflowId = Optional.empty();
  Optional<String> workflowName = Optional.empty();
  Optional<String> webhookId = Optional.empty();
  Optional<String> idempotencyKey = Optional.empty();
  Optional<String> executionId = Optional.empty();
  final Map<String, JsonNode> inputs = new LinkedHashMap<>();
  final List<Upload> uploads = new ArrayList<>();
  Optional<ExecutionStatus> status = Optional.empty();
  Optional<Duration> elapsed = Optional.empty();
  int polls;
  final List<NodeOutput> outputs = new ArrayList<>();
  final List<DownloadedFile> downloads = new ArrayList<>();
  Optional<Failure> failure = Optional.empty();
  final List<String> errors = new ArrayList<>();
  Optional<JsonNode> errorDetail = Optional.empty();
  Optional<String> resume = Optional.empty();

  Report(String command) {
    this.command = command;
  }

  /** Ends the report with {@code outcome} and the exit code that goes with it. */
  Report end(String outcome, int exitCode) {
    this.outcome = outcome;
    this.exitCode = exitCode;
    return this;
  }

  /** The closing lines for people, on {@code out}: outputs and downloads. */
  void printText(PrintWriter out) {
    status.ifPresent(
        s -> {
          if (!s.isTerminal()) {
            return;
          }
          out.println(
              LineProgress.word(s.state(), s.rawStatus())
                  + elapsed.filter(e -> polls > 0).map(e -> " in " + Durations.format(e))
                      .orElse("")
                  + (polls > 0 ? " (" + polls + (polls == 1 ? " poll)" : " polls)") : ""));
        });
    for (NodeOutput o : outputs) {
      out.println(o.describe());
      for (String url : o.urls()) {
        out.println("  " + url);
      }
      o.text().ifPresent(t -> t.lines().forEach(l -> out.println("  | " + l)));
      if (o.urls().isEmpty() && o.text().isEmpty()) {
        out.println("  (no output)");
      }
      o.cap().ifPresent(c -> out.println("  note: " + c.describe()));
    }
    if (!downloads.isEmpty()) {
      int width = downloads.stream().mapToInt(d -> d.shown().length()).max().orElse(0);
      out.println("downloaded:");
      for (DownloadedFile d : downloads) {
        String dims = d.width().isPresent() && d.height().isPresent()
            ? d.width().get() + "×" + d.height().get() + "  " : "";
        out.println("  " + d.shown() + " ".repeat(width - d.shown().length()) + "  "
            + d.contentType() + "  " + dims + Sizes.format(d.size()) + "  sha256 " + d.sha256());
      }
    }
    out.flush();
  }

  /** The JSON document. */
  void printJson(PrintWriter out) {
    out.print(JsonText.write(toJson()));
    out.flush();
  }

  ObjectNode toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("command", command);
    o.put("outcome", outcome);
    o.put("exitCode", exitCode);
    o.put("environment", environment.orElse(null));
    o.put("endpoint", endpoint.orElse(null));
    if (workflowKey.isPresent() || workflowId.isPresent() || workflowName.isPresent()) {
      ObjectNode w = o.putObject("workflow");
      w.put("key", workflowKey.orElse(null));
      w.put("id", workflowId.orElse(null));
      w.put("name", workflowName.orElse(null));
    }
    webhookId.ifPresent(id -> o.put("webhookId", id));
    o.put("idempotencyKey", idempotencyKey.orElse(null));
    o.put("executionId", executionId.orElse(null));
    o.put("status", status.map(s -> LineProgress.word(s.state(), s.rawStatus())).orElse(null));
    o.put("elapsedSeconds", elapsed.map(e -> BigDecimal.valueOf(e.toMillis(), 3)).orElse(null));
    o.put("polls", polls);
    if (!inputs.isEmpty()) {
      ObjectNode in = o.putObject("inputs");
      inputs.forEach(in::set);
    }
    ArrayNode up = o.putArray("uploads");
    for (Upload u : uploads) {
      ObjectNode x = up.addObject();
      x.put("input", u.target());
      x.put("file", u.file());
      x.put("bytes", u.size());
      x.put("url", u.url());
      x.put("reused", u.reused());
    }
    ArrayNode nodes = o.putArray("nodes");
    status.ifPresent(s -> s.nodes().forEach(n -> nodes.add(node(n))));
    ArrayNode outs = o.putArray("outputs");
    for (NodeOutput n : outputs) {
      ObjectNode x = outs.addObject();
      x.put("nodeId", n.nodeId());
      x.put("label", n.label());
      x.put("status", n.state());
      ArrayNode urls = x.putArray("urls");
      n.urls().forEach(urls::add);
      x.put("text", n.text().orElse(null));
      n.cap().ifPresent(c -> {
        ObjectNode cap = x.putObject("cap");
        cap.put("maxPixels", c.maxPixels());
        cap.put("requestedScale", c.requestedScale());
        cap.put("appliedScale", c.appliedScale());
        cap.put("width", c.width());
        cap.put("height", c.height());
        cap.put("message", c.describe());
      });
    }
    ArrayNode dl = o.putArray("downloads");
    for (DownloadedFile d : downloads) {
      ObjectNode x = dl.addObject();
      x.put("nodeId", d.nodeId());
      x.put("url", d.url());
      x.put("file", d.shown());
      x.put("contentType", d.contentType());
      x.put("bytes", d.size());
      x.put("sha256", d.sha256());
      x.put("width", d.width().orElse(null));
      x.put("height", d.height().orElse(null));
    }
    if (failure.isPresent()) {
      ObjectNode f = o.putObject("failure");
      f.put("nodeId", failure.get().nodeId());
      f.put("label", failure.get().label());
      f.put("error", failure.get().error());
    } else {
      o.putNull("failure");
    }
    ArrayNode errs = o.putArray("errors");
    errors.forEach(errs::add);
    errorDetail.ifPresent(d -> o.set("errorDetail", d));
    o.put("resume", resume.orElse(null));
    return o;
  }

  private static ObjectNode node(NodeRun n) {
    ObjectNode x = JSON.createObjectNode();
    x.put("nodeId", n.nodeId());
    x.put("label", n.label().orElse(null));
    x.put("status", LineProgress.word(n.state(), n.rawStatus()));
    x.put("error", n.error().orElse(null));
    return x;
  }
}
