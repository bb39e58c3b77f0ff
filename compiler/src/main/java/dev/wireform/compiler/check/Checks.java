package dev.wireform.compiler.check;

import java.util.List;

/** The checks the compiler runs. */
public final class Checks {
  private Checks() {}

  /** Every built-in check, one instance each, in a fixed order. */
  public static List<Check> all() {
    return List.of(
        new EmptyWorkflow(),
        new BlankWorkflowName(),
        new TooLarge(),
        new DuplicateNodeId(),
        new UnknownNodeType(),
        new UnknownParam(),
        new ParamTypeMismatch(),
        new ParamOutOfRange(),
        new UnknownPort(),
        new MissingNodeReference(),
        new DuplicateSource(),
        new TooManySources(),
        new PortTypeMismatch(),
        new MissingRequiredInput(),
        new Cycle(),
        new UnreachableNode(),
        new DuplicateWorkflowKey(),
        new DuplicateWorkflowName());
  }
}
