package dev.wireform.emulator;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An API key the emulator accepts on {@code /api/v1}.
 *
 * @param key the secret, sent as {@code Authorization: Bearer <key>}; starts with {@code sk-} or
 *     {@code wf_live_}
 * @param name a label for logs and the admin API (the secret itself is never shown there)
 * @param scopes what the key may do; a call needing another scope answers 403
 * @param expiresAt when the key stops working (401 {@code API key has expired}), or empty
 */
public record ApiKey(String key, String name, Set<Scope> scopes, Optional<Instant> expiresAt) {
  public ApiKey {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(name, "name == null");
    if (!hasValidFormat(key)) {
      throw new IllegalArgumentException(
          "API key '" + name + "' must start with 'sk-' or 'wf_live_' and hold no spaces");
    }
    scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    Objects.requireNonNull(expiresAt, "expiresAt == null");
  }

  /** A key with every scope and no expiry. */
  public static ApiKey allScopes(String key, String name) {
    return new ApiKey(key, name, EnumSet.allOf(Scope.class), Optional.empty());
  }

  /** A key with exactly {@code scopes} and no expiry. */
  public static ApiKey withScopes(String key, String name, Scope... scopes) {
    return new ApiKey(
        key, name, scopes.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(scopes)),
        Optional.empty());
  }

  /** This key, expiring at {@code at}. */
  public ApiKey expiringAt(Instant at) {
    return new ApiKey(key, name, scopes, Optional.of(at));
  }

  /** Whether the key is past its expiry at {@code now}. */
  public boolean expiredAt(Instant now) {
    return expiresAt.map(at -> !now.isBefore(at)).orElse(false);
  }

  /** The key shortened for display: {@code sk-emu-…3f9a}. */
  public String masked() {
    return key.substring(0, Math.min(7, key.length())) + "…"
        + key.substring(Math.max(0, key.length() - 4));
  }

  static boolean hasValidFormat(String key) {
    return (key.startsWith("sk-") || key.startsWith("wf_live_"))
        && key.length() > 3
        && key.chars().noneMatch(c -> c <= ' ' || c > '~');
  }

  @Override
  public String toString() {
    // Never print the secret.
    return "ApiKey[name=" + name + ", key=" + masked() + ", scopes=" + scopes
        + ", expiresAt=" + expiresAt + "]";
  }
}
