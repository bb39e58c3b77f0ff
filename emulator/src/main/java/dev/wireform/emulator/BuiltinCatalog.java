package dev.wireform.emulator;

import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.ParamSpec;
import dev.wireform.dsl.catalog.ParamType;
import dev.wireform.dsl.catalog.PortSpec;
import dev.wireform.dsl.catalog.PortType;
import dev.wireform.dsl.catalog.Provenance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Where the emulator's default node catalog comes from: the one seam to switch when the dsl's
 * built-in catalog is available. Until then it holds the node types the emulator can run.
 */
final class BuiltinCatalog {
  private static final String CLARITY = "clarity-guide.md; wireflow-api.md §2.5";
  private static final String SCHEMA = "wireflow-api.md §2.5 [sk-schema]";

  private BuiltinCatalog() {}

  static Catalog get() {
    PortSpec imageUrl = port("image_url", "Image", PortType.IMAGE, true);
    PortSpec imageIn = port("image", "Image", PortType.IMAGE, true);
    PortSpec promptIn = port("prompt", "Prompt", PortType.TEXT, true);
    List<ParamSpec> upscale = List.of(
        integer("scale_factor", 2, 1, 16, "Multiplier 1–16; output capped at 64 megapixels"),
        number("creativity", "0.0", "0", "1", "0.0 faithful … 1.0 creative"),
        enumeration("output_format", "png", List.of("png", "jpg", "webp"), "Output format"));
    return Catalog.of(List.of(
        new NodeType("input:text", "input", "Text", List.of(),
            List.of(port("prompt", "Text", PortType.TEXT, false),
                port("text", "Text", PortType.TEXT, false)),
            List.of(string("prompt", "", "The text (or a URL) this node passes on")),
            Provenance.DOCUMENTED, SCHEMA),
        new NodeType("input:image", "input", "Import", List.of(),
            List.of(port("image", "Image", PortType.IMAGE, false),
                port("media", "Media", PortType.IMAGE, false),
                port("url", "URL", PortType.TEXT, false)),
            List.of(string("image", "", "Image URL"), string("imageUrl", "", "Image URL")),
            Provenance.DOCUMENTED, SCHEMA),
        new NodeType("process:clarityai_crystal_upscaler", "process", "ClarityAI Upscaler",
            List.of(imageUrl), List.of(port("images", "Upscaled Image", PortType.IMAGE, false)),
            upscale, Provenance.DOCUMENTED, CLARITY),
        new NodeType("process:clarityai_creative_upscaler", "process",
            "ClarityAI Creative Upscaler", List.of(imageUrl),
            List.of(port("images", "Upscaled Image", PortType.IMAGE, false)), upscale,
            Provenance.ASSUMED, CLARITY),
        new NodeType("process:format_conversion", "process", "Format Conversion",
            List.of(imageIn), List.of(port("image", "Image", PortType.IMAGE, false)),
            List.of(enumeration("output_format", "png", List.of("png", "jpg", "webp"),
                "Output format"), integer("quality", 92, 1, 100, "JPEG quality")),
            Provenance.ASSUMED, ""),
        new NodeType("process:background_removal", "process", "Remove Background",
            List.of(imageIn), List.of(port("image", "Image", PortType.IMAGE, false)), List.of(),
            Provenance.ASSUMED, ""),
        new NodeType("generate:flux_2", "model", "FLUX.2", List.of(promptIn),
            List.of(port("image", "Image", PortType.IMAGE, false)),
            List.of(string("prompt", "", "What to draw")), Provenance.DOCUMENTED,
            "wireflow-api.md §2.5 [ov]"),
        new NodeType("generate:nano_banana_2", "generate", "Nano Banana 2", List.of(promptIn),
            List.of(port("image", "Image", PortType.IMAGE, false),
                port("images", "Images", PortType.IMAGE, false)),
            List.of(integer("num_images", 1, 1, 4, "Images to make"),
                string("aspect_ratio", "9:16", "Aspect ratio")),
            Provenance.DOCUMENTED, SCHEMA),
        new NodeType("llm:openrouter_router", "llm", "LLM", List.of(promptIn),
            List.of(port("text", "Text", PortType.TEXT, false)),
            List.of(string("model", "anthropic/claude-sonnet-4-5", "Model"),
                string("systemPrompt", "", "System prompt"),
                string("userPrompt", "", "User prompt")),
            Provenance.DOCUMENTED, SCHEMA),
        new NodeType("generate:kling_1_6_pro", "generate", "Kling 1.6 Pro", List.of(promptIn),
            List.of(port("video", "Video", PortType.VIDEO, false)),
            List.of(integer("duration", 5, 1, 10, "Seconds"),
                string("aspect_ratio", "9:16", "Aspect ratio")),
            Provenance.DOCUMENTED, SCHEMA)));
  }

  private static PortSpec port(String id, String label, PortType type, boolean required) {
    return new PortSpec(id, label, type, required, false);
  }

  private static ParamSpec string(String name, String dflt, String description) {
    return new ParamSpec(name, ParamType.STRING, Optional.of(dflt), Optional.empty(),
        Optional.empty(), List.of(), description);
  }

  private static ParamSpec integer(String name, long dflt, long min, long max, String d) {
    return new ParamSpec(name, ParamType.INTEGER, Optional.of(dflt),
        Optional.of(BigDecimal.valueOf(min)), Optional.of(BigDecimal.valueOf(max)), List.of(), d);
  }

  private static ParamSpec number(String name, String dflt, String min, String max, String d) {
    return new ParamSpec(name, ParamType.NUMBER, Optional.of(new BigDecimal(dflt)),
        Optional.of(new BigDecimal(min)), Optional.of(new BigDecimal(max)), List.of(), d);
  }

  private static ParamSpec enumeration(String name, String dflt, List<String> values, String d) {
    return new ParamSpec(name, ParamType.ENUM, Optional.of(dflt), Optional.empty(),
        Optional.empty(), values, d);
  }
}
