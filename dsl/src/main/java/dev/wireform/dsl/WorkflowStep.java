package dev.wireform.dsl;

/**
 * The workflow's optional settings, in any order, before its first node. Each may be set once.
 */
@CheckReturnValue
public interface WorkflowStep extends NodesStep {

  /** Sets the description ({@code description:}). */
  WorkflowStep description(String description);

  /** Adds user tags ({@code tags:}), in order. */
  WorkflowStep tags(String... tags);

  /** Sets whether the workflow is active ({@code active:}, Wireflow's {@code isActive}). */
  WorkflowStep active(boolean active);

  /**
   * Records earlier keys of this workflow ({@code renamedFrom:}), so renaming the file updates
   * the deployed workflow in place instead of replacing it.
   */
  WorkflowStep renamedFrom(String... oldKeys);

  /**
   * Takes over an existing Wireflow workflow that wireform does not manage yet ({@code adopt:}),
   * so the first apply updates it instead of creating a copy.
   *
   * @param wireflowId the id of the workflow on the Wireflow account
   */
  WorkflowStep adopt(String wireflowId);

  /**
   * Sets whether deleting this workflow is refused ({@code protect:}); unset, the environment's
   * default applies.
   */
  WorkflowStep protect(boolean protect);
}
