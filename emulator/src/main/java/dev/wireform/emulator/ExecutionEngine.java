package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.NodeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs executions asynchronously, node by node in topological order, on a bounded pool; each
 * step is visible through poll and written to {@code executions/<id>.json}.
 */
final class ExecutionEngine implements AutoCloseable {
  /** The nodes a run will execute, in order, and what they cost. */
  record Planned(List<Graph.GraphNode> nodes, List<Cost> costs, long totalCredits) {}

  /** One node's price, as in the 402 {@code breakdown}. */
  record Cost(String nodeId, String nodeLabel, int credits) {}

  private final Path dir;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Credits credits;
  private final Catalog catalog;
  private final Supplier<List<NodeBehaviour>> behaviours;
  private final NodeRunner input;
  private final NodeRunner upscaler;
  private final NodeRunner conversion;
  private final NodeRunner placeholder;
  private final ThreadPoolExecutor pool;
  private final Map<String, Execution> executions = new ConcurrentHashMap<>();
  private final Object idle = new Object();
  private int active;

  ExecutionEngine(Path dataDir, Clock clock, Sleeper sleeper, Credits credits, Catalog catalog,
      MediaStore media, Supplier<List<NodeBehaviour>> behaviours, Duration nodeDelay,
      long maxOutputPixels, int threads, boolean allowFiles) throws IOException {
    this.dir = dataDir.resolve("executions");
    this.clock = clock;
    this.sleeper = sleeper;
    this.credits = credits;
    this.catalog = catalog;
    this.behaviours = behaviours;
    ImageIo io = new ImageIo(media, ImageIo.MAX_INPUT_PIXELS, allowFiles);
    this.input = new InputNode();
    this.upscaler = new UpscalerNode(io, media, maxOutputPixels);
    this.conversion = new FormatConversionNode(io, media);
    this.placeholder = new PlaceholderNode(media, sleeper, nodeDelay);
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(10_000), r -> {
          Thread t = new Thread(r, "wireform-emulator-execution");
          t.setDaemon(true);
          return t;
        });
    load();
  }

  private void load() throws IOException {
    Files.createDirectories(dir);
    AtomicFiles.removeTempFiles(dir);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path f : files) {
        Execution e = Execution.fromStored(Json.parseStored(f));
        if (e.interruptIfRunning(clock.instant())) {
          save(e);
        }
        executions.put(e.id, e);
      }
    }
  }

  /**
   * Which nodes run: all of them, or {@code targetNodeId} and its upstream nodes. Visual-only
   * nodes (sticky notes, groups) never run.
   *
   * @throws Graph.CycleException when the graph has a cycle
   * @throws IllegalArgumentException when {@code targetNodeId} is not a node of the graph
   */
  Planned plan(Graph graph, String targetNodeId) throws Graph.CycleException {
    Set<String> wanted = null;
    if (targetNodeId != null) {
      if (graph.node(targetNodeId).isEmpty()) {
        throw new IllegalArgumentException("targetNodeId '" + targetNodeId
            + "' is not a node of this workflow");
      }
      wanted = graph.upstreamOf(targetNodeId);
    }
    List<Graph.GraphNode> nodes = new ArrayList<>();
    List<Cost> costs = new ArrayList<>();
    long total = 0;
    for (Graph.GraphNode n : graph.topologicalOrder()) {
      if ((wanted != null && !wanted.contains(n.id()))
          || NodeKinds.isVisualOnly(n.nodeType(), n.reactType())) {
        continue;
      }
      nodes.add(n);
      int c = credits.cost(n.nodeType());
      if (c > 0) {
        costs.add(new Cost(n.id(), n.label(), c));
        total += c;
      }
    }
    return new Planned(nodes, costs, total);
  }

  /** Starts a run on the pool and returns at once. */
  Execution start(String workflowId, Graph graph, Planned planned, String trigger) {
    List<Execution.NodeRun> runs = new ArrayList<>();
    planned.nodes().forEach(n -> runs.add(new Execution.NodeRun(n.id(), n.label(), n.nodeType())));
    Execution e = new Execution(
        Ids.cuid(), workflowId, Ids.uuid(), trigger, clock.instant(), runs);
    executions.put(e.id, e);
    save(e);
    synchronized (idle) {
      active++;
    }
    try {
      pool.execute(() -> {
        try {
          runAll(e, graph, planned);
        } catch (RuntimeException bug) {
          e.finish(Execution.FAILED, "internal emulator error: " + bug, clock.instant());
        } finally {
          synchronized (idle) {
            active--;
            idle.notifyAll();
          }
        }
      });
    } catch (RuntimeException rejected) {
      synchronized (idle) {
        active--;
        idle.notifyAll();
      }
      e.finish(Execution.FAILED, "The emulator is shutting down or overloaded", clock.instant());
      save(e);
    }
    return e;
  }

  Optional<Execution> get(String id) {
    return Optional.ofNullable(executions.get(id));
  }

  /** Waits until no execution is running; false on timeout. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      while (active > 0) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(idle, left);
      }
      return true;
    }
  }

  /** Gives running executions up to 5 s to end, without failing if they do not. */
  void awaitIdleQuietly() {
    try {
      awaitIdle(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void clear() throws IOException {
    for (String id : new ArrayList<>(executions.keySet())) {
      executions.remove(id);
      AtomicFiles.delete(dir.resolve(id + ".json"));
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void runAll(Execution e, Graph graph, Planned planned) {
    for (int i = 0; i < planned.nodes().size(); i++) {
      Graph.GraphNode node = planned.nodes().get(i);
      Execution.NodeRun run = e.nodeRuns.get(i);
      e.nodeStarted(run, clock.instant());
      save(e);
      String failure;
      try {
        failure = runNode(e, graph, node, run);
      } catch (InterruptedException stop) {
        e.nodeFailed(run, "The emulator stopped while this node was running", clock.instant());
        e.finish(Execution.FAILED, "The emulator stopped while this execution was running",
            clock.instant());
        save(e);
        return;
      } catch (RuntimeException bug) {
        failure = "internal emulator error: " + bug;
      }
      if (failure != null) {
        e.nodeFailed(run, failure, clock.instant());
        e.finish(Execution.FAILED, "Node '" + node.id() + "' failed: " + failure,
            clock.instant());
        save(e);
        return;
      }
      save(e);
    }
    e.finish(Execution.COMPLETED, null, clock.instant());
    save(e);
  }

  /** Runs one node; returns its failure message, or null when it completed. */
  private String runNode(Execution e, Graph graph, Graph.GraphNode node, Execution.NodeRun run)
      throws InterruptedException {
    Duration delay = Duration.ZERO;
    String fail = null;
    for (NodeBehaviour b : behaviours.get()) {
      if (b.matches(e.workflowId, node.id(), node.nodeType() == null ? "" : node.nodeType())) {
        delay = delay.plus(b.delay());
        if (b.failMessage().isPresent() && fail == null) {
          fail = b.failMessage().get();
        }
      }
    }
    sleeper.sleep(delay);
    if (fail != null) {
      return fail;
    }
    NodeJob job = new NodeJob(e.id, e.workflowId, node, inputs(e, graph, node), outputs(node));
    NodeJob.Result result;
    try {
      result = runnerFor(node.nodeType()).run(job);
    } catch (NodeFailure f) {
      return f.getMessage();
    }
    int cost = credits.cost(node.nodeType());
    credits.charge(cost);
    e.nodeCompleted(run, result.output(), result.values(), cost, clock.instant());
    return null;
  }

  private NodeRunner runnerFor(String nodeType) {
    if (NodeKinds.isInput(nodeType)) {
      return input;
    }
    if (NodeKinds.isUpscaler(nodeType)) {
      return upscaler;
    }
    if (NodeKinds.isFormatConversion(nodeType)) {
      return conversion;
    }
    return placeholder;
  }

  private static Map<String, List<String>> inputs(
      Execution e, Graph graph, Graph.GraphNode node) {
    Map<String, List<String>> in = new LinkedHashMap<>();
    for (Graph.GraphEdge edge : graph.incoming(node.id())) {
      Map<String, String> values = e.values(edge.source());
      String value = edge.sourcePort() != null && values.containsKey(edge.sourcePort())
          ? values.get(edge.sourcePort())
          : values.values().stream().findFirst().orElse(null);
      if (value != null) {
        String port = edge.targetPort() == null ? "input" : edge.targetPort();
        in.computeIfAbsent(port, p -> new ArrayList<>()).add(value);
      }
    }
    return in;
  }

  private List<NodeJob.OutputPort> outputs(Graph.GraphNode node) {
    List<NodeJob.OutputPort> ports = new ArrayList<>();
    for (JsonNode p : node.data().path("outputs")) {
      if (p.hasNonNull("id")) {
        ports.add(new NodeJob.OutputPort(p.get("id").asText(),
            p.path("type").asText(defaultType(node.nodeType()))));
      }
    }
    if (ports.isEmpty() && node.nodeType() != null) {
      Optional<NodeType> t = catalog.find(node.nodeType());
      t.ifPresent(type -> type.outputs().forEach(
          p -> ports.add(new NodeJob.OutputPort(p.id(), p.type().name()))));
    }
    if (ports.isEmpty()) {
      ports.add(new NodeJob.OutputPort(defaultPort(node.nodeType()),
          defaultType(node.nodeType())));
    }
    return ports;
  }

  private static String defaultType(String nodeType) {
    String t = nodeType == null ? "" : nodeType;
    if (t.startsWith("video:") || t.contains("kling") || t.contains("veo")) {
      return "VIDEO";
    }
    if (t.startsWith("audio:")) {
      return "AUDIO";
    }
    if (t.startsWith("llm:") || t.startsWith("input:text") || t.startsWith("utility:")) {
      return "TEXT";
    }
    if (t.startsWith("generate:") || t.startsWith("edit:") || t.startsWith("process:")
        || t.startsWith("input:") || t.startsWith("model:")) {
      return "IMAGE";
    }
    return "TEXT";
  }

  private static String defaultPort(String nodeType) {
    switch (defaultType(nodeType)) {
      case "VIDEO":
        return "video";
      case "AUDIO":
        return "audio";
      case "IMAGE":
        return "image";
      default:
        return "text";
    }
  }

  private void save(Execution e) {
    try {
      AtomicFiles.write(dir.resolve(e.id + ".json"), Json.bytes(e.storedJson()));
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }
}
