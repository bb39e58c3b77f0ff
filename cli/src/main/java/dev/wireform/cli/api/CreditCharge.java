package dev.wireform.cli.api;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One node's share of a run's credit cost, from a 402 {@code breakdown}. */
public record CreditCharge(String nodeId, Optional<String> nodeLabel, BigDecimal credits) {
  public CreditCharge {
    Objects.requireNonNull(nodeId, "nodeId == null");
    Objects.requireNonNull(nodeLabel, "nodeLabel == null");
    Objects.requireNonNull(credits, "credits == null");
  }

  String describe() {
    return "node '" + nodeId + "'" + nodeLabel.map(l -> " (" + l + ")").orElse("") + ": "
        + credits.toPlainString() + (credits.compareTo(BigDecimal.ONE) == 0 ? " credit" : " credits");
  }
}
