package dev.wireform.dsl.java;

import java.util.Map;

/**
 * Loads the classes of one compiled workflow file from memory. Each file gets a fresh loader, so
 * files never see each other's classes; the parent is the loader of the dsl, so the workflow's
 * {@code WorkflowDefinition} is the very interface wireform calls.
 */
final class MemoryClassLoader extends ClassLoader {
  private final Map<String, byte[]> classes;

  MemoryClassLoader(ClassLoader parent, Map<String, byte[]> classes) {
    super("wireform-java-workflow", parent);
    this.classes = Map.copyOf(classes);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
