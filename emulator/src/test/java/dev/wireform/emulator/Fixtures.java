package dev.wireform.emulator;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;

/** Workflows and images the tests share. */
final class Fixtures {
  /** 2026-11-26T10:00:30Z, half-way through a rate-limit window. */
  static final Instant T0 = Instant.parse("2026-11-26T10:00:30Z");

  private Fixtures() {}

  /** A builder with instant simulated time and a generous rate budget. */
  static Emulator.Builder quick(Path dir) {
    return Emulator.builder()
        .dataDir(dir)
        .time(SimulatedTime.autoAdvance(T0))
        .rateLimit(100_000)
        .executionRateLimit(100_000)
        .nodeDelay(Duration.ofSeconds(2));
  }

  /** The ClarityAI guide's workflow, with {@code scale} and {@code format}. */
  static String clarity(int scale, String format) {
    return "{\"name\":\"ClarityAI Image Upscaler\",\"nodes\":["
        + "{\"id\":\"input-1\",\"type\":\"basedNode\",\"position\":{\"x\":0,\"y\":0},"
        + "\"data\":{\"label\":\"Image URL\",\"nodeType\":\"input:text\",\"category\":\"input\","
        + "\"params\":{\"prompt\":\"\"},\"inputs\":[],"
        + "\"outputs\":[{\"id\":\"prompt\",\"type\":\"TEXT\",\"label\":\"Text\"}]}},"
        + "{\"id\":\"upscale-1\",\"type\":\"basedNode\",\"position\":{\"x\":500,\"y\":0},"
        + "\"data\":{\"label\":\"ClarityAI Upscaler\","
        + "\"nodeType\":\"process:clarityai_crystal_upscaler\",\"category\":\"process\","
        + "\"params\":{\"scale_factor\":" + scale + ",\"output_format\":\"" + format + "\"},"
        + "\"inputs\":[{\"id\":\"image_url\",\"type\":\"IMAGE\",\"label\":\"Image\"}],"
        + "\"outputs\":[{\"id\":\"images\",\"type\":\"IMAGE\",\"label\":\"Upscaled Image\"}]}}],"
        + "\"edges\":[{\"id\":\"edge-1\",\"source\":\"input-1\",\"target\":\"upscale-1\","
        + "\"sourceHandle\":\"out-prompt\",\"targetHandle\":\"in-image_url\"}]}";
  }

  static String clarity() {
    return clarity(2, "png");
  }

  /** The guide's execute body: override the input node's prompt with {@code url}. */
  static String executeWith(String url) {
    return "{\"nodes\":[{\"id\":\"input-1\",\"data\":{\"params\":{\"prompt\":\"" + url
        + "\"}}}],\"edges\":[]}";
  }

  /** A minimal valid one-node workflow. */
  static String textOnly(String name) {
    return "{\"name\":\"" + name + "\",\"nodes\":[{\"id\":\"t\",\"type\":\"basedNode\","
        + "\"data\":{\"label\":\"T\",\"nodeType\":\"input:text\",\"params\":{\"prompt\":\"hi\"}}}],"
        + "\"edges\":[]}";
  }

  /** A {@code width}×{@code height} PNG with a gradient and an alpha channel when asked. */
  static Path png(Path dir, String name, int width, int height, boolean alpha) {
    BufferedImage img = new BufferedImage(width, height,
        alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new java.awt.GradientPaint(0, 0, Color.RED, width, height,
        alpha ? new Color(0, 0, 255, 60) : Color.BLUE));
    g.fillRect(0, 0, width, height);
    g.dispose();
    Path file = dir.resolve(name);
    try {
      ImageIO.write(img, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static byte[] pngBytes(int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static BufferedImage read(byte[] bytes) {
    try {
      return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
