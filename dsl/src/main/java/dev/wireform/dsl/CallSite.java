package dev.wireform.dsl;

import java.lang.StackWalker.StackFrame;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the user's line that called the builder: the first stack frame outside the builder's own
 * classes, so that the compiler can report {@code File.java:LINE}.
 */
final class CallSite {
  private static final StackWalker WALKER = StackWalker.getInstance();
  private static final Set<String> INTERNAL =
      Set.of(
          Workflows.class.getName(), WorkflowBuilder.class.getName(), CallSite.class.getName());

  private CallSite() {}

  /** The first caller frame outside the builder, if the stack has one. */
  static Optional<StackFrame> first() {
    return WALKER.walk(frames -> frames.filter(f -> !internal(f)).findFirst());
  }

  /**
   * The line of the first caller frame in {@code file}, or 0 when no frame of the stack is in
   * that file (for example a helper in a library built the node).
   */
  static int lineIn(String file) {
    return WALKER.walk(
        frames ->
            frames
                .filter(f -> !internal(f) && file.equals(fileName(f)))
                .findFirst()
                .map(f -> Math.max(f.getLineNumber(), 0))
                .orElse(0));
  }

  /** The source file name javac recorded for the frame's class, or a guess from its name. */
  static String fileName(StackFrame frame) {
    String file = frame.getFileName();
    if (file != null) {
      return file;
    }
    String name = frame.getClassName();
    int dollar = name.indexOf('$');
    String outer = dollar < 0 ? name : name.substring(0, dollar);
    return outer.substring(outer.lastIndexOf('.') + 1) + ".java";
  }

  private static boolean internal(StackFrame frame) {
    String name = frame.getClassName();
    int dollar = name.indexOf('$');
    return INTERNAL.contains(dollar < 0 ? name : name.substring(0, dollar));
  }
}
