import dev.wireform.dsl.NodeStep;
import dev.wireform.dsl.WorkflowDefinition;
import dev.wireform.dsl.Workflows;
import dev.wireform.dsl.model.Workflow;
import java.util.List;

/**
 * Shop product photos: cut out, upscale 2x, then one conversion per delivery format. The formats
 * are a plain Java list, so adding a channel is one word.
 */
class ProductPhotos implements WorkflowDefinition {
  private static final List<String> FORMATS = List.of("jpg", "webp");

  @Override
  public Workflow define() {
    NodeStep pipeline =
        Workflows.workflow("product-photos")
            .name("Product photos for the shop")
            .description("Background removal, 2x Crystal upscale, one file per delivery format")
            .tags("ecommerce", "java")
            .node("photo", "input:image").label("Product photo")
            .node("cutout", "process:background_removal").label("Remove background")
                .input("image_url", "photo", "image")
            .node("upscale", "process:clarityai_crystal_upscaler").label("Upscale 2x")
                .param("scale_factor", 2)
                .param("creativity", 0.0)
                .input("image_url", "cutout", "image");
    for (String format : FORMATS) {
      pipeline =
          pipeline
              .node("to-" + format, "process:format_conversion").label("Convert to " + format)
              .param("format", format)
              .param("quality", 85)
              .input("image_url", "upscale", "images");
    }
    return pipeline.build();
  }
}
