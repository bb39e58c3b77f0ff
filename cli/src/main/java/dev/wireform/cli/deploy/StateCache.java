package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The per-environment request cache at {@code .wireform/state/<env>.json}: for each workflow
 * id, the {@code updatedAt} and content hash last seen or written. It only ever saves GETs;
 * deleting it changes how many requests a plan costs, never what the plan says. A cache made
 * for another project or endpoint, or one that cannot be read, is ignored. It never holds an
 * API key or a workflow body.
 */
public final class StateCache implements ContentCache {
  static final int FORMAT_VERSION = 1;

  /**
   * One cached workflow.
   *
   * @param key its key when cached
   * @param updatedAt the {@code updatedAt} the hash belongs to
   * @param contentHash {@link Normalizer#contentHash} of the workflow at {@code updatedAt}
   */
  public record Entry(String key, String updatedAt, String contentHash) {
    public Entry {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(updatedAt, "updatedAt == null");
      Objects.requireNonNull(contentHash, "contentHash == null");
    }
  }

  private final Path file;
  private final String project;
  private final String environment;
  private final String endpoint;
  private final Map<String, Entry> entries = new TreeMap<>();

  private StateCache(Path file, String project, String environment, String endpoint) {
    this.file = file;
    this.project = project;
    this.environment = environment;
    this.endpoint = endpoint;
  }

  /** The cache file of {@code target} under {@code wireformDir} ({@code .wireform}). */
  public static Path file(Path wireformDir, String environment) {
    return wireformDir.resolve("state").resolve(environment + ".json");
  }

  /** Loads the cache of {@code target}; missing, foreign or unreadable means empty. */
  public static StateCache load(Path wireformDir, DeployTarget target) {
    Path file = file(wireformDir, target.environment());
    StateCache cache =
        new StateCache(file, target.project(), target.environment(), target.endpoint());
    if (!Files.isRegularFile(file)) {
      return cache;
    }
    try {
      JsonNode root = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
      if (root.path("formatVersion").asInt() != FORMAT_VERSION
          || !target.project().equals(root.path("project").asText())
          || !target.environment().equals(root.path("environment").asText())
          || !target.endpoint().equals(root.path("endpoint").asText())) {
        return cache;
      }
      root.path("workflows")
          .fields()
          .forEachRemaining(
              e -> {
                JsonNode v = e.getValue();
                if (v.path("updatedAt").isTextual() && v.path("contentHash").isTextual()) {
                  cache.entries.put(
                      e.getKey(),
                      new Entry(
                          v.path("key").asText(""),
                          v.get("updatedAt").asText(),
                          v.get("contentHash").asText()));
                }
              });
    } catch (IOException | IllegalArgumentException e) {
      cache.entries.clear(); // a cache that cannot be read is no cache
    }
    return cache;
  }

  @Override
  public synchronized Optional<String> hash(String id, String updatedAt) {
    Entry e = entries.get(id);
    return e != null && !updatedAt.isEmpty() && e.updatedAt().equals(updatedAt)
        ? Optional.of(e.contentHash())
        : Optional.empty();
  }

  public synchronized Optional<Entry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  public synchronized void record(String id, Entry entry) {
    entries.put(Objects.requireNonNull(id, "id == null"), entry);
  }

  public synchronized void forget(String id) {
    entries.remove(id);
  }

  public synchronized int size() {
    return entries.size();
  }

  /** Writes the cache atomically (a temporary file moved over the old one). */
  public synchronized void save() {
    ObjectNode root = Json.object();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("project", project);
    root.put("environment", environment);
    root.put("endpoint", endpoint);
    ObjectNode workflows = root.putObject("workflows");
    entries.forEach(
        (id, e) ->
            workflows
                .putObject(id)
                .put("key", e.key())
                .put("updatedAt", e.updatedAt())
                .put("contentHash", e.contentHash()));
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, Json.pretty(root), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the state cache " + file, e);
    }
  }
}
