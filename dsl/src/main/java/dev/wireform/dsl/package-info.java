/**
 * The fluent Java builder for Wireflow workflows, and {@link dev.wireform.dsl.WorkflowDefinition}
 * for workflows kept as {@code .java} files in a project.
 *
 * <pre>{@code
 * Workflow wf = Workflows.workflow("clarity-upscale")
 *     .name("ClarityAI Image Upscaler")
 *     .node("input-1", "input:text").label("Image URL").param("prompt", "")
 *     .node("upscale-1", "process:clarityai_crystal_upscaler").param("scale_factor", 2)
 *         .input("image_url", "input-1.prompt")
 *     .build();
 * }</pre>
 *
 * <p>Parameters and return values are never null unless documented otherwise.
 */
package dev.wireform.dsl;
