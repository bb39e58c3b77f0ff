package dev.wireform.compiler;

import dev.wireform.compiler.check.Check;
import dev.wireform.compiler.check.Checks;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.compiler.json.CanonicalJson;
import dev.wireform.compiler.layout.AutoLayout;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.model.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a project's workflows against a node catalog and compiles the valid ones to canonical
 * Wireflow JSON. One call reports every problem of every workflow; it never throws for a user
 * error.
 *
 * <pre>{@code
 * Compilation c = new Compiler(catalog).compile(workflows);
 * c.diagnostics().forEach(d -> System.err.print(new DiagnosticFormatter().format(d)));
 * }</pre>
 */
public final class Compiler {
  private final Catalog catalog;
  private final List<Check> checks;

  /** A compiler running every built-in check ({@link Checks#all()}) against {@code catalog}. */
  public Compiler(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog == null");
    this.checks = Checks.all();
  }

  /**
   * Runs every check over every workflow, and the project-wide checks across all of them.
   *
   * @return all diagnostics, sorted, and the JSON of each workflow without errors, sorted by key
   */
  public Compilation compile(List<Workflow> workflows) {
    Map<WorkflowGraph, Diagnostics> found = new IdentityHashMap<>();
    List<WorkflowGraph> graphs = new ArrayList<>();
    for (Workflow workflow : workflows) {
      WorkflowGraph graph = WorkflowGraph.of(workflow, catalog);
      graphs.add(graph);
      found.put(graph, new Diagnostics());
    }
    for (WorkflowGraph graph : graphs) {
      for (Check check : checks) {
        check.checkWorkflow(graph, found.get(graph));
      }
    }
    for (Check check : checks) {
      check.checkProject(List.copyOf(graphs), found::get);
    }

    Diagnostics all = new Diagnostics();
    List<CompiledWorkflow> compiled = new ArrayList<>();
    for (WorkflowGraph graph : graphs) {
      Diagnostics mine = found.get(graph);
      all.addAll(mine.sorted());
      if (!mine.hasErrors()) {
        String json = CanonicalJson.write(graph, AutoLayout.positions(graph));
        compiled.add(new CompiledWorkflow(graph.workflow().key(), graph.workflow(), json));
      }
    }
    compiled.sort(Comparator.comparing(CompiledWorkflow::key));
    return new Compilation(all.sorted(), compiled);
  }
}
