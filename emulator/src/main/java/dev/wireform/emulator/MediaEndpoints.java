package dev.wireform.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /media/upload} (multipart {@code file}, a raw image body, or JSON {@code {url}})
 * and serving stored files at {@code /files/<id>/<name>}.
 */
final class MediaEndpoints {
  static final int MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

  private final Backend backend;

  MediaEndpoints(Backend backend) {
    this.backend = backend;
  }

  Reply upload(Request r) throws IOException {
    String type = Optional.ofNullable(r.header("Content-Type")).orElse("");
    String lower = type.toLowerCase(Locale.ROOT);
    byte[] bytes;
    String filename;
    Optional<String> boundary = Multipart.boundary(type);
    if (boundary.isPresent()) {
      List<Multipart.Part> parts = Multipart.parse(r.body(), boundary.get());
      Multipart.Part file = parts.stream().filter(p -> "file".equals(p.name())).findFirst()
          .orElse(null);
      if (file == null) {
        return Reply.error(400, "Multipart upload has no 'file' field");
      }
      bytes = file.body();
      filename = file.filename() != null ? file.filename() : "upload";
    } else if (lower.startsWith("application/json")) {
      ObjectNode body;
      try {
        body = Bodies.object(r, false);
      } catch (Bodies.BadBody e) {
        return e.reply;
      }
      String url = Json.text(body, "url");
      if (url == null || url.isBlank()) {
        return Reply.error(400, "Missing required field: url (or send the file as multipart"
            + " field 'file')");
      }
      try {
        bytes = new ImageIo(backend.media, Long.MAX_VALUE, backend.loopbackOnly).fetch(url);
      } catch (NodeFailure e) {
        return Reply.error(400, e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Reply.error(503, "The emulator is shutting down");
      }
      filename = url.substring(url.lastIndexOf('/') + 1);
    } else if (lower.startsWith("image/") || lower.startsWith("application/octet-stream")
        || lower.startsWith("video/") || lower.startsWith("audio/")) {
      bytes = r.body();
      filename = Optional.ofNullable(r.query().get("filename")).orElse("upload" + extension(lower));
    } else {
      return Reply.error(415, "Unsupported Content-Type '" + type + "'; send multipart/form-data"
          + " with a 'file' field, a raw image/* body, or JSON {\"url\": ...}");
    }
    if (bytes.length == 0) {
      return Reply.error(400, "The uploaded file is empty");
    }
    if (bytes.length > MAX_UPLOAD_BYTES) {
      return Reply.error(413, "File too large: " + bytes.length + " bytes (max 25 MB)");
    }
    MediaStore.Media m = backend.media.write(filename, bytes);
    ObjectNode out = Json.object();
    out.put("id", m.id());
    out.put("url", m.url());
    out.put("filename", m.name());
    out.put("contentType", m.contentType());
    out.put("size", m.size());
    return Reply.json(201, out);
  }

  /** {@code GET /files/<id>/<name>}: public, like a CDN. */
  Reply serve(List<String> segments) {
    if (segments.size() != 2) {
      return Reply.error(404, "File not found");
    }
    return backend.media.resolve(segments.get(0), segments.get(1))
        .map(p -> Reply.file(p, MediaStore.contentType(p.getFileName().toString()))
            .withHeader("Cache-Control", "public, max-age=31536000, immutable")
            .withHeader("Access-Control-Allow-Origin", "*"))
        .orElseGet(() -> Reply.error(404, "File not found"));
  }

  private static String extension(String contentType) {
    if (contentType.startsWith("image/png")) {
      return ".png";
    }
    if (contentType.startsWith("image/jpeg")) {
      return ".jpg";
    }
    if (contentType.startsWith("image/webp")) {
      return ".webp";
    }
    return ".bin";
  }
}
