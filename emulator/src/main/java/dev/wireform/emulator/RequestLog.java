package dev.wireform.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

/** The last requests the emulator answered (or dropped), for tests that count calls. */
final class RequestLog {
  /**
   * One logged call.
   *
   * @param outcome {@code ok}, {@code replayed} (idempotent replay), {@code fault} (injected
   *     500) or {@code dropped} (connection closed without an answer)
   */
  record Entry(
      long seq,
      Instant time,
      String method,
      String path,
      String query,
      int status,
      String idempotencyKey,
      String requestId,
      String outcome,
      long durationMicros) {}

  private final int capacity;
  private final Deque<Entry> entries = new ArrayDeque<>();
  private long seq;

  RequestLog(int capacity) {
    this.capacity = capacity;
  }

  synchronized void add(
      Instant time, String method, String path, String query, int status, String key,
      String requestId, String outcome, long durationMicros) {
    if (entries.size() == capacity) {
      entries.removeFirst();
    }
    entries.addLast(new Entry(
        ++seq, time, method, path, query, status, key, requestId, outcome, durationMicros));
  }

  synchronized void clear() {
    entries.clear();
  }

  synchronized ArrayNode toJson(Predicate<Entry> filter) {
    ArrayNode out = Json.array();
    for (Entry e : entries) {
      if (!filter.test(e)) {
        continue;
      }
      ObjectNode o = out.addObject();
      o.put("seq", e.seq());
      o.put("time", Json.time(e.time()));
      o.put("method", e.method());
      o.put("path", e.path());
      o.put("query", e.query());
      o.put("status", e.status());
      o.put("idempotencyKey", e.idempotencyKey());
      o.put("requestId", e.requestId());
      o.put("outcome", e.outcome());
      o.put("durationMs", e.durationMicros() / 1000.0);
    }
    return out;
  }
}
