package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP answer before it is sent: status, extra headers, and a body held in memory or, for
 * served media, a file.
 */
record Reply(int status, Map<String, String> headers, String contentType, byte[] body, Path file) {
  static final String JSON = "application/json; charset=utf-8";

  Reply {
    headers = headers.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(
        new LinkedHashMap<>(headers));
    Objects.requireNonNull(body, "body == null");
  }

  static Reply json(int status, JsonNode body) {
    return new Reply(status, Map.of(), JSON, Json.bytes(body), null);
  }

  static Reply jsonBytes(int status, byte[] body) {
    return new Reply(status, Map.of(), JSON, body, null);
  }

  /** The docs' error shape: {@code {"error": "<message>"}}. */
  static Reply error(int status, String message) {
    ObjectNode body = Json.object();
    body.put("error", message);
    return json(status, body);
  }

  static Reply empty(int status) {
    return new Reply(status, Map.of(), null, new byte[0], null);
  }

  static Reply file(Path file, String contentType) {
    return new Reply(200, Map.of(), contentType, new byte[0], file);
  }

  Reply withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Reply(status, h, contentType, body, file);
  }
}
