package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One node's part of an execution, merged from {@code nodeResults.nodeRuns[]} and {@code
 * nodeStates[]} when the server sends both.
 *
 * @param outputUrls every media URL found in the node's output, in order ({@code outputUrl},
 *     {@code outputUrls}, {@code output.url}, {@code output.images[].url}, ...)
 * @param text text output (LLM nodes), if any
 * @param output the raw {@code output} (or {@code outputs}) value; JSON null if none
 */
public record NodeRun(
    String nodeId,
    Optional<String> label,
    ExecutionState state,
    String rawStatus,
    Optional<String> error,
    List<String> outputUrls,
    Optional<String> text,
    JsonNode output) {
  public NodeRun {
    Objects.requireNonNull(nodeId, "nodeId == null");
    Objects.requireNonNull(label, "label == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(rawStatus, "rawStatus == null");
    Objects.requireNonNull(error, "error == null");
    outputUrls = List.copyOf(outputUrls);
    Objects.requireNonNull(text, "text == null");
    output = output.deepCopy();
  }

  @Override
  public JsonNode output() {
    return output.deepCopy();
  }

  static NodeRun from(JsonNode n) {
    JsonNode output =
        Json.field(n, "output").or(() -> Json.field(n, "outputs")).or(() -> Json.field(n, "result"))
            .orElse(NullNode.getInstance());
    List<String> urls = new ArrayList<>();
    Json.text(n, "outputUrl").ifPresent(urls::add);
    for (String u : Json.strings(n, "outputUrls")) {
      if (!urls.contains(u)) {
        urls.add(u);
      }
    }
    Json.collectUrls(output, urls);
    String status = Json.text(n, "status").orElse("");
    return new NodeRun(
        Json.text(n, "nodeId").or(() -> Json.text(n, "id")).orElse(""),
        Json.text(n, "label").or(() -> Json.text(n, "nodeLabel")),
        ExecutionState.parse(status),
        status,
        errorText(n.get("error")),
        urls,
        Json.text(n, "text").or(() -> output.isTextual() && !output.asText().startsWith("http")
            ? Optional.of(output.asText()) : Optional.empty()),
        output);
  }

  /** An error as text: a string, or the message of an error object. */
  static Optional<String> errorText(JsonNode e) {
    if (e == null || e.isNull() || e.isMissingNode()) {
      return Optional.empty();
    }
    if (e.isTextual()) {
      return e.asText().isBlank() ? Optional.empty() : Optional.of(e.asText());
    }
    if (e.isObject()) {
      return Json.firstText(e, "message", "error", "code").or(() -> Optional.of(e.toString()));
    }
    return Optional.of(e.toString());
  }

  /** This run, with the blanks filled from {@code other} (the same node from the other list). */
  NodeRun mergedWith(NodeRun other) {
    List<String> urls = new ArrayList<>(outputUrls);
    other.outputUrls.stream().filter(u -> !urls.contains(u)).forEach(urls::add);
    boolean useOtherState = state == ExecutionState.UNKNOWN;
    return new NodeRun(
        nodeId,
        label.or(() -> other.label),
        useOtherState ? other.state : state,
        useOtherState ? other.rawStatus : rawStatus,
        error.or(() -> other.error),
        urls,
        text.or(() -> other.text),
        output.isNull() ? other.output : output);
  }
}
