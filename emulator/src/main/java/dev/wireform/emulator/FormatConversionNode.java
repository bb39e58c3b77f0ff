package dev.wireform.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;

/** Format conversion nodes: a real re-encode to PNG or JPEG. */
final class FormatConversionNode implements NodeRunner {
  private final ImageIo io;
  private final MediaStore media;

  FormatConversionNode(ImageIo io, MediaStore media) {
    this.io = io;
    this.media = media;
  }

  @Override
  public NodeJob.Result run(NodeJob job) throws NodeFailure, InterruptedException {
    String source = job.input("image", "image_url", "images", "url")
        .or(() -> job.textParam("image", "image_url", "imageUrl"))
        .filter(s -> !s.isBlank())
        .orElseThrow(() -> new NodeFailure(job.describe()
            + " has no input image: wire an image into its 'image' input"));
    String format = ImageIo.outputFormat(
        job.textParam("output_format", "format", "outputFormat").orElse("png"));
    int quality = job.intParam("quality", 90, 1, 100);
    BufferedImage in = io.decode(io.fetch(source), source);
    MediaStore.Media m;
    try {
      m = media.write(job.node().id() + "-converted." + format,
          o -> ImageIo.encode(in, format, quality / 100f, o));
    } catch (IOException e) {
      throw new NodeFailure("cannot store the converted image: " + e.getMessage());
    }
    ObjectNode output = UpscalerNode.imageOutput(job, m, in.getWidth(), in.getHeight(), format);
    if (format.equals("jpg")) {
      output.put("quality", quality);
    }
    return new NodeJob.Result(output, UpscalerNode.portValues(job, m.url()));
  }
}
