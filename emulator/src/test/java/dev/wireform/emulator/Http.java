package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A tiny loopback client for the emulator's tests: real HTTP, no mocks. */
final class Http {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  /** An answer. */
  record Response(int status, HttpHeaders headers, String body) {
    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private final String root;
  private String auth;

  Http(EmulatorServer server) {
    this.root = server.rootUrl();
    this.auth = "Bearer " + server.apiKey();
  }

  /** A client sending {@code authorization} as is (null for none). */
  Http withAuth(String authorization) {
    Http h = new Http(root);
    h.auth = authorization;
    return h;
  }

  private Http(String root) {
    this.root = root;
  }

  Response get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  Response post(String path, String json, String... headers) {
    return send("POST", path, json, headers);
  }

  Response put(String path, String json, String... headers) {
    return send("PUT", path, json, headers);
  }

  Response delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  /** {@code path} starting with {@code /} is under the root, otherwise under {@code /api/v1/}. */
  Response send(String method, String path, String json, String... headers) {
    try {
      return sendOrThrow(method, path, json, headers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Response sendOrThrow(String method, String path, String json, String... headers)
      throws IOException {
    String url = path.startsWith("/") ? root + path : root + "/api/v1/" + path;
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    List<String> h = new ArrayList<>(List.of(headers));
    for (int i = 0; i + 1 < h.size(); i += 2) {
      b.header(h.get(i), h.get(i + 1));
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  byte[] bytes(String url) {
    try {
      return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofByteArray()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
