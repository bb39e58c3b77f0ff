package dev.wireform.cli.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stale write (409): the workflow changed on the server after it was read, so the update
 * (sent with {@code baseUpdatedAt}) was refused rather than overwrite someone's edit.
 */
public final class ConflictException extends ApiException {
  private final Optional<String> currentUpdatedAt;
  private final Optional<String> yourBaseUpdatedAt;

  public ConflictException(
      ErrorContext context, Optional<String> currentUpdatedAt, Optional<String> yourBaseUpdatedAt) {
    super(
        context,
        details(currentUpdatedAt, yourBaseUpdatedAt),
        "the workflow changed on the server since it was read; run plan again to see the"
            + " change, then apply",
        null);
    this.currentUpdatedAt = Objects.requireNonNull(currentUpdatedAt);
    this.yourBaseUpdatedAt = Objects.requireNonNull(yourBaseUpdatedAt);
  }

  private static List<String> details(Optional<String> current, Optional<String> base) {
    if (current.isEmpty() && base.isEmpty()) {
      return List.of();
    }
    return List.of(
        "server updatedAt " + current.orElse("unknown") + ", ours " + base.orElse("unknown"));
  }

  /** The server's {@code updatedAt} now, if it said. */
  public Optional<String> currentUpdatedAt() {
    return currentUpdatedAt;
  }

  /** The {@code baseUpdatedAt} we sent, as the server echoed it. */
  public Optional<String> yourBaseUpdatedAt() {
    return yourBaseUpdatedAt;
  }
}
