package dev.wireform.dsl.java;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.JavaFileObject.Kind;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;

/** Keeps the class files javac writes in memory, so compiling a workflow leaves nothing on disk. */
final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
  private final Map<String, ByteArrayOutputStream> classes = new TreeMap<>();

  MemoryFileManager(StandardJavaFileManager standard) {
    super(standard);
  }

  @Override
  public JavaFileObject getJavaFileForOutput(
      Location location, String className, Kind kind, FileObject sibling) {
    URI uri = URI.create("mem:///" + className.replace('.', '/') + kind.extension);
    return new SimpleJavaFileObject(uri, kind) {
      @Override
      public OutputStream openOutputStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        classes.put(className, out);
        return out;
      }
    };
  }

  /** The compiled class files by binary name ({@code com.acme.Photos$1}). */
  Map<String, byte[]> classes() {
    Map<String, byte[]> out = new TreeMap<>();
    classes.forEach((name, bytes) -> out.put(name, bytes.toByteArray()));
    return out;
  }
}
