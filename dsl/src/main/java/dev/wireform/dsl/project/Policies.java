package dev.wireform.dsl.project;

import java.util.Objects;
import java.util.Optional;

/**
 * Project-wide deployment policies, from {@code wireform.yaml}'s {@code policies}; an environment's
 * own {@code protect} and {@code maxDeletes} take precedence.
 *
 * @param prune whether {@code apply} deletes owned workflows that left the code without being asked
 *     with {@code --prune}
 * @param protect whether workflows are protected from deletion unless they say otherwise
 * @param maxDeletes the most workflows one apply may delete, when present
 */
public record Policies(boolean prune, boolean protect, Optional<Integer> maxDeletes) {
  /** No pruning, nothing protected, no delete limit. */
  public static final Policies DEFAULT = new Policies(false, false, Optional.empty());

  public Policies {
    Objects.requireNonNull(maxDeletes, "maxDeletes == null");
    maxDeletes.ifPresent(
        n -> {
          if (n < 0) {
            throw new IllegalArgumentException("maxDeletes must be >= 0: " + n);
          }
        });
  }
}
