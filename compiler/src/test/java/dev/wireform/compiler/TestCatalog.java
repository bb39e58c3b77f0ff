package dev.wireform.compiler;

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

/** A small catalog for tests, built in code; the ClarityAI facts as in the Wireflow guide. */
public final class TestCatalog {
  private TestCatalog() {}

  public static Catalog catalog() {
    return Catalog.of(
        List.of(
            type(
                "input:text",
                "input",
                "Text Input",
                List.of(),
                List.of(out("prompt", "Text", PortType.TEXT)),
                List.of(param("prompt", ParamType.STRING, ""))),
            type(
                "input:image",
                "input",
                "Image Input",
                List.of(),
                List.of(out("image", "Image", PortType.IMAGE)),
                List.of(param("image_url", ParamType.STRING, ""))),
            type(
                "process:clarityai_crystal_upscaler",
                "process",
                "ClarityAI Upscaler",
                List.of(in("image_url", "Image", PortType.IMAGE, true, false)),
                List.of(out("images", "Upscaled Image", PortType.IMAGE)),
                List.of(
                    range("scale_factor", ParamType.INTEGER, 2L, "1", "16"),
                    range("creativity", ParamType.NUMBER, new BigDecimal("0.0"), "0", "1"),
                    choice("output_format", "png", "png", "jpg", "webp"))),
            type(
                "process:background_removal",
                "process",
                "Remove Background",
                List.of(in("image", "Image", PortType.IMAGE, true, false)),
                List.of(out("image", "Image", PortType.IMAGE)),
                List.of()),
            type(
                "process:image_merge",
                "process",
                "Merge Images",
                List.of(
                    in("images", "Images", PortType.IMAGE, true, true),
                    in("mask", "Mask", PortType.IMAGE, false, false)),
                List.of(out("image", "Image", PortType.IMAGE)),
                List.of(param("layout", ParamType.JSON, null))),
            type(
                "process:text_to_image",
                "process",
                "Text to Image",
                List.of(in("prompt", "Prompt", PortType.TEXT, true, false)),
                List.of(out("images", "Images", PortType.IMAGE)),
                List.of(
                    range("seed", ParamType.INTEGER, null, "0", null),
                    param("safe", ParamType.BOOLEAN, true))),
            type(
                "generate:image",
                "generate",
                "Generate Image",
                List.of(in("prompt", "Prompt", PortType.TEXT, false, false)),
                List.of(out("image", "Image", PortType.IMAGE)),
                List.of(param("prompt", ParamType.STRING, null))),
            type(
                "process:transcribe",
                "process",
                "Transcribe",
                List.of(in("audio", "Audio", PortType.AUDIO, true, false)),
                List.of(out("text", "Text", PortType.TEXT)),
                List.of()),
            type(
                "output:sink",
                "output",
                "Sink",
                List.of(in("value", "Value", PortType.JSON, false, false)),
                List.of(),
                List.of())));
  }

  static NodeType type(
      String nodeType,
      String category,
      String label,
      List<PortSpec> inputs,
      List<PortSpec> outputs,
      List<ParamSpec> params) {
    return new NodeType(
        nodeType, category, label, inputs, outputs, params, Provenance.ASSUMED, "tests");
  }

  static PortSpec in(String id, String label, PortType type, boolean required, boolean many) {
    return new PortSpec(id, label, type, required, many);
  }

  static PortSpec out(String id, String label, PortType type) {
    return new PortSpec(id, label, type, false, false);
  }

  static ParamSpec param(String name, ParamType type, Object defaultValue) {
    return new ParamSpec(
        name, type, Optional.ofNullable(defaultValue), Optional.empty(), Optional.empty(),
        List.of(), "");
  }

  static ParamSpec range(String name, ParamType type, Object defaultValue, String min, String max) {
    return new ParamSpec(
        name,
        type,
        Optional.ofNullable(defaultValue),
        Optional.ofNullable(min).map(BigDecimal::new),
        Optional.ofNullable(max).map(BigDecimal::new),
        List.of(),
        "");
  }

  static ParamSpec choice(String name, String defaultValue, String... values) {
    return new ParamSpec(
        name, ParamType.ENUM, Optional.of(defaultValue), Optional.empty(), Optional.empty(),
        List.of(values), "");
  }
}
