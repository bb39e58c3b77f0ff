package dev.wireform.emulator;

import com.sun.net.httpserver.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed HTTP request.
 *
 * @param method the HTTP method, upper case
 * @param path the raw path, e.g. {@code /api/v1/workflows/cm1}
 * @param segments the decoded path segments after the mount point ({@code /api/v1} or {@code
 *     /_emulator})
 * @param query decoded query parameters (the first value of each)
 * @param headers the request headers
 * @param body the request body, possibly empty
 * @param requestId the {@code X-Request-Id} of the answer
 * @param at when the request arrived, by the emulator's clock
 */
record Request(
    String method,
    String path,
    List<String> segments,
    Map<String, String> query,
    Headers headers,
    byte[] body,
    String requestId,
    Instant at) {

  Request {
    segments = List.copyOf(segments);
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  String header(String name) {
    return headers.getFirst(name);
  }

  String segment(int i) {
    return segments.get(i);
  }

  static List<String> segments(String path, String mount) {
    String rest = path.substring(mount.length());
    List<String> out = new ArrayList<>();
    for (String s : rest.split("/")) {
      if (!s.isEmpty()) {
        out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  static Map<String, String> query(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.putIfAbsent(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }
}
