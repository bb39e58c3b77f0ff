package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The account's credit balance (kept in {@code account.json}) and the per-node cost table.
 * Wireflow publishes no per-model prices, so the default costs are our assumption.
 */
final class Credits {
  private final Path file;
  private final Map<String, Integer> overrides;
  private final long initial;
  private long available;
  private long used;

  private Credits(Path file, Map<String, Integer> overrides, long initial) {
    this.file = file;
    this.overrides = Map.copyOf(overrides);
    this.initial = initial;
  }

  static Credits load(Path dataDir, Map<String, Integer> overrides, long initial)
      throws IOException {
    Credits c = new Credits(dataDir.resolve("account.json"), overrides, initial);
    if (Files.exists(c.file)) {
      JsonNode root = Json.parseStored(c.file);
      c.available = root.path("availableCredits").asLong(initial);
      c.used = root.path("usedCredits").asLong(0);
    } else {
      c.available = initial;
      c.save();
    }
    return c;
  }

  /** Credits one successful run of a node of this type costs. */
  int cost(String nodeType) {
    Integer o = overrides.get(nodeType);
    if (o != null) {
      return o;
    }
    return defaultCost(nodeType);
  }

  static int defaultCost(String nodeType) {
    if (nodeType == null || nodeType.isEmpty()) {
      return 0;
    }
    if (nodeType.contains("clarityai")) {
      return 10;
    }
    if (NodeKinds.isFormatConversion(nodeType)) {
      return 1;
    }
    String family = nodeType.contains(":") ? nodeType.substring(0, nodeType.indexOf(':')) : "";
    switch (family) {
      case "input":
      case "utility":
      case "logic":
      case "output":
        return 0;
      case "llm":
        return 1;
      case "generate":
      case "edit":
      case "audio":
        return 4;
      case "video":
      case "compose":
        return 20;
      default:
        return 2;
    }
  }

  synchronized long available() {
    return available;
  }

  synchronized long used() {
    return used;
  }

  /** Deducts a successful node's cost; the balance never goes below zero. */
  synchronized void charge(long credits) {
    long take = Math.min(credits, available);
    available -= take;
    used += take;
    save();
  }

  synchronized void set(long availableCredits) {
    if (availableCredits < 0) {
      throw new IllegalArgumentException(
          "availableCredits must not be negative, found " + availableCredits);
    }
    available = availableCredits;
    save();
  }

  synchronized void reset() {
    available = initial;
    used = 0;
    save();
  }

  synchronized ObjectNode toJson() {
    ObjectNode o = Json.object();
    o.put("availableCredits", available);
    o.put("usedCredits", used);
    return o;
  }

  private void save() {
    try {
      AtomicFiles.write(file, Json.prettyBytes(toJsonUnlocked()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode toJsonUnlocked() {
    ObjectNode o = Json.object();
    o.put("availableCredits", available);
    o.put("usedCredits", used);
    return o;
  }
}
