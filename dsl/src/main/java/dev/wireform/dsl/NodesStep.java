package dev.wireform.dsl;

import dev.wireform.dsl.model.Workflow;

/** Where nodes are declared ({@code nodes:}), one after another, until {@link #build()}. */
@CheckReturnValue
public interface NodesStep {

  /**
   * Declares a node; the calls that follow describe it until the next {@code node(..)}.
   *
   * @param id the node id, unique in the workflow, of letters, digits, '_' and '-'; it becomes
   *     the Wireflow node id
   * @param type a nodeType of the catalog, e.g. {@code process:clarityai_crystal_upscaler}
   * @throws IllegalArgumentException when the id holds anything but letters, digits, '_' and
   *     '-', or is already declared in this workflow, or when the type is blank
   */
  NodeStep node(String id, String type);

  /** The workflow as declared, with the {@code File.java:LINE} of each builder call. */
  Workflow build();
}
