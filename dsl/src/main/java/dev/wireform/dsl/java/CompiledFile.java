package dev.wireform.dsl.java;

import dev.wireform.dsl.diag.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The class files of one compiled workflow file, in memory.
 *
 * @param classes class file bytes by binary name
 * @param topLevel each top-level type's binary name and where it is declared, in source order
 */
record CompiledFile(Map<String, byte[]> classes, Map<String, SourcePosition> topLevel) {
  CompiledFile {
    classes = Map.copyOf(classes);
    topLevel = Collections.unmodifiableMap(new LinkedHashMap<>(topLevel));
  }
}
