package dev.wireform.cli.run;

import dev.wireform.cli.output.JsonText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a run started under an idempotency key has already done, kept in {@code
 * .wireform/runs/<env>/} for the 24 hours a key lives: the URLs its local files were uploaded to.
 * A retry with the same key reuses them, so its execute request is byte-identical to the first
 * and the server answers with the first execution instead of starting (or refusing) a second.
 * Best effort: a journal that cannot be read or written is ignored.
 */
final class RunJournal {
  static final Duration KEPT = Duration.ofHours(24);
  private static final ObjectMapper JSON = JsonText.mapper();

  private final Path dir;

  private RunJournal(Path dir) {
    this.dir = dir;
  }

  /** The journal of {@code environment} under a project's {@code .wireform} folder. */
  static RunJournal in(Path stateDir, String environment) {
    return new RunJournal(stateDir.resolve("runs").resolve(environment));
  }

  /** The uploads recorded under {@code key}: "target@sha256" to URL. */
  Map<String, String> uploads(String key, Instant now) {
    Path f = file(key);
    Map<String, String> out = new LinkedHashMap<>();
    try {
      if (!Files.isRegularFile(f)) {
        return out;
      }
      JsonNode j = JSON.readTree(Files.readAllBytes(f));
      if (!key.equals(j.path("idempotencyKey").asText()) || expired(j, now)) {
        return out;
      }
      j.path("uploads").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    } catch (IOException | RuntimeException e) {
      out.clear();
    }
    return out;
  }

  /** Records the uploads (and, once known, the execution) of the run under {@code key}. */
  void record(
      String key, String workflowId, Map<String, String> uploads, Optional<String> executionId,
      Instant now) {
    ObjectNode j = JSON.createObjectNode();
    j.put("idempotencyKey", key);
    j.put("workflowId", workflowId);
    j.put("at", now.toString());
    ObjectNode u = j.putObject("uploads");
    uploads.forEach(u::put);
    executionId.ifPresent(id -> j.put("executionId", id));
    try {
      Files.createDirectories(dir);
      prune(now);
      Path f = file(key);
      Path tmp = dir.resolve(f.getFileName() + ".tmp");
      Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(j));
      try {
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // The journal only saves a re-upload on retry; a run does not fail for it.
    }
  }

  private void prune(Instant now) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path f : files) {
        try {
          if (expired(JSON.readTree(Files.readAllBytes(f)), now)) {
            Files.deleteIfExists(f);
          }
        } catch (IOException | RuntimeException e) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private static boolean expired(JsonNode j, Instant now) {
    try {
      return Instant.parse(j.path("at").asText()).plus(KEPT).isBefore(now);
    } catch (DateTimeParseException e) {
      return true;
    }
  }

  private Path file(String key) {
    return dir.resolve(sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".json");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
