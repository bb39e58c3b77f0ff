package dev.wireform.compiler;

import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Workflow;

/** Workflows shared by tests, built in code with no source positions. */
public final class Workflows {
  private Workflows() {}

  /** The workflow of Wireflow's ClarityAI guide: a text input wired into the Crystal upscaler. */
  public static Workflow clarityGuide() {
    return Workflow.builder("clarity-upscale", "ClarityAI Image Upscaler")
        .node(Node.builder("input-1", "input:text").label("Image URL").param("prompt", "").build())
        .node(
            Node.builder("upscale-1", "process:clarityai_crystal_upscaler")
                .label("ClarityAI Upscaler")
                .param("scale_factor", 2L)
                .input("image_url", PortRef.parse("input-1.prompt"))
                .build())
        .build();
  }

  /** An image fanned out to two upscalers whose results are merged. */
  public static Workflow fanOut() {
    return Workflow.builder("fan-out", "Fan out")
        .description("Two upscales of one image")
        .tag("upscale")
        .tag("demo")
        .node(Node.builder("photo", "input:image").build())
        .node(
            Node.builder("crystal-2x", "process:clarityai_crystal_upscaler")
                .param("scale_factor", 2L)
                .param("output_format", "webp")
                .input("image_url", PortRef.parse("photo.image"))
                .build())
        .node(
            Node.builder("crystal-4x", "process:clarityai_crystal_upscaler")
                .param("scale_factor", 4L)
                .param("creativity", new java.math.BigDecimal("0.35"))
                .input("image_url", PortRef.parse("photo.image"))
                .build())
        .node(
            Node.builder("merge", "process:image_merge")
                .input("images", PortRef.parse("crystal-4x.images"))
                .input("images", PortRef.parse("crystal-2x.images"))
                .build())
        .build();
  }
}
