package dev.wireform.examples;

import dev.wireform.dsl.WorkflowDefinition;
import dev.wireform.dsl.Workflows;
import dev.wireform.dsl.model.Workflow;

/** The Java twin of {@code workflows/clarity-upscale.yaml}: the ClarityAI guide's workflow. */
public class ClarityUpscale implements WorkflowDefinition {
  @Override
  public Workflow define() {
    return Workflows.workflow("clarity-upscale")
        .name("ClarityAI Image Upscaler")
        .node("input-1", "input:text").label("Image URL").param("prompt", "")
        .node("upscale-1", "process:clarityai_crystal_upscaler").label("ClarityAI Upscaler")
            .param("scale_factor", 2)
            .input("image_url", "input-1", "prompt")
        .build();
  }
}
