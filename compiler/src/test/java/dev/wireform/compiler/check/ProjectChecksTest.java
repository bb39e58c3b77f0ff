package dev.wireform.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.compiler.TestCatalog;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.Severity;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.diag.SourcePosition;
import dev.wireform.dsl.model.Workflow;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectChecksTest {

  @Test
  void reportsTheSameKeyInEveryFileThatUsesIt() {
    var yaml = workflow("upscale", "A", "workflows/upscale.yaml");
    var java = workflow("upscale", "B", "workflows/upscale.java");
    var other = workflow("other", "C", "workflows/other.yaml");

    assertThat(run(new DuplicateWorkflowKey(), yaml, java, other))
        .containsExactly(
            fileError(
                "workflows/upscale.java",
                "DuplicateWorkflowKey",
                "workflow key 'upscale' is also used by 'workflows/upscale.yaml'",
                "rename one of the files: a workflow's key is its file stem and must be unique in"
                    + " the project"),
            fileError(
                "workflows/upscale.yaml",
                "DuplicateWorkflowKey",
                "workflow key 'upscale' is also used by 'workflows/upscale.java'",
                "rename one of the files: a workflow's key is its file stem and must be unique in"
                    + " the project"));
  }

  @Test
  void reportsTheSameNameAtEachNameValueNamingTheOtherFiles() {
    var a =
        Workflow.builder("a", "Upscale")
            .source(
                SourceMap.builder("workflows/a.yaml")
                    .lines(List.of("name: Upscale"))
                    .key("/name", 1, 1)
                    .value("/name", 1, 7)
                    .build())
            .build();
    var b = workflow("b", "Upscale", "workflows/b.yaml");
    var c = workflow("c", "Upscale", "workflows/c.yaml");

    List<Diagnostic> found = run(new DuplicateWorkflowName(), c, b, a);

    assertThat(found)
        .containsExactly(
            new Diagnostic(
                "DuplicateWorkflowName",
                Severity.ERROR,
                new SourcePosition("workflows/a.yaml", 1, 7),
                "workflow name 'Upscale' is also used by 'workflows/b.yaml', 'workflows/c.yaml'",
                "give each workflow of the project its own 'name'",
                "name: Upscale"),
            fileError(
                "workflows/b.yaml",
                "DuplicateWorkflowName",
                "workflow name 'Upscale' is also used by 'workflows/a.yaml', 'workflows/c.yaml'",
                "give each workflow of the project its own 'name'"),
            fileError(
                "workflows/c.yaml",
                "DuplicateWorkflowName",
                "workflow name 'Upscale' is also used by 'workflows/a.yaml', 'workflows/b.yaml'",
                "give each workflow of the project its own 'name'"));
  }

  @Test
  void leavesBlankNamesToBlankWorkflowName() {
    assertThat(
            run(
                new DuplicateWorkflowName(),
                workflow("a", "", "a.yaml"),
                workflow("b", "", "b.yaml")))
        .isEmpty();
  }

  @Test
  void reportsIntoTheDiagnosticsOfTheWorkflowConcerned() {
    var a = WorkflowGraph.of(workflow("k", "A", "a.yaml"), TestCatalog.catalog());
    var b = WorkflowGraph.of(workflow("k", "B", "b.yaml"), TestCatalog.catalog());
    var c = WorkflowGraph.of(workflow("c", "C", "c.yaml"), TestCatalog.catalog());
    Map<WorkflowGraph, Diagnostics> out = new IdentityHashMap<>();
    List.of(a, b, c).forEach(g -> out.put(g, new Diagnostics()));

    new DuplicateWorkflowKey().checkProject(List.of(a, b, c), out::get);

    assertThat(out.get(a).sorted()).extracting(d -> d.position().file()).containsExactly("a.yaml");
    assertThat(out.get(b).sorted()).extracting(d -> d.position().file()).containsExactly("b.yaml");
    assertThat(out.get(c).sorted()).isEmpty();
  }

  private static Workflow workflow(String key, String name, String file) {
    return Workflow.builder(key, name).source(SourceMap.empty(file)).build();
  }

  private static Diagnostic fileError(String file, String id, String message, String fix) {
    return new Diagnostic(id, Severity.ERROR, SourcePosition.file(file), message, fix, "");
  }

  private static List<Diagnostic> run(Check check, Workflow... workflows) {
    List<WorkflowGraph> graphs = new ArrayList<>();
    for (Workflow w : workflows) {
      graphs.add(WorkflowGraph.of(w, TestCatalog.catalog()));
    }
    Diagnostics out = new Diagnostics();
    check.checkProject(graphs, g -> out);
    return out.sorted();
  }
}
