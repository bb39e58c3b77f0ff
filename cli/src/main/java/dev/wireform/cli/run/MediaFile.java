package dev.wireform.cli.run;

import dev.wireform.dsl.catalog.PortType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A local file given as a media input, checked before it is uploaded.
 *
 * @param path the file (absolute)
 * @param shown the path as the user typed it
 * @param size its size in bytes
 * @param contentType what its first bytes say it is, e.g. {@code image/png}; empty if unknown
 */
public record MediaFile(Path path, String shown, long size, Optional<String> contentType) {
  /** The upload limit of {@code POST /media/upload}. */
  public static final long MAX_UPLOAD_BYTES = 25L * 1024 * 1024;

  public MediaFile {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(shown, "shown == null");
    Objects.requireNonNull(contentType, "contentType == null");
  }

  /**
   * Checks {@code path} as an input of type {@code kind}.
   *
   * @return the file, or a problem saying why it cannot be uploaded
   */
  static Checked check(Path path, String shown, PortType kind) {
    if (!Files.exists(path)) {
      return Checked.problem(
          "'" + shown + "' is neither an http(s) URL nor an existing file (looked for " + path
              + ")");
    }
    if (!Files.isRegularFile(path)) {
      return Checked.problem("'" + shown + "' is a folder, not a file");
    }
    long size;
    byte[] head = new byte[16];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      size = Files.size(path);
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return Checked.problem("cannot read '" + shown + "': " + e.getMessage());
    }
    if (size == 0) {
      return Checked.problem("'" + shown + "' is empty");
    }
    if (size > MAX_UPLOAD_BYTES) {
      return Checked.problem(
          "'" + shown + "' is " + Sizes.format(size) + ", over the 25 MB upload limit; put it"
              + " somewhere public and pass its https URL instead");
    }
    Optional<String> type = sniff(Arrays.copyOf(head, n));
    if (kind == PortType.IMAGE && type.filter(t -> t.startsWith("image/")).isEmpty()) {
      return Checked.problem(
          "'" + shown + "' is not a PNG, JPEG, WebP or GIF image (its first bytes say "
              + type.orElse("it is something else") + ")");
    }
    return new Checked(Optional.of(new MediaFile(path, shown, size, type)), Optional.empty());
  }

  /** The media type the first bytes announce, for the formats Wireflow takes. */
  static Optional<String> sniff(byte[] b) {
    if (starts(b, 0x89, 'P', 'N', 'G')) {
      return Optional.of("image/png");
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E'
        && b[10] == 'B' && b[11] == 'P') {
      return Optional.of("image/webp");
    }
    if (starts(b, 'G', 'I', 'F', '8')) {
      return Optional.of("image/gif");
    }
    if (b.length >= 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
      return Optional.of("video/mp4");
    }
    if (starts(b, 'I', 'D', '3') || starts(b, 0xFF, 0xFB)) {
      return Optional.of("audio/mpeg");
    }
    if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'A') {
      return Optional.of("audio/wav");
    }
    return Optional.empty();
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A checked file, or why not. */
  record Checked(Optional<MediaFile> file, Optional<String> problem) {
    static Checked problem(String p) {
      return new Checked(Optional.empty(), Optional.of(p));
    }
  }
}
