package dev.wireform.dsl.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltinCatalogTest {
  private final Catalog builtin = Catalog.builtin();

  @Test
  void isReadOnceAndCached() {
    assertThat(Catalog.builtin()).isSameAs(builtin);
  }

  @Test
  void describesInputTextExactlyAsTheClarityGuide() {
    NodeType text = builtin.find("input:text").orElseThrow();

    assertThat(text.category()).isEqualTo("input");
    assertThat(text.inputs()).isEmpty();
    assertThat(text.outputs())
        .containsExactly(new PortSpec("prompt", "Text", PortType.TEXT, false, false));
    assertThat(text.params())
        .containsExactly(
            new ParamSpec(
                "prompt",
                ParamType.STRING,
                Optional.of(""),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                "The text (or URL) this input provides"));
    assertThat(text.provenance()).isEqualTo(Provenance.DOCUMENTED);
  }

  @Test
  void describesTheCrystalUpscalerAsTheClarityGuide() {
    NodeType up = builtin.find("process:clarityai_crystal_upscaler").orElseThrow();

    assertThat(up.category()).isEqualTo("process");
    assertThat(up.label()).isEqualTo("ClarityAI Upscaler");
    assertThat(up.inputs())
        .containsExactly(new PortSpec("image_url", "Image", PortType.IMAGE, true, false));
    assertThat(up.outputs())
        .containsExactly(new PortSpec("images", "Upscaled Image", PortType.IMAGE, false, false));
    ParamSpec scale = up.param("scale_factor").orElseThrow();
    assertThat(scale.type()).isEqualTo(ParamType.INTEGER);
    assertThat(scale.defaultValue()).contains(2L);
    assertThat(scale.min()).contains(BigDecimal.ONE);
    assertThat(scale.max()).contains(BigDecimal.valueOf(16));
    ParamSpec creativity = up.param("creativity").orElseThrow();
    assertThat(creativity.type()).isEqualTo(ParamType.NUMBER);
    assertThat(creativity.defaultValue()).contains(new BigDecimal("0.0"));
    assertThat(creativity.min()).contains(new BigDecimal("0.0"));
    assertThat(creativity.max()).contains(new BigDecimal("1.0"));
    ParamSpec format = up.param("output_format").orElseThrow();
    assertThat(format.type()).isEqualTo(ParamType.ENUM);
    assertThat(format.values()).containsExactly("png", "jpg", "webp");
    assertThat(format.defaultValue()).contains("png");
    assertThat(up.provenance()).isEqualTo(Provenance.DOCUMENTED);
    assertThat(up.source()).startsWith("clarity-guide");
  }

  @Test
  void coversTheRequiredNodeTypes() {
    assertThat(builtin.all().stream().map(NodeType::nodeType))
        .contains(
            "input:text",
            "input:image",
            "process:clarityai_crystal_upscaler",
            "process:clarityai_creative_upscaler",
            "process:background_removal",
            "process:format_conversion",
            "generate:flux_2",
            "generate:nano_banana_2",
            "generate:kling_1_6_pro",
            "video:kling_video_v2_6_pro_image_to_video",
            "llm:openrouter_router",
            "audio:elevenlabs_tts_custom_voice",
            "audio:whisper",
            "audio:elevenlabs_sound_effects",
            "audio:elevenlabs_music",
            "audio:mmaudio_v2",
            "compv3",
            "utility:prompt_concat",
            "utility:build_data");
    assertThat(builtin.find("process:clarityai_creative_upscaler").orElseThrow().provenance())
        .isEqualTo(Provenance.ASSUMED);
    assertThat(builtin.find("process:format_conversion").orElseThrow().param("format"))
        .map(ParamSpec::values)
        .contains(List.of("png", "jpg", "webp"));
  }

  @Test
  void everyEntryIsWellFormed() {
    List<String> problems = new ArrayList<>();
    for (NodeType t : builtin.all()) {
      String n = t.nodeType();
      if (t.category().isBlank() || t.label().isBlank()) {
        problems.add(n + ": blank category or label");
      }
      if (t.provenance() == Provenance.PROJECT || t.source().isBlank()) {
        problems.add(n + ": built-in entries are DOCUMENTED or ASSUMED and cite a source");
      }
      if (t.inputs().isEmpty() && t.outputs().isEmpty()) {
        problems.add(n + ": no ports at all");
      }
      unique(n + " inputs", t.inputs().stream().map(PortSpec::id).toList(), problems);
      unique(n + " outputs", t.outputs().stream().map(PortSpec::id).toList(), problems);
      unique(n + " params", t.params().stream().map(ParamSpec::name).toList(), problems);
      t.outputs().stream()
          .filter(p -> p.required() || p.many())
          .forEach(p -> problems.add(n + ": output " + p.id() + " is required or many"));
      t.inputs().stream()
          .filter(p -> p.label().isBlank() || !p.id().matches("[A-Za-z0-9_-]+"))
          .forEach(p -> problems.add(n + ": input " + p.id() + " has a bad id or label"));
      for (ParamSpec p : t.params()) {
        String where = n + " param " + p.name();
        p.defaultValue().ifPresent(v -> checkDefault(where, p, v, problems));
        if (p.type() == ParamType.ENUM && p.values().isEmpty()) {
          problems.add(where + ": ENUM without values");
        }
        if (p.type() != ParamType.ENUM && !p.values().isEmpty()) {
          problems.add(where + ": values on a non-ENUM");
        }
        boolean numeric = p.type() == ParamType.INTEGER || p.type() == ParamType.NUMBER;
        if (!numeric && (p.min().isPresent() || p.max().isPresent())) {
          problems.add(where + ": bounds on a non-number");
        }
        if (p.min().isPresent()
            && p.max().isPresent()
            && p.min().get().compareTo(p.max().get()) > 0) {
          problems.add(where + ": min > max");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static void checkDefault(String where, ParamSpec p, Object v, List<String> problems) {
    switch (p.type()) {
      case STRING -> expect(v instanceof String, where + ": default not a string", problems);
      case BOOLEAN -> expect(v instanceof Boolean, where + ": default not a boolean", problems);
      case ENUM -> expect(p.values().contains(v), where + ": default not in values", problems);
      case INTEGER, NUMBER -> {
        boolean ok =
            p.type() == ParamType.INTEGER
                ? v instanceof Long
                : v instanceof Long || v instanceof BigDecimal;
        expect(ok, where + ": default of the wrong number type " + v.getClass(), problems);
        if (ok) {
          BigDecimal n = new BigDecimal(v.toString());
          p.min().ifPresent(m -> expect(n.compareTo(m) >= 0, where + ": default < min", problems));
          p.max().ifPresent(m -> expect(n.compareTo(m) <= 0, where + ": default > max", problems));
        }
      }
      case JSON -> {}
    }
  }

  private static void expect(boolean ok, String problem, List<String> problems) {
    if (!ok) {
      problems.add(problem);
    }
  }

  private static void unique(String what, List<String> ids, List<String> problems) {
    Set<String> seen = new HashSet<>();
    ids.stream()
        .filter(id -> !seen.add(id))
        .forEach(id -> problems.add(what + ": " + id + " twice"));
  }
}
