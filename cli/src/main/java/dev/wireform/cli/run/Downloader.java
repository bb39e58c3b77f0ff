package dev.wireform.cli.run;

import dev.wireform.dsl.media.MediaTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Saves output files. Downloads never carry the API key: outputs live on a public CDN (or the
 * emulator's {@code /files/}), so this client has no authentication at all. Wireflow's CDN
 * refuses plain clients (403), so a refused {@code *.wireflow.ai} URL is fetched again through
 * the API's public download proxy ({@code /api/download?url=}).
 */
final class Downloader implements AutoCloseable {

  private final OkHttpClient http;
  private final Optional<HttpUrl> proxy;

  /**
   * @param apiBase the API base URL; its host's {@code /api/download} is the CDN proxy
   */
  Downloader(String apiBase, Duration timeout) {
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(60))
            .callTimeout(timeout)
            .build();
    HttpUrl base = HttpUrl.parse(apiBase);
    this.proxy =
        Optional.ofNullable(base)
            .filter(b -> b.host().endsWith("wireflow.ai"))
            .map(b -> b.newBuilder().encodedPath("/api/download").build());
  }

  /**
   * Downloads {@code url} into {@code dir} as {@code <stem>.<ext>}, the extension from the
   * content type.
   *
   * @throws IOException with a message naming the URL
   */
  DownloadedFile download(String nodeId, String url, Path dir, String stem, String shownDir)
      throws IOException {
    HttpUrl u = HttpUrl.parse(url);
    if (u == null) {
      throw new IOException("'" + url + "' is not an http(s) URL");
    }
    Files.createDirectories(dir);
    Path part = dir.resolve("." + stem + ".part");
    try (Response r = fetch(u)) {
      if (!r.isSuccessful()) {
        throw new IOException("GET " + url + " answered HTTP " + r.code());
      }
      ResponseBody body = r.body();
      if (body == null) {
        throw new IOException("GET " + url + " answered no body");
      }
      MessageDigest sha = sha256();
      byte[] head;
      long size;
      try (InputStream in = body.byteStream();
          OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha)) {
        head = in.readNBytes(16);
        out.write(head);
        size = head.length + in.transferTo(out);
      }
      String type = contentType(r.header("Content-Type"), head);
      Path file = dir.resolve(stem + "." + extension(type, u));
      move(part, file);
      Optional<int[]> dims = type.startsWith("image/") ? dimensions(file) : Optional.empty();
      return new DownloadedFile(
          nodeId,
          url,
          file,
          shownDir + file.getFileName(),
          type,
          size,
          HexFormat.of().formatHex(sha.digest()),
          dims.map(d -> d[0]),
          dims.map(d -> d[1]));
    } finally {
      Files.deleteIfExists(part);
    }
  }

  private Response fetch(HttpUrl u) throws IOException {
    Response r = http.newCall(new Request.Builder().url(u).get().build()).execute();
    if (r.code() == 403 && proxy.isPresent() && u.host().endsWith("wireflow.ai")) {
      r.close();
      HttpUrl via = proxy.get().newBuilder().addQueryParameter("url", u.toString()).build();
      return http.newCall(new Request.Builder().url(via).get().build()).execute();
    }
    return r;
  }

  /** The declared type, unless it is missing or generic and the bytes say better. */
  static String contentType(String header, byte[] head) {
    String declared =
        header == null ? "" : header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (declared.isEmpty() || declared.equals("application/octet-stream")) {
      return MediaFile.sniff(head).orElse(declared.isEmpty() ? "application/octet-stream"
          : declared);
    }
    return declared;
  }

  static String extension(String contentType, HttpUrl url) {
    Optional<String> ext = MediaTypes.extensionOf(contentType);
    if (ext.isPresent()) {
      return ext.get();
    }
    String last = url.pathSegments().isEmpty() ? "" : url.pathSegments().get(
        url.pathSegments().size() - 1);
    int dot = last.lastIndexOf('.');
    if (dot > 0 && dot < last.length() - 1 && last.substring(dot + 1).matches("[A-Za-z0-9]{1,5}")) {
      return last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
    return "bin";
  }

  /** Width and height from the image header, without decoding the pixels. */
  static Optional<int[]> dimensions(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
