package dev.wireform.dsl.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {
  private static final String FILE = "catalog.yaml";
  private final Diagnostics diagnostics = new Diagnostics();

  private Optional<Catalog> read(String yaml) {
    return CatalogReader.read(FILE, yaml.getBytes(StandardCharsets.UTF_8), diagnostics);
  }

  private List<String> problems(String yaml) {
    assertThat(read(yaml)).isEmpty();
    return diagnostics.sorted().stream().map(CatalogReaderTest::line).toList();
  }

  private static String line(Diagnostic d) {
    return d.position() + ": [" + d.id() + "] " + d.message() + " | fix: " + d.fix();
  }

  @Test
  void readsAProjectEntryWithDefaults() {
    Catalog catalog =
        read("""
        nodeTypes:
          process:my_denoiser:
            inputs:
              image_url: { type: IMAGE, required: true }
            outputs:
              image: { label: Clean Image, type: IMAGE }
            params:
              strength: { type: NUMBER, min: 0, max: 1, default: 0.5, description: How hard }
              mode: { type: ENUM, values: [fast, best] }
        """)
            .orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    NodeType t = catalog.find("process:my_denoiser").orElseThrow();
    assertThat(t)
        .isEqualTo(
            new NodeType(
                "process:my_denoiser",
                "process",
                "my_denoiser",
                List.of(new PortSpec("image_url", "image_url", PortType.IMAGE, true, false)),
                List.of(new PortSpec("image", "Clean Image", PortType.IMAGE, false, false)),
                List.of(
                    new ParamSpec(
                        "strength",
                        ParamType.NUMBER,
                        Optional.of(new BigDecimal("0.5")),
                        Optional.of(BigDecimal.ZERO),
                        Optional.of(BigDecimal.ONE),
                        List.of(),
                        "How hard"),
                    new ParamSpec(
                        "mode",
                        ParamType.ENUM,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of("fast", "best"),
                        "")),
                Provenance.PROJECT,
                FILE));
  }

  @Test
  void overlaysTheBuiltInCatalog() {
    Catalog project =
        read("""
        nodeTypes:
          process:clarityai_crystal_upscaler:
            category: process
            label: My Upscaler
            inputs: { image_url: { label: Image, type: IMAGE, required: true } }
            outputs: { images: { label: Upscaled Image, type: IMAGE } }
            params: { scale_factor: { type: INTEGER, min: 1, max: 32, default: 2 } }
          custom:thing:
            outputs: { out: { type: JSON } }
        """)
            .orElseThrow();
    Catalog merged = Catalog.builtin().with(project);

    assertThat(merged.find("process:clarityai_crystal_upscaler").orElseThrow().label())
        .isEqualTo("My Upscaler");
    assertThat(merged.find("custom:thing")).isPresent();
    assertThat(merged.find("input:text")).isEqualTo(Catalog.builtin().find("input:text"));
    assertThat(merged.all()).hasSize(Catalog.builtin().all().size() + 1);
  }

  @Test
  void reportsInconsistentParams() {
    String yaml =
        """
        nodeTypes:
          p:x:
            params:
              a: { type: INTEGER, min: 1, max: 16, default: 20 }
              b: { type: INTEGER, default: 1.5 }
              c: { type: ENUM }
              d: { type: ENUM, values: [png, jpg], default: gif }
              e: { type: STRING, min: 1, values: [q] }
              f: { type: NUMBER, min: 2, max: 1 }
              g: { type: BOOLEAN, default: "true" }
              h: { type: ENUM, values: [a, a] }
        """;
    assertThat(problems(yaml))
        .containsExactly(
            FILE
                + ":4:44: [InvalidCatalog] 'default' of param 'a' of node type 'p:x' (20) is"
                + " above its 'max' (16) | fix: change the default or the param's type, min, max"
                + " or values",
            FILE
                + ":5:27: [InvalidCatalog] 'default' of param 'b' of node type 'p:x' must be a"
                + " whole number, found 1.5 | fix: change the default or the param's type, min,"
                + " max or values",
            FILE
                + ":6:10: [InvalidCatalog] param 'c' of node type 'p:x' is an ENUM without"
                + " 'values' | fix: list the allowed values, e.g. values: [png, jpg, webp]",
            FILE
                + ":7:44: [InvalidCatalog] 'default' of param 'd' of node type 'p:x' must be one"
                + " of png, jpg, found 'gif' | fix: change the default or the param's type, min,"
                + " max or values",
            FILE
                + ":8:26: [InvalidCatalog] param 'e' of node type 'p:x' has 'min', but only"
                + " INTEGER and NUMBER params have bounds | fix: remove 'min' or change the type",
            FILE
                + ":8:34: [InvalidCatalog] param 'e' of node type 'p:x' has 'values', but only"
                + " ENUM params have values | fix: remove 'values' or change the type to ENUM",
            FILE
                + ":9:26: [InvalidCatalog] 'min' of param 'f' of node type 'p:x' (2) is greater"
                + " than its 'max' (1) | fix: swap them",
            FILE
                + ":10:27: [InvalidCatalog] 'default' of param 'g' of node type 'p:x' must be"
                + " true or false, found 'true' | fix: change the default or the param's type,"
                + " min, max or values",
            FILE
                + ":11:24: [InvalidCatalog] 'values' of param 'h' of node type 'p:x' lists 'a'"
                + " twice | fix: list each value once");
  }

  @Test
  void reportsShapeProblemsWithSuggestions() {
    String yaml =
        """
        nodeTypes:
          nocolon:
            lable: X
            inputs:
              img: { type: image, requird: true }
              "bad id": { type: IMAGE }
            outputs:
              out: { type: IMAGE, required: true }
            params:
              p: { default: 1 }
            provenance: GUESSED
        """;
    assertThat(problems(yaml))
        .containsExactly(
            FILE
                + ":2:3: [MissingField] node type 'nocolon' has no 'category' | fix: add"
                + " 'category: <palette group>', e.g. category: process",
            FILE
                + ":3:5: [UnknownField] unknown field 'lable' in node type 'nocolon' | fix: did"
                + " you mean 'label'? Fields of node type 'nocolon': category, label, provenance,"
                + " source, inputs, outputs, params",
            FILE
                + ":5:20: [InvalidValue] 'type' of input 'img' of node type 'nocolon' must be"
                + " one of TEXT, IMAGE, VIDEO, AUDIO, JSON, found 'image' | fix: did you mean"
                + " 'IMAGE'? Allowed: TEXT, IMAGE, VIDEO, AUDIO, JSON",
            FILE
                + ":5:27: [UnknownField] unknown field 'requird' in input 'img' of node type"
                + " 'nocolon' | fix: did you mean 'required'? Fields of input 'img' of node type"
                + " 'nocolon': label, type, required, many",
            FILE
                + ":6:7: [InvalidCatalog] port id 'bad id' of node type 'nocolon' holds"
                + " characters other than letters, digits, '_' and '-' | fix: rename the port;"
                + " edges address it as 'in-<id>' / 'out-<id>'",
            FILE
                + ":8:27: [UnknownField] unknown field 'required' in output 'out' of node type"
                + " 'nocolon' | fix: remove it; fields of output 'out' of node type 'nocolon':"
                + " label, type",
            FILE
                + ":10:7: [MissingField] param 'p' of node type 'nocolon' has no 'type' | fix:"
                + " add 'type:' with one of STRING, INTEGER, NUMBER, BOOLEAN, ENUM, JSON",
            FILE
                + ":11:17: [InvalidValue] 'provenance' of node type 'nocolon' must be one of"
                + " DOCUMENTED, ASSUMED, PROJECT, found 'GUESSED' | fix: use one of: DOCUMENTED,"
                + " ASSUMED, PROJECT");
  }

  @Test
  void reportsAFileThatIsNotACatalog() {
    assertThat(problems("- a\n"))
        .containsExactly(
            FILE
                + ":1:1: [InvalidCatalog] a catalog file must hold a mapping with 'nodeTypes',"
                + " found a list | fix: start with 'nodeTypes:' and one entry per nodeType; see"
                + " docs/catalog.md");
  }

  @Test
  void reportsDuplicateNodeTypesAndPorts() {
    String yaml =
        """
        nodeTypes:
          a:b: { outputs: { x: { type: TEXT }, x: { type: JSON } } }
          a:b: { outputs: { y: { type: TEXT } } }
        """;
    assertThat(problems(yaml))
        .containsExactly(
            FILE
                + ":2:40: [DuplicateKey] key 'x' appears twice in this mapping; the first is on"
                + " line 2 | fix: remove one of the two; YAML keeps only one, so wireform refuses"
                + " to guess which you meant",
            FILE
                + ":3:3: [DuplicateKey] key 'a:b' appears twice in this mapping; the first is on"
                + " line 2 | fix: remove one of the two; YAML keeps only one, so wireform refuses"
                + " to guess which you meant");
  }
}
