package dev.wireform.cli.run;

import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.api.ExecutionState;
import dev.wireform.cli.api.ExecutionStatus;
import dev.wireform.cli.api.NodeRun;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Progress for logs and pipes: one line each time the execution or a node changes state, e.g.
 * {@code [  4.8s] upscale-1 (ClarityAI Upscaler): RUNNING}. Polls that change nothing print
 * nothing.
 */
final class LineProgress implements Progress {
  private final PrintWriter out;
  private final Map<String, String> seen = new HashMap<>();
  private String executionState = "";

  LineProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void polled(ExecutionStatus status, Duration elapsed) {
    String state = word(status.state(), status.rawStatus());
    if (!state.equals(executionState) && !status.isTerminal()) {
      line(elapsed, "execution " + status.executionId() + ": " + state);
    }
    executionState = state;
    for (NodeRun n : status.nodes()) {
      String s = word(n.state(), n.rawStatus());
      if (!s.equals(seen.put(n.nodeId(), s))) {
        line(elapsed, describe(n) + ": " + s + n.error().map(e -> " (" + e + ")").orElse(""));
      }
    }
    out.flush();
  }

  @Override
  public void pollFailed(ApiException e, Duration retryIn, Duration elapsed) {
    line(elapsed, "poll failed: " + e.getMessage().lines().findFirst().orElse("")
        + "; polling again in " + Durations.format(retryIn));
    out.flush();
  }

  private void line(Duration elapsed, String text) {
    out.println(String.format("[%7s] %s", Durations.format(elapsed), text));
  }

  static String describe(NodeRun n) {
    return n.nodeId() + n.label().filter(l -> !l.isBlank() && !l.equals(n.nodeId()))
        .map(l -> " (" + l + ")").orElse("");
  }

  static String word(ExecutionState state, String raw) {
    return state == ExecutionState.UNKNOWN ? (raw.isBlank() ? "UNKNOWN" : raw) : state.name();
  }
}
