package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code Idempotency-Key} on POST: the first answer to a key is kept for 24 hours (one file per
 * key under {@code idempotency/}) and replayed, byte for byte, to any later request with the
 * same key and the same method, path and body. A different request with a used key, or a
 * request while the first is still being handled, is refused.
 */
final class Idempotency {
  static final Duration WINDOW = Duration.ofHours(24);
  private static final Set<String> KEPT_HEADERS = Set.of("Location");

  /** What to do with a keyed request. */
  sealed interface Lookup permits Fresh, Replay, Mismatch, InFlight {}

  record Fresh() implements Lookup {}

  record Replay(Reply reply) implements Lookup {}

  record Mismatch() implements Lookup {}

  record InFlight() implements Lookup {}

  private record Stored(String fingerprint, Instant at, Reply reply) {}

  private final Path dir;
  private final Map<String, Stored> stored = new HashMap<>();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  private Idempotency(Path dir) {
    this.dir = dir;
  }

  static Idempotency load(Path dataDir, Instant now) throws IOException {
    Idempotency idem = new Idempotency(dataDir.resolve("idempotency"));
    Files.createDirectories(idem.dir);
    AtomicFiles.removeTempFiles(idem.dir);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(idem.dir, "*.json")) {
      for (Path f : files) {
        JsonNode r = Json.parseStored(f);
        Instant at = Instant.parse(r.path("at").asText());
        if (now.isAfter(at.plus(WINDOW))) {
          Files.deleteIfExists(f);
          continue;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        r.path("headers").fields()
            .forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        String contentType = Json.text(r, "contentType");
        Reply reply = new Reply(
            r.path("status").asInt(), headers, contentType,
            Base64.getDecoder().decode(r.path("body").asText()), null);
        idem.stored.put(
            r.path("key").asText(), new Stored(r.path("fingerprint").asText(), at, reply));
      }
    }
    return idem;
  }

  static String fingerprint(String method, String path, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(body);
      return hex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts handling a keyed request; a {@link Fresh} answer must be ended by {@link #finish}. */
  Lookup begin(String key, String fingerprint, Instant now) {
    synchronized (stored) {
      Stored s = stored.get(key);
      if (s != null && now.isAfter(s.at().plus(WINDOW))) {
        stored.remove(key);
        s = null;
      }
      if (s != null) {
        return s.fingerprint().equals(fingerprint) ? new Replay(s.reply()) : new Mismatch();
      }
      if (!inFlight.add(key)) {
        return new InFlight();
      }
      return new Fresh();
    }
  }

  /**
   * Ends a {@link Fresh} request. Answers below 500 other than 429 are kept; a 5xx or 429 is
   * not, so the client's retry with the same key is carried out.
   */
  void finish(String key, String fingerprint, Reply reply, Instant now) throws IOException {
    try {
      if (reply.status() >= 500 || reply.status() == 429 || reply.file() != null) {
        return;
      }
      Map<String, String> headers = new LinkedHashMap<>();
      reply.headers().forEach((k, v) -> {
        if (KEPT_HEADERS.contains(k)) {
          headers.put(k, v);
        }
      });
      Reply kept = new Reply(reply.status(), headers, reply.contentType(), reply.body(), null);
      ObjectNode r = Json.object();
      r.put("key", key);
      r.put("fingerprint", fingerprint);
      r.put("at", now.toString());
      r.put("status", reply.status());
      r.put("contentType", reply.contentType());
      ObjectNode h = r.putObject("headers");
      headers.forEach(h::put);
      r.put("body", Base64.getEncoder().encodeToString(reply.body()));
      AtomicFiles.write(dir.resolve(fileName(key)), Json.bytes(r));
      synchronized (stored) {
        stored.put(key, new Stored(fingerprint, now, kept));
      }
    } finally {
      inFlight.remove(key);
    }
  }

  void clear() throws IOException {
    synchronized (stored) {
      stored.clear();
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
        for (Path f : files) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private static String fileName(String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return hex(sha.digest(key.getBytes(StandardCharsets.UTF_8))) + ".json";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return sb.toString();
  }
}
