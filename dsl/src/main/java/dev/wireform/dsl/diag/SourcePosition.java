package dev.wireform.dsl.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a source file: 1-based line and column. Line or column 0 means "unknown" (for
 * example a Java builder call, where only the line is known, has column 0).
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

  private static final Comparator<SourcePosition> ORDER =
      Comparator.comparing((SourcePosition p) -> p.file())
          .thenComparingInt(SourcePosition::line)
          .thenComparingInt(SourcePosition::column);

  public SourcePosition {
    Objects.requireNonNull(file, "file == null");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  /** A position that names only a file, for problems that concern the file as a whole. */
  public static SourcePosition file(String file) {
    return new SourcePosition(file, 0, 0);
  }

  /** Renders as {@code file:line:col}, {@code file:line} or {@code file}, as much as is known. */
  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(SourcePosition other) {
    return ORDER.compare(this, other);
  }
}
