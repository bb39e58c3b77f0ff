package dev.wireform.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wireform.cli.api.NodeRun;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one output node produced.
 *
 * @param urls its output files' URLs, in order
 * @param text its text output (LLM nodes), if any
 * @param cap for an upscaler whose output hit the pixel cap: what was asked and what was made
 */
public record NodeOutput(
    String nodeId,
    String label,
    String state,
    List<String> urls,
    Optional<String> text,
    Optional<Cap> cap) {
  public NodeOutput {
    Objects.requireNonNull(nodeId, "nodeId == null");
    Objects.requireNonNull(label, "label == null");
    Objects.requireNonNull(state, "state == null");
    urls = List.copyOf(urls);
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(cap, "cap == null");
  }

  static NodeOutput of(NodeRun run, String label) {
    return new NodeOutput(
        run.nodeId(),
        run.label().filter(l -> !l.isBlank()).orElse(label),
        LineProgress.word(run.state(), run.rawStatus()),
        run.outputUrls(),
        run.text(),
        Cap.from(run.output()));
  }

  /** {@code upscale-1 (ClarityAI Upscaler)}. */
  String describe() {
    return nodeId + (label.isBlank() || label.equals(nodeId) ? "" : " (" + label + ")");
  }

  /**
   * An upscale the output cap cut down, as the server reported it ({@code capped}, {@code
   * requestedScale}, {@code appliedScale}, {@code maxPixels}, sizes).
   */
  public record Cap(
      int requestedScale,
      double appliedScale,
      long maxPixels,
      int width,
      int height,
      Optional<Integer> sourceWidth,
      Optional<Integer> sourceHeight) {

    static Optional<Cap> from(JsonNode output) {
      if (output == null || !output.path("capped").asBoolean(false)) {
        return Optional.empty();
      }
      return Optional.of(
          new Cap(
              output.path("requestedScale").asInt(0),
              output.path("appliedScale").asDouble(0),
              output.path("maxPixels").asLong(64_000_000L),
              output.path("width").asInt(0),
              output.path("height").asInt(0),
              number(output, "sourceWidth"),
              number(output, "sourceHeight")));
    }

    private static Optional<Integer> number(JsonNode o, String field) {
      return o.path(field).canConvertToInt() && o.path(field).isNumber()
          ? Optional.of(o.path(field).asInt()) : Optional.empty();
    }

    /**
     * {@code capped at 64 MP: 16× of 4000×3000 would be 64000×48000 (3072 MP); made 9237×6928
     * (2.31×)}.
     */
    String describe() {
      StringBuilder b = new StringBuilder("capped at ").append(megapixels(maxPixels))
          .append(" MP: ").append(requestedScale).append("×");
      if (sourceWidth.isPresent() && sourceHeight.isPresent()) {
        long w = (long) sourceWidth.get() * requestedScale;
        long h = (long) sourceHeight.get() * requestedScale;
        b.append(" of ").append(sourceWidth.get()).append("×").append(sourceHeight.get())
            .append(" would be ").append(w).append("×").append(h).append(" (")
            .append(megapixels(w * h)).append(" MP)");
      } else {
        b.append(" asked");
      }
      b.append("; made ").append(width).append("×").append(height).append(" (")
          .append(BigDecimal.valueOf(appliedScale).stripTrailingZeros().toPlainString())
          .append("×)");
      return b.toString();
    }

    static String megapixels(long pixels) {
      return BigDecimal.valueOf(pixels)
          .divide(BigDecimal.valueOf(1_000_000), 2, RoundingMode.HALF_UP)
          .stripTrailingZeros()
          .toPlainString();
    }
  }
}
