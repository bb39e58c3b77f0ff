package dev.wireform.cli.run;

import dev.wireform.cli.output.JsonText;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.UserErrorException;
import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.api.CreditCharge;
import dev.wireform.cli.api.InsufficientCreditsException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what stopped a command before or while starting a run (a user error, an API error, a
 * 402) into its closing lines and exit code; {@code --format json} also gets the JSON document.
 */
final class Failures {
  private static final ObjectMapper JSON = JsonText.mapper();

  private Failures() {}

  /**
   * Reports {@code lines} (the first is the headline, the others its details, one problem each)
   * and returns the exit code.
   */
  static int report(Console console, Report report, String outcome, int exit, List<String> lines) {
    report.errors.addAll(lines);
    console.err().println("error: " + lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      console.err().println("  " + lines.get(i));
    }
    console.err().flush();
    report.end(outcome, exit);
    if (console.json()) {
      report.printJson(console.out());
    }
    return exit;
  }

  static int user(Console console, Report report, UserErrorException e) {
    return report(console, report, "error", e.exitCode(), e.getMessage().lines().toList());
  }

  static int api(Console console, Report report, ApiException e, String what) {
    if (e instanceof InsufficientCreditsException credits) {
      return credits(console, report, credits, what);
    }
    return report(console, report, "error", ExitCodes.FAILED, e.getMessage().lines().toList());
  }

  /** 402: required against available credits, each node's share, the fix and the request. */
  static int credits(
      Console console, Report report, InsufficientCreditsException e, String what) {
    List<String> lines = new ArrayList<>();
    lines.add("not enough credits to run " + what + ": required "
        + e.required().map(r -> r.toPlainString()).orElse("?") + ", available "
        + e.available().map(a -> a.toPlainString()).orElse("?"));
    for (CreditCharge c : e.breakdown()) {
      lines.add("node '" + c.nodeId() + "'" + c.nodeLabel().map(l -> " (" + l + ")").orElse("")
          + ": " + c.credits().toPlainString() + " credits");
    }
    e.fix().ifPresent(f -> lines.add("fix: " + f));
    lines.add("(HTTP " + e.status() + " from " + e.method() + " " + e.path()
        + e.requestId().map(id -> ", request id " + id).orElse("") + "; nothing was started or"
        + " charged)");
    ObjectNode detail = JSON.createObjectNode();
    detail.put("status", e.status());
    e.required().ifPresent(r -> detail.put("requiredCredits", r));
    e.available().ifPresent(a -> detail.put("availableCredits", a));
    ArrayNode b = detail.putArray("breakdown");
    for (CreditCharge c : e.breakdown()) {
      ObjectNode x = b.addObject();
      x.put("nodeId", c.nodeId());
      x.put("nodeLabel", c.nodeLabel().orElse(null));
      x.put("credits", c.credits());
    }
    e.requestId().ifPresent(id -> detail.put("requestId", id));
    report.errorDetail = java.util.Optional.of(detail);
    return report(console, report, "insufficient_credits", ExitCodes.FAILED, lines);
  }
}
