package dev.wireform.dsl;

/** The first step of a workflow: its Wireflow name, which every workflow must have. */
@CheckReturnValue
public interface WorkflowNameStep {

  /**
   * Sets the Wireflow workflow name ({@code name:} in YAML).
   *
   * @throws IllegalArgumentException when the name is blank
   */
  WorkflowStep name(String name);
}
