package dev.wireform.emulator;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Reads images from the URLs the emulator may touch and writes PNG or JPEG. It never reaches
 * the internet: only {@code file:} URLs, its own {@code /files/} URLs and loopback {@code
 * http:} URLs are read.
 */
final class ImageIo {
  static final long MAX_INPUT_BYTES = 256L * 1024 * 1024;
  /** Larger inputs are refused before decoding (a 100 MP RGBA image is 400 MB in memory). */
  static final long MAX_INPUT_PIXELS = 100_000_000L;

  /** Loaded on first use only: ImageIO's plugin scan and an HTTP client cost a second. */
  private static final class Lazy {
    static {
      if (System.getProperty("java.awt.headless") == null) {
        System.setProperty("java.awt.headless", "true");
      }
      ImageIO.setUseCache(false);
    }

    static final HttpClient HTTP = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();

    static void init() {
      // runs the static initializer
    }
  }

  private final MediaStore media;
  private final long maxInputPixels;
  private final boolean allowFiles;

  /** Sets headless mode and configures ImageIO, once, before any image work. */
  static void init() {
    Lazy.init();
  }

  /**
   * @param allowFiles whether {@code file:} URLs may be read; false when the emulator listens
   *     beyond loopback, so a remote caller cannot read the machine's files through it
   */
  ImageIo(MediaStore media, long maxInputPixels, boolean allowFiles) {
    this.media = media;
    this.maxInputPixels = maxInputPixels;
    this.allowFiles = allowFiles;
  }

  /** The bytes behind {@code url}, under the URL policy above. */
  byte[] fetch(String url) throws NodeFailure, InterruptedException {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (java.net.URISyntaxException e) {
      throw new NodeFailure("'" + url + "' is not a URL; expected a file:, or loopback http: URL"
          + " to a PNG or JPEG image");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    try {
      if (scheme.equals("file")) {
        if (!allowFiles) {
          throw new NodeFailure("cannot read '" + url + "': file: URLs are read only when the"
              + " emulator listens on a loopback interface; upload the file with POST"
              + " /media/upload instead");
        }
        Path p;
        try {
          p = Path.of(uri);
        } catch (IllegalArgumentException e) {
          throw new NodeFailure("'" + url + "' is not a usable file: URL (" + e.getMessage() + ")");
        }
        if (!Files.isRegularFile(p)) {
          throw new NodeFailure("cannot read image '" + url + "': no such file");
        }
        if (Files.size(p) > MAX_INPUT_BYTES) {
          throw new NodeFailure("image '" + url + "' is larger than 256 MB");
        }
        return Files.readAllBytes(p);
      }
      if ((scheme.equals("http") || scheme.equals("https")) && isLoopback(uri.getHost())) {
        var local = media.resolveUrl(uri);
        if (local.isPresent()) {
          return Files.readAllBytes(local.get());
        }
        return download(uri, url);
      }
    } catch (IOException e) {
      throw new NodeFailure("cannot read image '" + url + "': " + e.getMessage());
    }
    throw new NodeFailure("cannot read image '" + url + "': the emulator never reaches the"
        + " internet; it reads file: URLs, its own /files/ URLs (upload with POST /media/upload)"
        + " and http://127.0.0.1 URLs");
  }

  private static byte[] download(URI uri, String url)
      throws IOException, NodeFailure, InterruptedException {
    HttpResponse<InputStream> r = Lazy.HTTP.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = r.body()) {
      if (r.statusCode() != 200) {
        throw new NodeFailure("cannot read image '" + url + "': HTTP " + r.statusCode());
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_INPUT_BYTES + 1));
      if (bytes.length > MAX_INPUT_BYTES) {
        throw new NodeFailure("image '" + url + "' is larger than 256 MB");
      }
      return bytes;
    }
  }

  static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    // Literal addresses only: a name that resolves to 127.0.0.1 is not trusted.
    if (!h.matches("[0-9.]+") && !h.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Decodes PNG or JPEG, refusing images over the pixel limit before decoding them. */
  BufferedImage decode(byte[] bytes, String url) throws NodeFailure {
    Lazy.init();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new NodeFailure("'" + url + "' is not a PNG or JPEG image"
            + (looksLikeWebp(bytes) ? " (it is WebP, which the JDK cannot decode; convert it"
                + " to PNG first)" : ""));
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > maxInputPixels) {
          throw new NodeFailure("image '" + url + "' has " + pixels + " pixels; the emulator"
              + " reads at most " + maxInputPixels);
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw new NodeFailure("cannot decode image '" + url + "': " + e.getMessage());
    }
  }

  private static boolean looksLikeWebp(byte[] b) {
    return b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
        && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P';
  }

  /**
   * The output format a node asked for, normalized to {@code png} or {@code jpg}.
   *
   * @throws NodeFailure for webp (the JDK has no WebP encoder) and unknown formats
   */
  static String outputFormat(String requested) throws NodeFailure {
    String f = requested == null ? "png" : requested.trim().toLowerCase(Locale.ROOT);
    switch (f) {
      case "png":
        return "png";
      case "jpg":
      case "jpeg":
        return "jpg";
      case "webp":
        throw new NodeFailure("output_format 'webp' is not supported by the emulator: the JDK"
            + " has no WebP encoder. Use 'png' or 'jpg' locally; Wireflow itself writes WebP");
      default:
        throw new NodeFailure(
            "output_format '" + requested + "' is not one of: png, jpg, webp");
    }
  }

  /** Writes {@code image} as PNG or JPEG ({@code quality} 0–1, JPEG only). */
  static void encode(BufferedImage image, String format, float quality, OutputStream out)
      throws IOException {
    Lazy.init();
    if (format.equals("png")) {
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException("no PNG writer");
      }
      return;
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(Resampler.flatten(image), null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
