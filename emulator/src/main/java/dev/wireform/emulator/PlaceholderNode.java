package dev.wireform.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Every node type the emulator cannot really run: after a short simulated delay it gives a
 * deterministic placeholder per output port (a generated PNG for images, a text for text, a
 * note file for video and audio), marked {@code placeholder: true}.
 */
final class PlaceholderNode implements NodeRunner {
  private final MediaStore media;
  private final Sleeper sleeper;
  private final Duration delay;

  PlaceholderNode(MediaStore media, Sleeper sleeper, Duration delay) {
    this.media = media;
    this.sleeper = sleeper;
    this.delay = delay;
  }

  @Override
  public NodeJob.Result run(NodeJob job) throws NodeFailure, InterruptedException {
    sleeper.sleep(delay);
    ObjectNode output = Json.object();
    output.put("placeholder", true);
    Map<String, String> values = new LinkedHashMap<>();
    List<NodeJob.OutputPort> ports = job.outputs().isEmpty()
        ? List.of(new NodeJob.OutputPort("output", "TEXT")) : job.outputs();
    long seed = seed(job);
    try {
      for (NodeJob.OutputPort p : ports) {
        switch (p.type()) {
          case "IMAGE": {
            Optional<String> passed = passThrough(job);
            if (passed.isPresent()) {
              ObjectNode img = Json.object();
              img.put("url", passed.get());
              output.putArray(p.id()).add(img);
              if (!output.has("images")) {
                output.putArray("images").add(img.deepCopy());
                output.put("url", passed.get());
              }
              output.put("passthrough", true);
              values.put(p.id(), passed.get());
              break;
            }
            int[] size = size(job);
            MediaStore.Media m = media.write(job.node().id() + "-" + p.id() + ".png",
                o -> ImageIo.encode(picture(size[0], size[1], seed), "png", 1f, o));
            ObjectNode img = Json.object();
            img.put("url", m.url());
            img.put("width", size[0]);
            img.put("height", size[1]);
            img.put("contentType", m.contentType());
            output.putArray(p.id()).add(img);
            if (!output.has("images")) {
              output.putArray("images").add(img.deepCopy());
              output.put("url", m.url());
            }
            values.put(p.id(), m.url());
            break;
          }
          case "VIDEO":
          case "AUDIO": {
            String note = "Placeholder " + p.type().toLowerCase() + " from the wireform emulator"
                + " for " + job.describe() + ". The emulator does not generate "
                + p.type().toLowerCase() + ".\n";
            MediaStore.Media m = media.write(job.node().id() + "-" + p.id() + ".txt",
                note.getBytes(StandardCharsets.UTF_8));
            output.putObject(p.id()).put("url", m.url());
            if (!output.has("url")) {
              output.put("url", m.url());
            }
            values.put(p.id(), m.url());
            break;
          }
          default: {
            String text = "[emulator] " + job.node().nodeType() + " output of node '"
                + job.node().id() + "'" + job.input("prompt", "text").map(t -> ": " + t)
                .orElse("");
            output.put(p.id(), text);
            if (!output.has("text")) {
              output.put("text", text);
            }
            values.put(p.id(), text);
          }
        }
      }
    } catch (IOException e) {
      throw new NodeFailure("cannot store the placeholder output: " + e.getMessage());
    }
    return new NodeJob.Result(output, values);
  }

  /**
   * An image-in, image-out node the emulator cannot run ({@code process:*}, {@code edit:*},
   * e.g. background removal) passes its input image on unchanged.
   */
  private static Optional<String> passThrough(NodeJob job) {
    String type = job.node().nodeType() == null ? "" : job.node().nodeType();
    if (!type.startsWith("process:") && !type.startsWith("edit:")) {
      return Optional.empty();
    }
    return job.inputs().values().stream().flatMap(List::stream)
        .filter(v -> v.startsWith("http://") || v.startsWith("https://")
            || v.startsWith("file:"))
        .findFirst();
  }

  private static long seed(NodeJob job) {
    String key = job.node().nodeType() + "|" + job.node().id() + "|"
        + job.node().data().path("params") + "|" + job.inputs();
    long h = 1125899906842597L;
    for (int i = 0; i < key.length(); i++) {
      h = 31 * h + key.charAt(i);
    }
    return h;
  }

  /** 1024 px on the long side for an {@code aspect_ratio} param, else 512×512. */
  private static int[] size(NodeJob job) {
    String ratio = job.textParam("aspect_ratio").orElse("");
    String[] parts = ratio.split(":");
    if (parts.length == 2) {
      try {
        double w = Double.parseDouble(parts[0]);
        double h = Double.parseDouble(parts[1]);
        if (w > 0 && h > 0 && w / h < 16 && h / w < 16) {
          return w >= h ? new int[] {1024, (int) Math.round(1024 * h / w)}
              : new int[] {(int) Math.round(1024 * w / h), 1024};
        }
      } catch (NumberFormatException e) {
        // fall through to the default size
      }
    }
    return new int[] {512, 512};
  }

  /** A deterministic gradient with a few soft blocks, so scaled copies look like something. */
  static BufferedImage picture(int width, int height, long seed) {
    ImageIo.init();
    SplittableRandom r = new SplittableRandom(seed);
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Color a = new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256));
    Color b = new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256));
    Graphics2D g = img.createGraphics();
    try {
      g.setPaint(new java.awt.GradientPaint(0, 0, a, width, height, b));
      g.fillRect(0, 0, width, height);
      for (int i = 0; i < 6; i++) {
        g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 160));
        int w = width / 8 + r.nextInt(Math.max(1, width / 3));
        int h = height / 8 + r.nextInt(Math.max(1, height / 3));
        g.fillOval(r.nextInt(Math.max(1, width - w)), r.nextInt(Math.max(1, height - h)), w, h);
      }
    } finally {
      g.dispose();
    }
    return img;
  }
}
