package dev.wireform.compiler.check;

import dev.wireform.compiler.TestCatalog;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.diag.SourcePosition;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Workflow;
import java.util.List;

/** Builds small workflows and runs one check on them. */
final class CheckFixture {
  static final String FILE = "workflows/w.yaml";

  private CheckFixture() {}

  static Workflow workflow(SourceMap source, Node.Builder... nodes) {
    Workflow.Builder w = Workflow.builder("w", "W").source(source);
    for (Node.Builder n : nodes) {
      w.node(n.build());
    }
    return w.build();
  }

  static Workflow workflow(Node.Builder... nodes) {
    return workflow(SourceMap.empty(FILE), nodes);
  }

  static Node.Builder node(String id, String type) {
    return Node.builder(id, type);
  }

  static PortRef ref(String text) {
    return PortRef.parse(text);
  }

  /** A source map with one recorded line; {@code key} and {@code value} at the given columns. */
  static SourceMap located(String pointer, int line, String text, int keyColumn, int valueColumn) {
    String[] lines = new String[line];
    java.util.Arrays.fill(lines, "");
    lines[line - 1] = text;
    return SourceMap.builder(FILE)
        .lines(List.of(lines))
        .key(pointer, line, keyColumn)
        .value(pointer, line, valueColumn)
        .build();
  }

  static List<Diagnostic> run(Check check, Workflow workflow) {
    Diagnostics out = new Diagnostics();
    check.checkWorkflow(WorkflowGraph.of(workflow, TestCatalog.catalog()), out);
    return out.sorted();
  }

  static Diagnostic error(
      String id, int line, int column, String message, String fix, String snippet) {
    return new Diagnostic(
        id, dev.wireform.dsl.diag.Severity.ERROR, new SourcePosition(FILE, line, column), message,
        fix, snippet);
  }

  /** An error with no recorded position: it locates to the file. */
  static Diagnostic fileError(String id, String message, String fix) {
    return new Diagnostic(
        id, dev.wireform.dsl.diag.Severity.ERROR, SourcePosition.file(FILE), message, fix, "");
  }
}
