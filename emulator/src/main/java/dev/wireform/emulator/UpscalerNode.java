package dev.wireform.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ClarityAI upscalers, emulated with a classical resampler: the output has the size,
 * format and cap the real node gives, but no generated detail.
 */
final class UpscalerNode implements NodeRunner {
  static final String RESAMPLER =
      "progressive bicubic (a classical stand-in for the ClarityAI diffusion model)";

  private final ImageIo io;
  private final MediaStore media;
  private final long maxOutputPixels;

  UpscalerNode(ImageIo io, MediaStore media, long maxOutputPixels) {
    this.io = io;
    this.media = media;
    this.maxOutputPixels = maxOutputPixels;
  }

  @Override
  public NodeJob.Result run(NodeJob job) throws NodeFailure, InterruptedException {
    String source = job.input("image_url", "image", "images", "url")
        .or(() -> job.textParam("image_url", "imageUrl", "image"))
        .filter(s -> !s.isBlank())
        .orElseThrow(() -> new NodeFailure(job.describe()
            + " has no input image: wire an image URL into its 'image_url' input"));
    int scale = job.intParam("scale_factor", 2, 1, 16);
    String format = ImageIo.outputFormat(job.textParam("output_format").orElse("png"));
    BigDecimal creativity = job.node().param("creativity")
        .filter(v -> v.isNumber()).map(v -> v.decimalValue()).orElse(BigDecimal.ZERO);
    BufferedImage in = io.decode(io.fetch(source), source);
    long pixels = (long) in.getWidth() * in.getHeight();
    if (pixels > maxOutputPixels) {
      throw new NodeFailure("input image is " + in.getWidth() + "×" + in.getHeight() + " = "
          + pixels + " pixels, already over the " + maxOutputPixels + "-pixel output cap");
    }
    ScalePlan plan = ScalePlan.of(in.getWidth(), in.getHeight(), scale, maxOutputPixels);
    BufferedImage out = Resampler.resize(in, plan.width(), plan.height());
    MediaStore.Media m;
    try {
      m = media.write(job.node().id() + "-upscaled." + format,
          o -> ImageIo.encode(out, format, 0.92f, o));
    } catch (IOException e) {
      throw new NodeFailure("cannot store the upscaled image: " + e.getMessage());
    }
    ObjectNode output = imageOutput(job, m, plan.width(), plan.height(), format);
    output.put("sourceWidth", in.getWidth());
    output.put("sourceHeight", in.getHeight());
    output.put("requestedScale", plan.requestedScale());
    output.put("appliedScale", plan.appliedScale());
    output.put("capped", plan.capped());
    output.put("maxPixels", maxOutputPixels);
    output.put("mode", job.node().nodeType().contains("creative") ? "creative" : "crystal");
    output.put("creativity", creativity);
    output.put("resampler", RESAMPLER);
    return new NodeJob.Result(output, portValues(job, m.url()));
  }

  /** {@code {images:[{url,width,height,contentType}], url, width, height, format}}. */
  static ObjectNode imageOutput(
      NodeJob job, MediaStore.Media m, int width, int height, String format) {
    ObjectNode output = Json.object();
    ObjectNode img = output.putArray("images").addObject();
    img.put("url", m.url());
    img.put("width", width);
    img.put("height", height);
    img.put("contentType", m.contentType());
    output.put("url", m.url());
    output.put("width", width);
    output.put("height", height);
    output.put("format", format);
    for (NodeJob.OutputPort p : job.outputs()) {
      if (!p.id().equals("images") && !output.has(p.id())) {
        output.set(p.id(), output.get("images").deepCopy());
      }
    }
    return output;
  }

  static Map<String, String> portValues(NodeJob job, String url) {
    Map<String, String> values = new LinkedHashMap<>();
    job.outputs().forEach(p -> values.put(p.id(), url));
    values.putIfAbsent("images", url);
    return values;
  }
}
