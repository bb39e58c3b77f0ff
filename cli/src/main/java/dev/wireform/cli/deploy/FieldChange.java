package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One value that differs: {@code params.scale_factor: 2 → 4}.
 *
 * @param path the dotted path of the value, e.g. {@code name} or {@code params.scale_factor}
 * @param before the remote value, or empty when the remote does not have it
 * @param after the value the code wants, or empty when the code removes it
 */
public record FieldChange(String path, Optional<JsonNode> before, Optional<JsonNode> after) {
  public FieldChange {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(before, "before == null");
    Objects.requireNonNull(after, "after == null");
  }
}
