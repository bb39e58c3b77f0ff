package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@code POST /media/upload}: where the uploaded file is now served. */
public record UploadedMedia(String url, JsonNode raw) {
  public UploadedMedia {
    Objects.requireNonNull(url, "url == null");
    raw = raw.deepCopy();
  }

  @Override
  public JsonNode raw() {
    return raw.deepCopy();
  }

  static Optional<UploadedMedia> from(JsonNode body) {
    JsonNode p = Json.unwrap(body, Set.of("url"), "data");
    return Json.text(p, "url").filter(u -> !u.isBlank()).map(u -> new UploadedMedia(u, p));
  }
}
