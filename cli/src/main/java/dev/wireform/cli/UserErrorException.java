package dev.wireform.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

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

  /**
   * A failed file operation, e.g. {@code cannot write 'out/a.json': permission denied}. The
   * path is shown as the user knows it.
   */
  public static UserErrorException io(String action, String shownPath, IOException e) {
    return new UserErrorException("cannot " + action + " '" + shownPath + "': " + reason(e));
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder" + other((FileSystemException) e);
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name already exists" + other((FileSystemException) e);
    }
    if (e instanceof NotDirectoryException
        || (e instanceof FileSystemException f && "Not a directory".equals(f.getReason()))) {
      return "part of the path is a file, not a folder";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason().toLowerCase(Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The other file a two-file failure names, when it is not the one being written. */
  private static String other(FileSystemException e) {
    return e.getOtherFile() == null ? "" : " ('" + e.getOtherFile() + "')";
  }
}
