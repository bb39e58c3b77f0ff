package dev.wireform.cli.run;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One output file saved by {@code --download}.
 *
 * @param nodeId the node whose output it is
 * @param url where it was fetched from
 * @param file where it was saved
 * @param shown {@code file} as the user knows it (relative to the working folder)
 * @param contentType the server's {@code Content-Type}, or what the bytes say
 * @param size bytes written
 * @param sha256 hex SHA-256 of the bytes
 * @param width image width in pixels, when the file is an image Java can read
 * @param height image height in pixels, likewise
 */
public record DownloadedFile(
    String nodeId,
    String url,
    Path file,
    String shown,
    String contentType,
    long size,
    String sha256,
    Optional<Integer> width,
    Optional<Integer> height) {
  public DownloadedFile {
    Objects.requireNonNull(nodeId, "nodeId == null");
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(shown, "shown == null");
    Objects.requireNonNull(contentType, "contentType == null");
    Objects.requireNonNull(sha256, "sha256 == null");
    Objects.requireNonNull(width, "width == null");
    Objects.requireNonNull(height, "height == null");
  }
}
