package dev.wireform.dsl.java;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import dev.wireform.dsl.WorkflowDefinition;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourcePosition;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * Runs javac on one workflow file in memory. Kept apart from {@link JavaWorkflowLoader} because it
 * uses the {@code jdk.compiler} module's tree API, which a JRE lacks: the loader only touches this
 * class once it has a compiler.
 */
final class MemoryCompiler {
  private MemoryCompiler() {}

  /**
   * Compiles the source; javac errors go to {@code diagnostics} as {@value
   * JavaWorkflowLoader#COMPILE}.
   *
   * @return the class files, or empty when javac reported an error
   */
  static Optional<CompiledFile> compile(
      JavaCompiler javac, WorkflowSource source, Diagnostics diagnostics) {
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    List<String> options =
        List.of(
            "-classpath", classpath(),
            "-proc:none",
            "-implicit:none",
            "-g",
            "-nowarn",
            "-Xlint:none");
    StandardJavaFileManager standard =
        javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8);
    try (MemoryFileManager files = new MemoryFileManager(standard)) {
      JavacTask task =
          (JavacTask)
              javac.getTask(null, files, collector, options, null, List.of(source.fileObject()));
      Iterable<? extends CompilationUnitTree> units = task.parse();
      // Tree positions are gone once generate() has released javac's context.
      Map<String, SourcePosition> topLevel = topLevelTypes(task, units, source);
      task.generate();
      boolean failed = false;
      for (javax.tools.Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
        if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
          diagnostics.add(fromJavac(d, source));
          failed = true;
        }
      }
      if (failed) {
        return Optional.empty();
      }
      return Optional.of(new CompiledFile(files.classes(), topLevel));
    } catch (IOException | RuntimeException | LinkageError | AssertionError e) {
      // javac crashed or the file manager failed: still a diagnostic, never a stack trace.
      diagnostics.add(
          source.error(
              JavaWorkflowLoader.COMPILE,
              source.atFile(),
              "javac failed on '" + source.fileName + "': " + JavaWorkflowLoader.describe(e),
              "check that wireform runs on a JDK 17 or newer"));
      return Optional.empty();
    }
  }

  private static Diagnostic fromJavac(
      javax.tools.Diagnostic<? extends JavaFileObject> d, WorkflowSource source) {
    boolean inFile = d.getSource() != null && d.getSource().toUri().equals(source.uri);
    int line = inFile ? (int) Math.max(d.getLineNumber(), 0) : 0;
    int column = line == 0 ? 0 : (int) Math.max(d.getColumnNumber(), 0);
    SourcePosition at =
        line == 0 ? source.atFile() : new SourcePosition(source.displayPath, line, column);
    return source.error(
        JavaWorkflowLoader.COMPILE,
        at,
        message(d.getMessage(Locale.ROOT)),
        "fix the Java source; the builder API is described in docs/java-dsl.md");
  }

  /**
   * javac's message on one line: its first line, then the detail lines ({@code symbol: ..},
   * {@code location: ..}) with their whitespace collapsed, in parentheses.
   */
  static String message(String javacMessage) {
    String[] lines = javacMessage.strip().split("\\R");
    StringBuilder sb = new StringBuilder(lines[0].strip());
    List<String> details = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String detail = lines[i].strip().replaceAll("\\s+", " ");
      if (!detail.isEmpty()) {
        details.add(detail);
      }
    }
    if (!details.isEmpty()) {
      sb.append(" (").append(String.join(", ", details)).append(')');
    }
    return sb.toString();
  }

  private static Map<String, SourcePosition> topLevelTypes(
      JavacTask task, Iterable<? extends CompilationUnitTree> units, WorkflowSource source) {
    SourcePositions positions = Trees.instance(task).getSourcePositions();
    Map<String, SourcePosition> out = new LinkedHashMap<>();
    for (CompilationUnitTree unit : units) {
      String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
      LineMap lines = unit.getLineMap();
      for (Tree decl : unit.getTypeDecls()) {
        if (decl instanceof ClassTree) {
          long start = positions.getStartPosition(unit, decl);
          SourcePosition at =
              start < 0
                  ? source.atFile()
                  : new SourcePosition(
                      source.displayPath,
                      (int) lines.getLineNumber(start),
                      (int) lines.getColumnNumber(start));
          out.put(pkg + ((ClassTree) decl).getSimpleName(), at);
        }
      }
    }
    return out;
  }

  /**
   * The classpath workflows compile against: the dsl's own location (in the shaded CLI jar, the
   * jar itself), then the process's {@code java.class.path}.
   */
  static String classpath() {
    Set<String> entries = new LinkedHashSet<>();
    codeSource(WorkflowDefinition.class).ifPresent(entries::add);
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static Optional<String> codeSource(Class<?> type) {
    CodeSource code = type.getProtectionDomain().getCodeSource();
    if (code == null || code.getLocation() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(code.getLocation().toURI()).toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
