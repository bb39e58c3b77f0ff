package dev.wireform.emulator;

import dev.wireform.dsl.media.MediaTypes;
import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Uploaded files and execution outputs, kept under {@code media/<id>/<name>} and served
 * without auth at {@code /files/<id>/<name>}, as Wireflow serves outputs from a public CDN.
 */
final class MediaStore {
  private static final Pattern ID = Pattern.compile("[a-z0-9]{8,40}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");

  /** One stored file. */
  record Media(String id, String name, String url, String contentType, long size) {}

  private final Path root;
  private final String rootUrl;

  MediaStore(Path dataDir, String rootUrl) throws IOException {
    this.root = dataDir.resolve("media");
    this.rootUrl = rootUrl;
    Files.createDirectories(root);
  }

  Media write(String name, byte[] bytes) throws IOException {
    return write(name, out -> out.write(bytes));
  }

  Media write(String name, AtomicFiles.Content content) throws IOException {
    String safe = safeName(name);
    String id = Ids.hex(20);
    Path file = root.resolve(id).resolve(safe);
    AtomicFiles.write(file, content);
    return new Media(id, safe, url(id, safe), contentType(safe), Files.size(file));
  }

  String url(String id, String name) {
    return rootUrl + "/files/" + id + "/" + name;
  }

  /** The file for {@code /files/<id>/<name>}, if it exists; never outside the media folder. */
  Optional<Path> resolve(String id, String name) {
    if (!ID.matcher(id).matches() || !NAME.matcher(name).matches() || name.contains("..")
        || name.contains(AtomicFiles.TEMP_MARKER)) {
      return Optional.empty();
    }
    Path file = root.resolve(id).resolve(name);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /**
   * The file behind one of this emulator's {@code /files/} URLs on a loopback host (any port,
   * so URLs from before a restart on another port still resolve).
   */
  Optional<Path> resolveUrl(URI uri) {
    String path = uri.getPath();
    if (path == null || !path.startsWith("/files/")) {
      return Optional.empty();
    }
    String[] parts = path.substring("/files/".length()).split("/");
    return parts.length == 2 ? resolve(parts[0], parts[1]) : Optional.empty();
  }

  void clear() throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        if (!p.equals(root)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  void removeTempFiles() throws IOException {
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
      for (Path d : dirs) {
        AtomicFiles.removeTempFiles(d);
      }
    }
  }

  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    String cleaned = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("\\.{2,}", ".");
    while (cleaned.startsWith(".") || cleaned.startsWith("_") || cleaned.startsWith("-")) {
      cleaned = cleaned.substring(1);
    }
    if (cleaned.isEmpty()) {
      cleaned = "file";
    }
    return cleaned.length() > 120 ? cleaned.substring(cleaned.length() - 120) : cleaned;
  }

  static String contentType(String name) {
    return MediaTypes.ofFileName(name);
  }
}
