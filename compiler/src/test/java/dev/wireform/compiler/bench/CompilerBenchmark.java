package dev.wireform.compiler.bench;

import dev.wireform.compiler.Compilation;
import dev.wireform.compiler.Compiler;
import dev.wireform.compiler.TestCatalog;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.compiler.json.CanonicalJson;
import dev.wireform.compiler.layout.AutoLayout;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Workflow;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Times the compiler, warm, on generated workflows; a benchmark, not a test. Run it with
 *
 * <pre>
 * ./mvnw -B -q -pl compiler -am -Pbench process-test-classes
 * </pre>
 *
 * It prints one Markdown table row per case: the median wall time of the timed runs after
 * warm-up, the median CPU time of the running thread (steadier on a shared machine) and that per
 * node. Results go into {@code docs/benchmarks.md}.
 */
public final class CompilerBenchmark {
  private static final Catalog CATALOG = TestCatalog.catalog();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long WARMUP_NANOS = 3_000_000_000L;
  private static final int MIN_RUNS = 5;
  private static final long MIN_TIMED_NANOS = 2_000_000_000L;

  private CompilerBenchmark() {}

  public static void main(String[] args) {
    Compiler compiler = new Compiler(CATALOG);
    Workflow limit = merges("limit", 20, 80, 500);
    require(compiler.compile(List.of(limit)).diagnostics().isEmpty(), "100/500 workflow is valid");

    System.out.println("| case | nodes | edges | median ms | CPU ms | CPU ns per node |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    time("compile (checks + layout + JSON), Wireflow's limit", limit,
        () -> compiler.compile(List.of(limit)));
    for (int nodes : new int[] {1_000, 10_000, 100_000}) {
      Workflow big = merges("big", nodes / 10, nodes - nodes / 10, nodes * 3);
      Compilation c = compiler.compile(List.of(big));
      require(
          c.diagnostics().stream().allMatch(d -> d.id().equals("TooLarge")),
          "synthetic graph has no problem but its size");
      time("validate (every check)", big, () -> compiler.compile(List.of(big)));
      if (nodes == 10_000) {
        time("layout + JSON only", big, () -> {
          WorkflowGraph g = WorkflowGraph.of(big, CATALOG);
          return CanonicalJson.write(g, AutoLayout.positions(g));
        });
      }
    }
  }

  /**
   * A valid workflow: {@code inputs} image inputs, then {@code merges} merge nodes, each fed by
   * distinct earlier nodes (from the last 200), {@code edges} wires in all.
   */
  static Workflow merges(String key, int inputs, int merges, int edges) {
    Random random = new Random(7);
    Workflow.Builder w = Workflow.builder(key, key);
    List<String> earlier = new ArrayList<>();
    for (int i = 0; i < inputs; i++) {
      String id = String.format("in-%06d", i);
      w.node(Node.builder(id, "input:image").build());
      earlier.add(id);
    }
    for (int m = 0; m < merges; m++) {
      int wires = edges / merges + (m < edges % merges ? 1 : 0);
      Set<String> sources = new LinkedHashSet<>();
      int window = Math.min(earlier.size(), 200);
      while (sources.size() < Math.min(wires, window)) {
        sources.add(earlier.get(earlier.size() - 1 - random.nextInt(window)));
      }
      Node.Builder merge = Node.builder(String.format("merge-%06d", m), "process:image_merge");
      sources.forEach(s -> merge.input("images", new PortRef(s, "image")));
      w.node(merge.build());
      earlier.add(String.format("merge-%06d", m));
    }
    return w.build();
  }

  private static void time(String name, Workflow workflow, Supplier<Object> run) {
    long end = System.nanoTime() + WARMUP_NANOS;
    Object sink = null;
    while (System.nanoTime() < end) {
      sink = run.get();
    }
    List<Long> wall = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    long started = System.nanoTime();
    while (wall.size() < MIN_RUNS || System.nanoTime() - started < MIN_TIMED_NANOS) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      sink = run.get();
      wall.add(System.nanoTime() - t0);
      cpu.add(THREADS.getCurrentThreadCpuTime() - c0);
    }
    require(sink != null, "result kept");
    long median = median(wall);
    long medianCpu = median(cpu);
    int nodes = workflow.nodes().size();
    int edges = workflow.nodes().stream().mapToInt(n -> n.inputs().values().stream()
        .mapToInt(List::size).sum()).sum();
    System.out.printf(
        Locale.ROOT,
        "| %s | %,d | %,d | %.2f | %.2f | %,d |%n",
        name, nodes, edges, median / 1e6, medianCpu / 1e6, medianCpu / nodes);
  }

  private static long median(List<Long> runs) {
    long[] sorted = runs.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark precondition failed: " + what);
    }
  }
}
