package dev.wireform.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wireform.cli.api.ExecutionState;
import dev.wireform.cli.api.ExecutionStatus;
import dev.wireform.cli.api.NodeRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  private static NodeRun node(String id, String label, ExecutionState s) {
    return new NodeRun(id, Optional.of(label), s, s.name(), Optional.empty(), List.of(),
        Optional.empty(), JsonNodeFactory.instance.nullNode());
  }

  private static ExecutionStatus status(ExecutionState upscale) {
    return new ExecutionStatus("cm1", ExecutionState.RUNNING, "RUNNING", Optional.empty(),
        List.of(node("input-1", "Image URL", ExecutionState.COMPLETED),
            node("upscale-1", "ClarityAI Upscaler", upscale)),
        Optional.empty(), JsonNodeFactory.instance.objectNode());
  }

  @Test
  void redrawsOneLinePerNodeInPlace() {
    StringWriter s = new StringWriter();
    TerminalProgress p = new TerminalProgress(new PrintWriter(s), false);
    p.waiting(Duration.ofSeconds(1), Duration.ZERO);
    p.polled(status(ExecutionState.PENDING), Duration.ofSeconds(1));
    p.polled(status(ExecutionState.RUNNING), Duration.ofMillis(2500));
    String esc = "\u001b[";
    assertThat(s.toString()).isEqualTo(
        esc + "2K  started · 0.0s · next poll in 1.0s\n" + esc + "J"
            + esc + "1F"
            + esc + "2K  ✔ input-1 (Image URL)             COMPLETED\n"
            + esc + "2K  ○ upscale-1 (ClarityAI Upscaler)  PENDING\n"
            + esc + "2K  RUNNING · 1.0s\n" + esc + "J"
            + esc + "3F"
            + esc + "2K  ✔ input-1 (Image URL)             COMPLETED\n"
            + esc + "2K  ● upscale-1 (ClarityAI Upscaler)  RUNNING\n"
            + esc + "2K  RUNNING · 2.5s\n" + esc + "J");
  }

  @Test
  void linesForLogsOnlyWhenSomethingChanged() {
    StringWriter s = new StringWriter();
    LineProgress p = new LineProgress(new PrintWriter(s));
    p.polled(status(ExecutionState.RUNNING), Duration.ofSeconds(1));
    p.polled(status(ExecutionState.RUNNING), Duration.ofMillis(2500));
    p.polled(status(ExecutionState.COMPLETED), Duration.ofMillis(4750));
    assertThat(s.toString()).isEqualTo(
        "[   1.0s] execution cm1: RUNNING\n"
            + "[   1.0s] input-1 (Image URL): COMPLETED\n"
            + "[   1.0s] upscale-1 (ClarityAI Upscaler): RUNNING\n"
            + "[   4.8s] upscale-1 (ClarityAI Upscaler): COMPLETED\n");
  }
}
