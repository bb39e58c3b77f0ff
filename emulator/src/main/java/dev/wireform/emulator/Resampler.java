package dev.wireform.emulator;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Classical image resampling with Java2D: progressive bicubic, at most 2× per step, which keeps
 * edges smooth at large factors. It stands in for ClarityAI's diffusion model: sizes and
 * formats are real, the added detail is not.
 */
final class Resampler {
  private Resampler() {}

  static BufferedImage resize(BufferedImage source, int width, int height) {
    ImageIo.init();
    boolean alpha = source.getColorModel().hasAlpha();
    BufferedImage current = normalize(source, alpha);
    while (current.getWidth() != width || current.getHeight() != height) {
      int w = step(current.getWidth(), width);
      int h = step(current.getHeight(), height);
      BufferedImage next =
          new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
      Graphics2D g = next.createGraphics();
      try {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
            RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setComposite(AlphaComposite.Src);
        g.drawImage(current, 0, 0, w, h, null);
      } finally {
        g.dispose();
      }
      current = next;
    }
    return current;
  }

  /** The next size on the way from {@code from} to {@code to}: at most double or half. */
  private static int step(int from, int to) {
    if (to > from) {
      return (int) Math.min(to, (long) from * 2);
    }
    if (to < from) {
      return Math.max(to, (from + 1) / 2);
    }
    return from;
  }

  /** A copy in an int RGB(A) layout that Java2D scales well. */
  static BufferedImage normalize(BufferedImage source, boolean alpha) {
    int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    if (source.getType() == type) {
      return source;
    }
    BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), type);
    Graphics2D g = copy.createGraphics();
    try {
      g.setComposite(AlphaComposite.Src);
      g.drawImage(source, 0, 0, null);
    } finally {
      g.dispose();
    }
    return copy;
  }

  /** The image on white with no alpha channel, as JPEG needs. */
  static BufferedImage flatten(BufferedImage source) {
    if (!source.getColorModel().hasAlpha() && source.getType() == BufferedImage.TYPE_INT_RGB) {
      return source;
    }
    BufferedImage out =
        new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.drawImage(source, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
