package dev.wireform.cli.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The account has too few credits for the run (402); nothing was started or charged. */
public final class InsufficientCreditsException extends ApiException {
  private final Optional<BigDecimal> required;
  private final Optional<BigDecimal> available;
  private final List<CreditCharge> breakdown;

  public InsufficientCreditsException(
      ErrorContext context,
      Optional<BigDecimal> required,
      Optional<BigDecimal> available,
      List<CreditCharge> breakdown) {
    super(
        context,
        breakdown.stream().map(CreditCharge::describe).toList(),
        fix(required, available),
        null);
    this.required = Objects.requireNonNull(required);
    this.available = Objects.requireNonNull(available);
    this.breakdown = List.copyOf(breakdown);
  }

  private static String fix(Optional<BigDecimal> required, Optional<BigDecimal> available) {
    if (required.isPresent() && available.isPresent()) {
      BigDecimal missing = required.get().subtract(available.get());
      return "add at least " + missing.toPlainString()
          + (missing.compareTo(java.math.BigDecimal.ONE) == 0 ? " credit" : " credits")
          + " (required "
          + required.get().toPlainString() + ", available " + available.get().toPlainString()
          + "), or run fewer nodes";
    }
    return "add credits to the Wireflow account, or run fewer nodes";
  }

  public Optional<BigDecimal> required() {
    return required;
  }

  public Optional<BigDecimal> available() {
    return available;
  }

  /** Per-node costs, in the server's order. */
  public List<CreditCharge> breakdown() {
    return breakdown;
  }
}
