package dev.wireform.dsl.diag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each part of a workflow came from. Parts are named by JSON Pointer into the workflow's
 * YAML shape ({@code /nodes/upscale-1/inputs/image_url/0}); {@link #key} is the position of a
 * mapping key, {@link #value} the position of its value. A pointer that was not recorded falls
 * back to its nearest recorded parent, and finally to the file itself, so a check can always
 * locate what it reports.
 *
 * <p>The YAML reader records every key and value; the Java builder records the {@code
 * File.java:LINE} of each builder call.
 */
public final class SourceMap {
  private final String file;
  private final List<String> lines;
  private final Map<String, SourcePosition> keys;
  private final Map<String, SourcePosition> values;

  private SourceMap(Builder builder) {
    this.file = builder.file;
    this.lines = List.copyOf(builder.lines);
    this.keys = Map.copyOf(builder.keys);
    this.values = Map.copyOf(builder.values);
  }

  /** A map for a file with no recorded positions: everything locates to the file. */
  public static SourceMap empty(String file) {
    return builder(file).build();
  }

  public static Builder builder(String file) {
    return new Builder(file);
  }

  /** The file's display path, as it appears in diagnostics. */
  public String file() {
    return file;
  }

  /**
   * The same positions in another file, with that file's lines for snippets. The Java builder
   * records the file name javac knows ({@code Pipeline.java}); a project loader moves it to the
   * display path ({@code workflows/Pipeline.java}).
   */
  public SourceMap relocate(String file, List<String> lines) {
    Builder b = builder(file).lines(lines);
    keys.forEach((p, pos) -> b.key(p, pos.line(), pos.column()));
    values.forEach((p, pos) -> b.value(p, pos.line(), pos.column()));
    return b.build();
  }

  /** The position of the mapping key at {@code pointer}, else its value, else a parent's. */
  public SourcePosition key(String pointer) {
    return locate(pointer, true);
  }

  /** The position of the value at {@code pointer}, else its key, else a parent's. */
  public SourcePosition value(String pointer) {
    return locate(pointer, false);
  }

  /** The text of a 1-based line without its line break, or empty when unknown. */
  public String lineText(int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
  }

  /** A diagnostic at the key of {@code pointer}, with the source line as its snippet. */
  public Diagnostic errorAtKey(String id, String pointer, String message) {
    return at(Diagnostic.error(id, key(pointer), message));
  }

  /** A diagnostic at the value of {@code pointer}, with the source line as its snippet. */
  public Diagnostic errorAtValue(String id, String pointer, String message) {
    return at(Diagnostic.error(id, value(pointer), message));
  }

  /** Adds the source line of the diagnostic's position as its snippet, when known. */
  public Diagnostic at(Diagnostic diagnostic) {
    String text = lineText(diagnostic.position().line());
    return text.isEmpty() ? diagnostic : diagnostic.withSnippet(text);
  }

  private SourcePosition locate(String pointer, boolean preferKey) {
    String p = Objects.requireNonNull(pointer, "pointer == null");
    while (true) {
      SourcePosition first = (preferKey ? keys : values).get(p);
      if (first != null) {
        return first;
      }
      SourcePosition second = (preferKey ? values : keys).get(p);
      if (second != null) {
        return second;
      }
      if (p.isEmpty()) {
        return SourcePosition.file(file);
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }

  /** Escapes one JSON Pointer segment ({@code ~} and {@code /}). */
  public static String segment(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** Builds a pointer from raw segments: {@code pointer("nodes", "a/b")} is {@code /nodes/a~1b}. */
  public static String pointer(Object... segments) {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      sb.append('/').append(segment(String.valueOf(s)));
    }
    return sb.toString();
  }

  /** Collects positions while a file is read. */
  public static final class Builder {
    private final String file;
    private List<String> lines = List.of();
    private final Map<String, SourcePosition> keys = new HashMap<>();
    private final Map<String, SourcePosition> values = new HashMap<>();

    private Builder(String file) {
      this.file = Objects.requireNonNull(file, "file == null");
    }

    public Builder lines(List<String> lines) {
      this.lines = Objects.requireNonNull(lines, "lines == null");
      return this;
    }

    /** Records a key position; the first record for a pointer wins. */
    public Builder key(String pointer, int line, int column) {
      keys.putIfAbsent(pointer, new SourcePosition(file, line, column));
      return this;
    }

    /** Records a value position; the first record for a pointer wins. */
    public Builder value(String pointer, int line, int column) {
      values.putIfAbsent(pointer, new SourcePosition(file, line, column));
      return this;
    }

    public SourceMap build() {
      return new SourceMap(this);
    }
  }
}
