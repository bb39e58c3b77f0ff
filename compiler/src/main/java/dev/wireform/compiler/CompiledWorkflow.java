package dev.wireform.compiler;

import dev.wireform.dsl.model.Workflow;
import java.util.Objects;

/**
 * A workflow that passed every check, with its canonical Wireflow JSON: the exact body of
 * {@code POST /workflows}, byte-identical for the same input.
 *
 * @param key the workflow's key in its project
 * @param source the workflow as declared
 * @param json the canonical JSON text (UTF-8, LF, final newline)
 */
public record CompiledWorkflow(String key, Workflow source, String json) {
  public CompiledWorkflow {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(json, "json == null");
  }
}
