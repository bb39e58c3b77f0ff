package dev.wireform.cli;

/**
 * A problem caused by the user's input or environment (a missing file, an unwritable folder),
 * reported as one {@code error: ...} line and an exit code, never with a stack trace.
 */
public final class UserErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /** A failure that exits with {@link ExitCodes#FAILED}. */
  public UserErrorException(String message) {
    this(ExitCodes.FAILED, message);
  }

  public UserErrorException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
