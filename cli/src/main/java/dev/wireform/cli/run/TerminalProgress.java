package dev.wireform.cli.run;

import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.api.ExecutionState;
import dev.wireform.cli.api.ExecutionStatus;
import dev.wireform.cli.api.NodeRun;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Progress on an interactive terminal: a block with one line per node and a footer (elapsed
 * time, next poll), redrawn in place after every poll with ANSI cursor movement.
 */
final class TerminalProgress implements Progress {
  private static final String ESC = "\u001b[";

  private final PrintWriter out;
  private final boolean color;
  private ExecutionStatus last;
  private String footer = "";
  private int drawn;

  TerminalProgress(PrintWriter out, boolean color) {
    this.out = out;
    this.color = color;
  }

  @Override
  public void polled(ExecutionStatus status, Duration elapsed) {
    last = status;
    footer = LineProgress.word(status.state(), status.rawStatus()) + " · "
        + Durations.format(elapsed);
    draw();
  }

  @Override
  public void waiting(Duration next, Duration elapsed) {
    footer = (last == null ? "started" : LineProgress.word(last.state(), last.rawStatus()))
        + " · " + Durations.format(elapsed) + " · next poll in " + Durations.format(next);
    draw();
  }

  @Override
  public void pollFailed(ApiException e, Duration retryIn, Duration elapsed) {
    footer = "poll failed (" + e.getMessage().lines().findFirst().orElse("") + ") · retrying in "
        + Durations.format(retryIn);
    draw();
  }

  @Override
  public void done() {
    out.flush();
  }

  private void draw() {
    List<String> lines = new ArrayList<>();
    if (last != null) {
      int width = 0;
      for (NodeRun n : last.nodes()) {
        width = Math.max(width, LineProgress.describe(n).length());
      }
      for (NodeRun n : last.nodes()) {
        String d = LineProgress.describe(n);
        lines.add("  " + symbol(n.state()) + " " + d + " ".repeat(width - d.length()) + "  "
            + paint(n.state(), LineProgress.word(n.state(), n.rawStatus())));
      }
    }
    lines.add("  " + footer);
    StringBuilder b = new StringBuilder();
    if (drawn > 0) {
      b.append(ESC).append(drawn).append('F');
    }
    for (String l : lines) {
      b.append(ESC).append("2K").append(l).append('\n');
    }
    b.append(ESC).append('J');
    out.print(b);
    out.flush();
    drawn = lines.size();
  }

  private static String symbol(ExecutionState s) {
    return switch (s) {
      case COMPLETED -> "✔";
      case FAILED, CANCELLED -> "✘";
      case RUNNING -> "●";
      default -> "○";
    };
  }

  private String paint(ExecutionState s, String word) {
    if (!color) {
      return word;
    }
    String code = switch (s) {
      case COMPLETED -> "32";
      case FAILED, CANCELLED -> "31";
      case RUNNING -> "33";
      default -> "2";
    };
    return ESC + code + "m" + word + ESC + "0m";
  }
}
