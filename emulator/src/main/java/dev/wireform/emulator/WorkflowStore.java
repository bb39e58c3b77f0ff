package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The workflows, in memory for speed and written through to {@code workflows/<id>.json} (one
 * atomic file per workflow) on every change. A stored workflow keeps every field its client
 * sent, known or not, so nothing made elsewhere is lost on a round trip.
 */
final class WorkflowStore {
  /** Fields the server owns; a client's values for them are ignored. */
  static final Set<String> SERVER_FIELDS = Set.of(
      "id", "createdAt", "updatedAt", "executionCount", "lastExecutedAt", "webhookUrl",
      "isPublished", "baseUpdatedAt");

  private static final List<String> SUMMARY_FIELDS = List.of(
      "id", "name", "description", "webhookId", "webhookUrl", "isActive", "isPublished",
      "executionCount", "lastExecutedAt", "tags", "createdAt", "updatedAt", "mediaId", "teamId");

  /** A stored workflow and its rendered GET body. */
  private record Entry(ObjectNode doc, byte[] rendered, Instant updatedAt) {}

  private final Path dir;
  private final Clock clock;
  private final String apiUrl;
  private final Map<String, Entry> byId = new ConcurrentHashMap<>();
  private final Object writeLock = new Object();
  private Instant lastStamp = Instant.EPOCH;

  private WorkflowStore(Path dir, Clock clock, String apiUrl) {
    this.dir = dir;
    this.clock = clock;
    this.apiUrl = apiUrl;
  }

  static WorkflowStore load(Path dataDir, Clock clock, String apiUrl) throws IOException {
    WorkflowStore store = new WorkflowStore(dataDir.resolve("workflows"), clock, apiUrl);
    Files.createDirectories(store.dir);
    AtomicFiles.removeTempFiles(store.dir);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(store.dir, "*.json")) {
      for (Path f : files) {
        JsonNode doc;
        try {
          doc = Json.parse(Files.readAllBytes(f));
        } catch (IOException e) {
          throw new IOException("stored workflow " + f + " is not valid JSON ("
              + e.getMessage().lines().findFirst().orElse("") + "); fix or delete the file", e);
        }
        if (!doc.isObject() || Json.text(doc, "id") == null) {
          throw new IOException("stored workflow " + f + " has no id; fix or delete the file");
        }
        store.put((ObjectNode) doc);
      }
    }
    return store;
  }

  Optional<byte[]> rendered(String id) {
    Entry e = byId.get(id);
    return e == null ? Optional.empty() : Optional.of(e.rendered());
  }

  /** A copy of the stored workflow (without {@code webhookUrl}). */
  Optional<ObjectNode> get(String id) {
    Entry e = byId.get(id);
    return e == null ? Optional.empty() : Optional.of(e.doc().deepCopy());
  }

  Optional<Instant> updatedAt(String id) {
    Entry e = byId.get(id);
    return e == null ? Optional.empty() : Optional.of(e.updatedAt());
  }

  /** The workflow a webhook id points at: its own id, else the one whose webhookId it is. */
  Optional<ObjectNode> findByWebhook(String webhookId) {
    Entry e = byId.get(webhookId);
    if (e == null) {
      e = byId.values().stream()
          .filter(x -> webhookId.equals(Json.text(x.doc(), "webhookId")))
          .max(Comparator.comparing(Entry::updatedAt))
          .orElse(null);
    }
    return e == null ? Optional.empty() : Optional.of(e.doc().deepCopy());
  }

  /** Summaries, newest {@code updatedAt} first. */
  ArrayNode list(Predicate<JsonNode> filter) {
    List<Entry> entries = new ArrayList<>(byId.values());
    entries.sort(Comparator.comparing(Entry::updatedAt).reversed()
        .thenComparing(e -> e.doc().get("id").asText()));
    ArrayNode out = Json.array();
    for (Entry e : entries) {
      if (!filter.test(e.doc())) {
        continue;
      }
      ObjectNode full = render(e.doc());
      ObjectNode s = out.addObject();
      for (String f : SUMMARY_FIELDS) {
        if (full.has(f)) {
          s.set(f, full.get(f));
        }
      }
    }
    return out;
  }

  /** Runs {@code action} holding the write lock, so check-then-write is atomic. */
  <T> T locked(IoSupplier<T> action) throws IOException {
    synchronized (writeLock) {
      return action.get();
    }
  }

  @FunctionalInterface
  interface IoSupplier<T> {
    T get() throws IOException;
  }

  /** Stores a new workflow from a validated body; returns the stored document. */
  ObjectNode create(ObjectNode body) throws IOException {
    synchronized (writeLock) {
      String id = Ids.cuid();
      while (byId.containsKey(id)) {
        id = Ids.cuid();
      }
      Instant now = stamp();
      ObjectNode doc = Json.object();
      doc.put("id", id);
      copyClientFields(body, doc);
      doc.put("description", Json.text(body, "description") == null
          ? "" : Json.text(body, "description"));
      if (!doc.has("tags")) {
        doc.putArray("tags");
      }
      if (!doc.has("isActive")) {
        doc.put("isActive", true);
      }
      if (!doc.has("webhookId")) {
        doc.putNull("webhookId");
      }
      doc.put("isPublished", false);
      doc.put("executionCount", 0);
      doc.putNull("lastExecutedAt");
      doc.put("createdAt", Json.time(now));
      doc.put("updatedAt", Json.time(now));
      write(doc);
      return doc.deepCopy();
    }
  }

  /**
   * The stored workflow with {@code body}'s top-level fields replacing its own; fields the body
   * omits keep their stored values. Server fields are not touched. Does not store anything.
   */
  static ObjectNode merged(ObjectNode stored, ObjectNode body) {
    ObjectNode doc = stored.deepCopy();
    copyClientFields(body, doc);
    return doc;
  }

  /** Replaces a workflow with {@code doc} (from {@link #merged}); call while {@link #locked}. */
  ObjectNode replace(ObjectNode doc) throws IOException {
    synchronized (writeLock) {
      doc.put("updatedAt", Json.time(stamp()));
      write(doc);
      return doc.deepCopy();
    }
  }

  boolean delete(String id) throws IOException {
    synchronized (writeLock) {
      if (byId.remove(id) == null) {
        return false;
      }
      AtomicFiles.delete(dir.resolve(id + ".json"));
      return true;
    }
  }

  /** Counts a run: {@code executionCount} and {@code lastExecutedAt}; not an edit. */
  void recordExecution(String id, Instant at) throws IOException {
    synchronized (writeLock) {
      Entry e = byId.get(id);
      if (e == null) {
        return;
      }
      ObjectNode doc = e.doc().deepCopy();
      doc.put("executionCount", doc.path("executionCount").asLong(0) + 1);
      doc.put("lastExecutedAt", Json.time(at));
      write(doc);
    }
  }

  void clear() throws IOException {
    synchronized (writeLock) {
      for (Iterator<String> it = byId.keySet().iterator(); it.hasNext(); ) {
        String id = it.next();
        it.remove();
        AtomicFiles.delete(dir.resolve(id + ".json"));
      }
    }
  }

  int size() {
    return byId.size();
  }

  /** The GET body: the stored document plus {@code webhookUrl}. */
  ObjectNode render(ObjectNode doc) {
    ObjectNode out = Json.object();
    doc.fields().forEachRemaining(f -> {
      out.set(f.getKey(), f.getValue());
      if (f.getKey().equals("webhookId")) {
        String hook = f.getValue().isTextual() ? f.getValue().textValue() : null;
        out.put("webhookUrl", hook == null ? null : apiUrl + "/workflow/" + hook + "/trigger");
      }
    });
    return out;
  }

  private static void copyClientFields(ObjectNode body, ObjectNode doc) {
    body.fields().forEachRemaining(f -> {
      if (!SERVER_FIELDS.contains(f.getKey())) {
        doc.set(f.getKey(), f.getValue().deepCopy());
      }
    });
  }

  private void write(ObjectNode doc) throws IOException {
    String id = doc.get("id").asText();
    AtomicFiles.write(dir.resolve(id + ".json"), Json.prettyBytes(doc));
    put(doc);
  }

  private void put(ObjectNode doc) {
    Instant updated = Instant.parse(doc.path("updatedAt").asText(Json.time(Instant.EPOCH)));
    if (updated.isAfter(lastStamp)) {
      lastStamp = updated;
    }
    byId.put(doc.get("id").asText(), new Entry(doc, Json.bytes(render(doc)), updated));
  }

  /** A fresh updatedAt, strictly later than every earlier one (ms precision). */
  private Instant stamp() {
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    if (!now.isAfter(lastStamp)) {
      now = lastStamp.plusMillis(1);
    }
    lastStamp = now;
    return now;
  }
}
