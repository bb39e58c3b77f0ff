package dev.wireform.cli.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A conflict (409), usually a stale write: the workflow changed on the server after it was read,
 * so the update (sent with {@code baseUpdatedAt}) was refused rather than overwrite someone's
 * edit. Also an {@code Idempotency-Key} whose first request is still being processed.
 */
public final class ConflictException extends ApiException {
  private final Optional<String> currentUpdatedAt;
  private final Optional<String> yourBaseUpdatedAt;

  /** The usual fix for a stale write. */
  static final String STALE_WRITE_FIX =
      "the workflow changed on the server since it was read; run plan again to see the change,"
          + " then apply";

  public ConflictException(
      ErrorContext context, Optional<String> currentUpdatedAt, Optional<String> yourBaseUpdatedAt) {
    this(context, currentUpdatedAt, yourBaseUpdatedAt, STALE_WRITE_FIX);
  }

  /** A conflict with its own fix (e.g. an idempotency key still in use). */
  public ConflictException(
      ErrorContext context,
      Optional<String> currentUpdatedAt,
      Optional<String> yourBaseUpdatedAt,
      String fix) {
    super(context, details(currentUpdatedAt, yourBaseUpdatedAt), fix, null);
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
