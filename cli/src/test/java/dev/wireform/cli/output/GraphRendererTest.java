package dev.wireform.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.PortSpec;
import dev.wireform.dsl.catalog.PortType;
import dev.wireform.dsl.catalog.Provenance;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphRendererTest {
  static final Catalog CATALOG =
      Catalog.of(
          List.of(
              new NodeType(
                  "input:image",
                  "input",
                  "Image Input",
                  List.of(),
                  List.of(new PortSpec("image", "Image", PortType.IMAGE, false, false)),
                  List.of(),
                  Provenance.ASSUMED,
                  ""),
              new NodeType(
                  "process:clarityai_crystal_upscaler",
                  "process",
                  "ClarityAI Crystal Upscaler",
                  List.of(new PortSpec("image_url", "Image", PortType.IMAGE, true, false)),
                  List.of(new PortSpec("images", "Upscaled Image", PortType.IMAGE, false, false)),
                  List.of(),
                  Provenance.DOCUMENTED,
                  "")));

  /** An image fanned out to two upscalers; one label left to the catalog, one with quotes. */
  static final Workflow FAN_OUT =
      Workflow.builder("fan-out", "Fan \"out\" <2x & 4x>")
          .node(Node.builder("photo", "input:image").label("Product photo").build())
          .node(
              Node.builder("up-2x", "process:clarityai_crystal_upscaler")
                  .param("scale_factor", 2L)
                  .input("image_url", new PortRef("photo", "image"))
                  .build())
          .node(
              Node.builder("up-4x", "process:clarityai_crystal_upscaler")
                  .label("Upscale #4")
                  .param("scale_factor", 4L)
                  .input("image_url", new PortRef("photo", "image"))
                  .build())
          .build();

  @Test
  void drawsMermaidFlowchartWithNumberedIdsAndPortLabels() {
    assertThat(GraphRenderer.of(GraphFormat.MERMAID).render(FAN_OUT, CATALOG))
        .isEqualTo(
            """
            ---
            title: "Fan \\"out\\" <2x & 4x>"
            ---
            flowchart LR
              n1(["Product photo<br/>photo (input:image)"])
              n2["ClarityAI Crystal Upscaler<br/>up-2x (process:clarityai_crystal_upscaler)"]
              n3["Upscale #35;4<br/>up-4x (process:clarityai_crystal_upscaler)"]
              n1 -->|"image → image_url"| n2
              n1 -->|"image → image_url"| n3
            """);
  }

  @Test
  void drawsDotDigraphWithQuotedIdsAndPortLabels() {
    assertThat(GraphRenderer.of(GraphFormat.DOT).render(FAN_OUT, CATALOG))
        .isEqualTo(
            """
            digraph "fan-out" {
              label="Fan \\"out\\" <2x & 4x>";
              labelloc=t;
              rankdir=LR;
              node [shape=box];
              "photo" [label="Product photo\\nphoto (input:image)", style=rounded];
              "up-2x" [label="ClarityAI Crystal Upscaler\\nup-2x \
            (process:clarityai_crystal_upscaler)"];
              "up-4x" [label="Upscale #4\\nup-4x (process:clarityai_crystal_upscaler)"];
              "photo" -> "up-2x" [label="image → image_url"];
              "photo" -> "up-4x" [label="image → image_url"];
            }
            """);
  }

  @Test
  void unknownTypesFallBackToTheNodeIdAsLabel() {
    Workflow odd =
        Workflow.builder("odd", "Odd")
            .node(Node.builder("mystery", "process:not_in_catalog").build())
            .build();

    assertThat(GraphRenderer.of(GraphFormat.MERMAID).render(odd, CATALOG))
        .contains("  n1[\"mystery<br/>mystery (process:not_in_catalog)\"]\n");
  }
}
