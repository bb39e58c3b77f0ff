package dev.wireform.dsl;

import dev.wireform.dsl.model.Workflow;

/**
 * A workflow written in Java. A {@code .java} file in a project's workflow folder holds one
 * class implementing this interface with a public no-arg constructor; wireform compiles the file
 * in-process, instantiates the class and calls {@link #define()}. The file stem is the
 * workflow's key, so {@code product-photos.java} must build {@code
 * Workflows.workflow("product-photos")}.
 *
 * <pre>{@code
 * class ProductPhotos implements WorkflowDefinition {
 *   public Workflow define() {
 *     return Workflows.workflow("product-photos")
 *         .name("Product photos")
 *         .node("photo", "input:image").label("Product photo")
 *         .node("cutout", "process:background_removal").input("image_url", "photo.image")
 *         .build();
 *   }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface WorkflowDefinition {

  /**
   * Builds the workflow. Called once each time the project is loaded; it should only build,
   * without I/O or other side effects.
   */
  Workflow define();
}
