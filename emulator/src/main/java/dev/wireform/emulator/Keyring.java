package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API keys and the admin key. Keys given to the builder live in memory only; keys the
 * emulator generated or the admin API added are kept in {@code keys.json} (mode 600).
 */
final class Keyring {
  static final String MISSING_HEADER = "Missing Authorization header";
  static final String BAD_FORMAT = "Invalid API key format. Expected: Bearer sk-...";
  static final String INVALID_KEY = "Invalid API key";
  static final String EXPIRED_KEY = "API key has expired";

  /** Why a request was refused with 401. */
  static final class AuthFailure extends Exception {
    private static final long serialVersionUID = 1L;

    AuthFailure(String message) {
      super(message, null, false, false);
    }
  }

  private final Path file;
  private final Map<String, ApiKey> configured = new LinkedHashMap<>();
  private final Map<String, ApiKey> stored = new LinkedHashMap<>();
  private final String adminKey;

  private Keyring(Path file, List<ApiKey> configuredKeys, String adminKey) {
    this.file = file;
    configuredKeys.forEach(k -> configured.put(k.key(), k));
    this.adminKey = adminKey;
  }

  /**
   * Loads {@code keys.json}, generating a default all-scopes key when no key is configured or
   * stored, and an admin key when none is configured or stored.
   */
  static Keyring load(Path dataDir, List<ApiKey> configuredKeys, Optional<String> admin)
      throws IOException {
    Path file = dataDir.resolve("keys.json");
    List<ApiKey> storedKeys = new ArrayList<>();
    String storedAdmin = null;
    if (Files.exists(file)) {
      JsonNode root = Json.parseStored(file);
      storedAdmin = Json.text(root, "adminKey");
      for (JsonNode k : root.path("keys")) {
        storedKeys.add(fromJson(k));
      }
    }
    boolean generatedAdmin = admin.isEmpty() && storedAdmin == null;
    String adminKey = admin.orElse(storedAdmin != null ? storedAdmin : Ids.apiKey("sk-emu-admin-"));
    Keyring ring = new Keyring(file, configuredKeys, adminKey);
    storedKeys.forEach(k -> ring.stored.put(k.key(), k));
    boolean generatedKey = configuredKeys.isEmpty() && storedKeys.isEmpty();
    if (generatedKey) {
      ApiKey dflt = ApiKey.allScopes(Ids.apiKey("sk-emu-"), "default");
      ring.stored.put(dflt.key(), dflt);
    }
    if (generatedKey || generatedAdmin) {
      ring.save();
    }
    return ring;
  }

  /** The key local tools should use: the first configured key, else the first stored one. */
  synchronized String defaultKey() {
    if (!configured.isEmpty()) {
      return configured.keySet().iterator().next();
    }
    return stored.isEmpty() ? null : stored.keySet().iterator().next();
  }

  /** Whether {@code key} was given to the builder (as opposed to generated or added later). */
  synchronized boolean isConfigured(String key) {
    return configured.containsKey(key);
  }

  String adminKey() {
    return adminKey;
  }

  /** Checks an {@code Authorization} header; the failure message is the documented one. */
  synchronized ApiKey authenticate(String header, Instant now) throws AuthFailure {
    if (header == null || header.isBlank()) {
      throw new AuthFailure(MISSING_HEADER);
    }
    String token = bearerToken(header);
    if (token == null || !ApiKey.hasValidFormat(token)) {
      throw new AuthFailure(BAD_FORMAT);
    }
    ApiKey key = configured.get(token);
    if (key == null) {
      key = stored.get(token);
    }
    if (key == null) {
      throw new AuthFailure(INVALID_KEY);
    }
    if (key.expiredAt(now)) {
      throw new AuthFailure(EXPIRED_KEY);
    }
    return key;
  }

  /** Checks the admin key; the messages follow the API's wording. */
  void authenticateAdmin(String header) throws AuthFailure {
    if (header == null || header.isBlank()) {
      throw new AuthFailure(MISSING_HEADER);
    }
    String token = bearerToken(header);
    if (token == null || !java.security.MessageDigest.isEqual(
        token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        adminKey.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      throw new AuthFailure("Invalid admin key");
    }
  }

  synchronized void add(ApiKey key) throws IOException {
    stored.put(key.key(), key);
    save();
  }

  /** Removes stored keys named {@code name}; returns how many. */
  synchronized int remove(String name) throws IOException {
    int before = stored.size();
    stored.values().removeIf(k -> k.name().equals(name));
    int removed = before - stored.size();
    if (removed > 0) {
      save();
    }
    return removed;
  }

  /** Every key, secrets masked, for the admin API. */
  synchronized ArrayNode describe() {
    ArrayNode out = Json.array();
    configured.values().forEach(k -> out.add(describe(k, "configured")));
    stored.values().forEach(k -> out.add(describe(k, "stored")));
    return out;
  }

  private static ObjectNode describe(ApiKey k, String origin) {
    ObjectNode o = Json.object();
    o.put("name", k.name());
    o.put("key", k.masked());
    ArrayNode scopes = o.putArray("scopes");
    k.scopes().stream().sorted().forEach(s -> scopes.add(s.wireName()));
    o.put("expiresAt", k.expiresAt().map(Json::time).orElse(null));
    o.put("origin", origin);
    return o;
  }

  private static String bearerToken(String header) {
    String h = header.trim();
    if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return h.substring(7).trim();
  }

  static ApiKey fromJson(JsonNode k) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (JsonNode s : k.path("scopes")) {
      scopes.add(Scope.parse(s.asText()));
    }
    String expires = Json.text(k, "expiresAt");
    String name = Json.text(k, "name");
    String key = Json.text(k, "key");
    if (key == null) {
      throw new IllegalArgumentException("key is required");
    }
    return new ApiKey(
        key, name == null ? "unnamed" : name, scopes,
        expires == null ? Optional.empty() : Optional.of(Instant.parse(expires)));
  }

  private void save() throws IOException {
    ObjectNode root = Json.object();
    root.put("adminKey", adminKey);
    ArrayNode keys = root.putArray("keys");
    for (ApiKey k : stored.values()) {
      ObjectNode o = keys.addObject();
      o.put("key", k.key());
      o.put("name", k.name());
      ArrayNode scopes = o.putArray("scopes");
      k.scopes().stream().sorted().forEach(s -> scopes.add(s.wireName()));
      o.put("expiresAt", k.expiresAt().map(Json::time).orElse(null));
    }
    AtomicFiles.write(file, Json.prettyBytes(root));
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
  }
}
