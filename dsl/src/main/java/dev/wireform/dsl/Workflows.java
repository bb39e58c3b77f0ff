package dev.wireform.dsl;

/**
 * The entry point of the fluent Java builder. A chain reads like the workflow's YAML:
 *
 * <pre>{@code
 * Workflow wf = Workflows.workflow("clarity-upscale")
 *     .name("ClarityAI Image Upscaler")
 *     .description("Upscale an image 2x")
 *     .node("input-1", "input:text").label("Image URL").param("prompt", "")
 *     .node("upscale-1", "process:clarityai_crystal_upscaler").label("ClarityAI Upscaler")
 *         .param("scale_factor", 2)
 *         .input("image_url", "input-1", "prompt")
 *     .build();
 * }</pre>
 *
 * <p>The step types offer only the calls that are legal next: the name comes first, then the
 * workflow's optional settings, then the nodes. Misuse the types cannot rule out (a malformed id,
 * a node declared twice) throws at once with a message naming the workflow and node. What only
 * the catalog can judge (unknown node types, ports and params, cycles) is left to the compiler,
 * which reports it at the {@code File.java:LINE} of the builder call that declared it.
 *
 * <p>A chain is not thread-safe, and its {@code *Step} values are meant to be chained, not held
 * in variables.
 */
public final class Workflows {
  private Workflows() {}

  /**
   * Starts a workflow.
   *
   * @param key the workflow's key in its project; in a project's {@code .java} file it must be
   *     the file stem
   * @throws IllegalArgumentException when the key is blank or holds whitespace or a slash
   */
  @CheckReturnValue
  public static WorkflowNameStep workflow(String key) {
    return new WorkflowBuilder(key);
  }
}
