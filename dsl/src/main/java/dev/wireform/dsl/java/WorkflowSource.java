package dev.wireform.dsl.java;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.SourcePosition;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/** One Java workflow file's text, as javac and the diagnostics see it. */
final class WorkflowSource {
  final String displayPath;
  final String fileName;
  final String text;
  final List<String> lines;
  final URI uri;

  WorkflowSource(String displayPath, String text) {
    this.displayPath = displayPath;
    this.fileName = displayPath.substring(displayPath.lastIndexOf('/') + 1);
    this.text = text;
    this.lines = List.of(text.split("\\R", -1));
    try {
      // javac records the last path segment as the class files' SourceFile: the file name.
      this.uri = new URI("mem", null, "/" + fileName, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("file name '" + fileName + "'", e);
    }
  }

  JavaFileObject fileObject() {
    return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  /** The file name without {@code .java}: the workflow's key. */
  String stem() {
    return fileName.endsWith(".java")
        ? fileName.substring(0, fileName.length() - ".java".length())
        : fileName;
  }

  /** The class name a reader expects for the stem: {@code product-photos} gives ProductPhotos. */
  String className() {
    StringBuilder sb = new StringBuilder();
    boolean upper = true;
    for (char c : stem().toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    return sb.length() == 0 || !Character.isJavaIdentifierStart(sb.charAt(0))
        ? "Workflow" + sb
        : sb.toString();
  }

  /** The text of a 1-based line, or empty when out of range. */
  String line(int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
  }

  SourcePosition atFile() {
    return SourcePosition.file(displayPath);
  }

  /** An error with a fix, and the source line as snippet when the position has a line. */
  Diagnostic error(String id, SourcePosition at, String message, String fix) {
    Diagnostic d = Diagnostic.error(id, at, message).withFix(fix);
    String snippet = line(at.line());
    return snippet.isEmpty() ? d : d.withSnippet(snippet);
  }
}
