package dev.wireform.dsl.media;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one table of file extensions and media types that the client (uploads), the emulator
 * (serving files) and the runner (naming downloads) share.
 */
public final class MediaTypes {
  /** What a file of unknown kind is sent and served as. */
  public static final String OCTET_STREAM = "application/octet-stream";

  private record Entry(String extension, String type) {}

  // First entry of a type is its canonical extension; later ones are accepted aliases.
  private static final List<Entry> TABLE =
      List.of(
          new Entry("png", "image/png"),
          new Entry("jpg", "image/jpeg"),
          new Entry("jpeg", "image/jpeg"),
          new Entry("jpg", "image/jpg"),
          new Entry("webp", "image/webp"),
          new Entry("gif", "image/gif"),
          new Entry("mp4", "video/mp4"),
          new Entry("webm", "video/webm"),
          new Entry("mov", "video/quicktime"),
          new Entry("mp3", "audio/mpeg"),
          new Entry("wav", "audio/wav"),
          new Entry("wav", "audio/x-wav"),
          new Entry("ogg", "audio/ogg"),
          new Entry("m4a", "audio/mp4"),
          new Entry("json", "application/json"),
          new Entry("txt", "text/plain"));

  private MediaTypes() {}

  /**
   * The media type of a file, by its name's extension; {@value #OCTET_STREAM} when unknown. Text
   * is declared UTF-8.
   */
  public static String ofFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return TABLE.stream()
        .filter(e -> e.extension().equals(ext))
        .map(e -> e.type().equals("text/plain") ? "text/plain; charset=utf-8" : e.type())
        .findFirst()
        .orElse(OCTET_STREAM);
  }

  /**
   * The usual file extension (without dot) of a media type; parameters such as {@code ;
   * charset=utf-8} and case are ignored.
   *
   * @return empty when the type is not in the table
   */
  public static Optional<String> extensionOf(String contentType) {
    int semi = contentType.indexOf(';');
    String type = (semi < 0 ? contentType : contentType.substring(0, semi))
        .strip().toLowerCase(Locale.ROOT);
    return TABLE.stream().filter(e -> e.type().equals(type)).map(Entry::extension).findFirst();
  }
}
