package dev.wireform.emulator;

/**
 * The output size of an upscale: {@code requested}× unless that passes the pixel cap, in which
 * case the largest factor that fits (Wireflow caps ClarityAI output at 64 megapixels).
 *
 * @param width output width
 * @param height output height
 * @param requestedScale the scale the node asked for
 * @param appliedScale the scale actually applied (rounded to 4 decimals when capped)
 * @param capped whether the cap lowered the scale
 */
record ScalePlan(int width, int height, int requestedScale, double appliedScale, boolean capped) {
  /** Wireflow's cap: 64 megapixels (decimal, as in the guide's "8000×6000 = 48 MP"). */
  static final long MAX_PIXELS = 64_000_000L;

  static ScalePlan of(int width, int height, int scale, long maxPixels) {
    long w = (long) width * scale;
    long h = (long) height * scale;
    if (w * h <= maxPixels) {
      return new ScalePlan((int) w, (int) h, scale, scale, false);
    }
    double s = Math.sqrt((double) maxPixels / ((double) width * height));
    long cw = Math.max(1, (long) Math.floor(width * s));
    long ch = Math.max(1, (long) Math.floor(height * s));
    while (cw * ch > maxPixels) {
      if (cw * height >= ch * (long) width) {
        cw--;
      } else {
        ch--;
      }
    }
    double applied = Math.round((double) cw / width * 10_000) / 10_000.0;
    return new ScalePlan((int) cw, (int) ch, scale, applied, true);
  }
}
