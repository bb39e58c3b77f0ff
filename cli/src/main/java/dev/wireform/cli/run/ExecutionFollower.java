package dev.wireform.cli.run;

import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.Invocation;
import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.api.ExecutionState;
import dev.wireform.cli.api.ExecutionStatus;
import dev.wireform.cli.api.NodeRun;
import dev.wireform.cli.deploy.Marker;
import dev.wireform.cli.env.Connection;
import dev.wireform.emulator.EmulatorServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Follows an execution to its end, or reports where it stands: waits with a {@link Poller},
 * prints the output nodes' URLs and texts, saves them with {@code --download}, says which node
 * failed, and picks the exit code. Shared by {@code run}, {@code trigger --wait} and {@code
 * status}.
 */
public final class ExecutionFollower {
  /** What the shell reports for Ctrl-C (128 + SIGINT); the JVM exits with it anyway. */
  public static final int STOPPED_EXIT = 130;

  /**
   * How to follow.
   *
   * @param timeout how long to wait at most
   * @param download where to save output files, if anywhere
   * @param shownDownload the download folder as the user typed it
   * @param resumeFlags the flags a resume command needs to reach the same environment, e.g.
   *     {@code " --env prod"}
   */
  public record Options(
      Duration timeout, Optional<Path> download, String shownDownload, String resumeFlags) {
    public Options {
      Objects.requireNonNull(timeout, "timeout == null");
      Objects.requireNonNull(download, "download == null");
      Objects.requireNonNull(shownDownload, "shownDownload == null");
      Objects.requireNonNull(resumeFlags, "resumeFlags == null");
    }

    /** The options of a command: its {@code --timeout} and {@code --download}. */
    static Options of(
        Duration timeout, Optional<String> download, Invocation invocation, String flags) {
      return new Options(
          timeout,
          download.map(d -> invocation.resolve(Path.of(d))),
          download.map(d -> d.endsWith("/") ? d : d + "/").orElse(""),
          flags);
    }
  }

  private final Connection connection;
  private final RunContext context;
  private final Console console;

  public ExecutionFollower(Connection connection, RunContext context, Console console) {
    this.connection = connection;
    this.context = context;
    this.console = console;
  }

  /** Waits for {@code executionId}, then reports; returns the exit code. */
  int await(
      Report report,
      String executionId,
      Optional<ExecutionStatus> known,
      Optional<DeployedGraph> graph,
      Options options) {
    // On Ctrl-C the poller's own watch ends the wait; this one holds the exit until the lines
    // that say how to resume are printed.
    try (StopSignal.Watch hold = context.stops().watch(() -> {})) {
      return awaitAndReport(report, executionId, known, graph, options);
    }
  }

  private int awaitAndReport(
      Report report,
      String executionId,
      Optional<ExecutionStatus> known,
      Optional<DeployedGraph> graph,
      Options options) {
    Poller poller =
        new Poller(
            connection.client()::poll,
            context.clock(),
            context.sleeper(),
            context.stops(),
            Backoff.DOCUMENTED,
            console.progress());
    Poller.Result r = poller.await(executionId, known, options.timeout());
    report.status = r.last();
    report.elapsed = Optional.of(r.elapsed());
    report.polls = r.polls();
    String resume = "wireform status " + executionId + " --wait" + options.resumeFlags()
        + (options.download().isPresent() ? " --download " + options.shownDownload() : "");
    PrintWriter err = console.err();
    if (r.outcome() == Poller.Outcome.COMPLETED || r.outcome() == Poller.Outcome.FAILED) {
      settleEmbedded();
    }
    switch (r.outcome()) {
      case COMPLETED -> {
        return completed(report, r.last().orElseThrow(), graph, options);
      }
      case FAILED -> {
        return failed(report, r.last().orElseThrow());
      }
      case TIMED_OUT -> {
        String state = r.last().map(s -> LineProgress.word(s.state(), s.rawStatus()))
            .orElse("not reported yet");
        report.errors.add("execution " + executionId + " is still " + state + " after "
            + Durations.format(r.elapsed()) + " (--timeout " + Durations.format(options.timeout())
            + ")");
        err.println("error: " + report.errors.get(report.errors.size() - 1));
        if (connection.embedded()) {
          err.println("  the embedded emulator stops with this command, so the run ends here too;"
              + " give it a longer --timeout");
        } else {
          report.resume = Optional.of(resume);
          err.println("  it goes on running; resume with: " + resume);
        }
        return finish(report.end("timed_out", ExitCodes.RUN_TIMED_OUT));
      }
      case STOPPED -> {
        if (connection.embedded()) {
          err.println("stopped waiting; the embedded emulator stops with this command, so"
              + " execution " + executionId + " ends too");
        } else {
          report.resume = Optional.of(resume);
          err.println("stopped waiting; execution " + executionId + " goes on running");
          err.println("  resume with: " + resume);
        }
        err.flush();
        return finish(report.end("stopped", STOPPED_EXIT));
      }
      default -> {
        ApiException e = r.error().orElseThrow();
        report.errors.add("lost track of execution " + executionId + ": " + e.getMessage());
        report.resume = Optional.of(resume);
        err.println("error: lost track of execution " + executionId + ": " + e.getMessage());
        err.println("  it may still be running; resume with: " + resume);
        return finish(report.end("lost", ExitCodes.FAILED));
      }
    }
  }

  /**
   * An embedded emulator may show a run as finished a moment before it has written that to
   * disk; it stops when this command ends, so give it that moment, or a later command would
   * find the run interrupted.
   */
  private void settleEmbedded() {
    Optional<EmulatorServer> emulator = connection.emulator();
    if (emulator.isEmpty()) {
      return;
    }
    try {
      emulator.get().awaitIdle(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Reports one status without waiting ({@code status} without {@code --wait}). */
  int once(Report report, ExecutionStatus status, Optional<DeployedGraph> graph, Options options) {
    report.status = Optional.of(status);
    if (!console.json()) {
      PrintWriter out = console.out();
      out.println("execution " + status.executionId() + ": "
          + LineProgress.word(status.state(), status.rawStatus()));
      for (NodeRun n : status.nodes()) {
        out.println("  " + LineProgress.describe(n) + ": " + LineProgress.word(n.state(),
            n.rawStatus()) + n.error().map(e -> " (" + e + ")").orElse(""));
      }
      out.flush();
    }
    if (status.state() == ExecutionState.COMPLETED) {
      return completed(report, status, graph, options);
    }
    if (status.isTerminal()) {
      return failed(report, status);
    }
    String resume = "wireform status " + status.executionId() + " --wait" + options.resumeFlags();
    report.resume = Optional.of(resume);
    if (!console.json()) {
      console.out().println("wait for it with: " + resume);
    }
    return finish(report.end("running", ExitCodes.OK));
  }

  private int completed(
      Report report, ExecutionStatus status, Optional<DeployedGraph> graph, Options options) {
    Optional<DeployedGraph> g = graph.or(() -> fetchGraph(status, report));
    for (NodeRun n : outputNodes(status, g)) {
      NodeOutput o = NodeOutput.of(n, g.flatMap(x -> x.node(n.nodeId()))
          .map(DeployedGraph.Node::label).orElse(""));
      report.outputs.add(new NodeOutput(o.nodeId(), o.label(), o.state(),
          o.urls().stream().map(this::rebase).toList(), o.text(), o.cap()));
    }
    report.end("completed", ExitCodes.OK);
    if (options.download().isPresent()) {
      try (Downloader d = new Downloader(connection.client().config().baseUrl(),
          Duration.ofMinutes(10))) {
        for (NodeOutput o : report.outputs) {
          List<String> urls = o.urls();
          for (int i = 0; i < urls.size(); i++) {
            String stem = urls.size() == 1 ? o.nodeId() : o.nodeId() + "-" + (i + 1);
            report.downloads.add(d.download(o.nodeId(), urls.get(i), options.download().get(),
                stem, options.shownDownload()));
          }
        }
      } catch (IOException e) {
        String msg = "the run completed, but saving its outputs to '" + options.shownDownload()
            + "' failed: " + e.getMessage();
        report.errors.add(msg);
        if (!console.json()) {
          report.printText(console.out());
        }
        console.err().println("error: " + msg);
        return finish(report.end("download_failed", ExitCodes.FAILED));
      }
    }
    if (!console.json()) {
      report.printText(console.out());
      if (options.download().isPresent() && report.downloads.isEmpty()) {
        console.out().println("nothing to download: the output nodes produced no files");
      }
    }
    return finish(report);
  }

  private int failed(Report report, ExecutionStatus status) {
    Optional<NodeRun> node = status.nodes().stream()
        .filter(n -> n.state() == ExecutionState.FAILED || n.state() == ExecutionState.CANCELLED)
        .findFirst();
    String word = LineProgress.word(status.state(), status.rawStatus());
    String reason = node.flatMap(NodeRun::error).or(status::error).orElse("the server gave no"
        + " reason");
    String msg;
    if (node.isPresent()) {
      Report.Failure f = new Report.Failure(node.get().nodeId(), node.get().label().orElse(""),
          reason);
      report.failure = Optional.of(f);
      msg = "execution " + status.executionId() + " " + word + " at node " + f.describe() + ": "
          + reason;
    } else {
      msg = "execution " + status.executionId() + " " + word + ": " + reason;
    }
    report.errors.add(msg);
    console.err().println("error: " + msg);
    if (connection.embedded() && reason.contains("emulator stopped")) {
      console.err().println("  the embedded emulator stops when the command that started the run"
          + " exits; wait for runs in that same command (see docs/run.md)");
    }
    return finish(report.end("failed", ExitCodes.RUN_FAILED));
  }

  private int finish(Report report) {
    if (console.json()) {
      report.printJson(console.out());
    }
    console.out().flush();
    console.err().flush();
    return report.exitCode;
  }

  private Optional<DeployedGraph> fetchGraph(ExecutionStatus status, Report report) {
    Optional<String> id = report.workflowId.or(() -> Optional.ofNullable(
        status.raw().path("workflowId").textValue()).filter(s -> !s.isBlank()));
    if (id.isEmpty()) {
      return Optional.empty();
    }
    report.workflowId = id;
    try {
      var w = connection.client().getWorkflow(id.get());
      report.workflowName = report.workflowName.or(() -> Optional.of(w.name()));
      List<String> tags = new ArrayList<>();
      w.json().path("tags").forEach(t -> tags.add(t.asText()));
      report.workflowKey = report.workflowKey.or(() -> Marker.parse(tags).map(Marker::key));
      return Optional.of(DeployedGraph.of(id.get(), w.json()));
    } catch (ApiException e) {
      return Optional.empty();
    }
  }

  /**
   * The nodes whose results are the run's outputs: the graph's output nodes when the graph is
   * known, else every node that produced a URL or text.
   */
  static List<NodeRun> outputNodes(ExecutionStatus status, Optional<DeployedGraph> graph) {
    List<NodeRun> out = new ArrayList<>();
    if (graph.isPresent()) {
      Set<String> ids = new LinkedHashSet<>();
      graph.get().outputNodes().forEach(n -> ids.add(n.id()));
      for (String id : ids) {
        status.node(id).ifPresent(out::add);
      }
      return out;
    }
    for (NodeRun n : status.nodes()) {
      if (!n.outputUrls().isEmpty() || n.text().isPresent()) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * An embedded emulator serves files on a new port every time a command starts it; a loopback
   * {@code /files/} URL from an earlier command is moved to this emulator's port.
   */
  String rebase(String url) {
    Optional<EmulatorServer> emulator = connection.emulator();
    if (emulator.isEmpty()) {
      return url;
    }
    try {
      URI u = new URI(url);
      String host = u.getHost() == null ? "" : u.getHost();
      boolean loopback = host.equals("127.0.0.1") || host.equals("localhost")
          || host.equals("[::1]") || host.equals("::1");
      if (!loopback || u.getRawPath() == null || !u.getRawPath().startsWith("/files/")) {
        return url;
      }
      return emulator.get().rootUrl() + u.getRawPath();
    } catch (URISyntaxException e) {
      return url;
    }
  }
}
