package dev.wireform.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.GlobalMixin;
import dev.wireform.cli.Invocation;
import dev.wireform.cli.UserErrorException;
import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.api.ExecuteRequest;
import dev.wireform.cli.api.ExecutionStart;
import dev.wireform.cli.api.NotFoundException;
import dev.wireform.cli.api.RemoteWorkflow;
import dev.wireform.cli.api.WireflowClient;
import dev.wireform.cli.api.WorkflowSummary;
import dev.wireform.cli.env.Connection;
import dev.wireform.dsl.project.ProjectFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code wireform run}: resolve the workflow, check the inputs against its deployed graph,
 * upload local files, execute once under an idempotency key, then follow the execution. Nothing
 * is executed unless every input is valid.
 */
public final class WorkflowRunner {
  /** Per-run cache fields a workflow body may carry; they are not part of a run's request. */
  static final Set<String> RUNTIME_FIELDS =
      Set.of("output", "result", "selectedOutput", "selectedIndex", "isExecuting");

  private final RunContext context;
  private final Invocation invocation;
  private final GlobalMixin global;
  private final Console console;

  public WorkflowRunner(
      RunContext context, Invocation invocation, GlobalMixin global, Console console) {
    this.context = context;
    this.invocation = invocation;
    this.global = global;
    this.console = console;
  }

  /** Runs; returns the exit code. */
  public int run(RunRequest request) {
    Report report = new Report("run");
    report.workflowKey = request.key();
    String what = request.key().map(k -> "'" + k + "'")
        .orElseGet(() -> "workflow " + request.workflowId().orElse("?"));
    try {
      Target target = Target.of(global, invocation);
      report.environment = Optional.of(target.environment().name());
      report.endpoint = Optional.of(target.environment().endpoint());
      if (request.key().isPresent() && target.site().project().isEmpty()) {
        throw new UserErrorException("running a workflow by key needs its project, and there is"
            + " no wireform.yaml here or above; pass --project DIR, or run by id with --id");
      }
      if (!request.waitForEnd() && target.environment().embedded()) {
        throw new UserErrorException("--no-wait cannot work with environment '"
            + target.environment().name() + "': its endpoint is 'embedded', an emulator inside"
            + " this command that stops, and ends the run, when the command exits; drop"
            + " --no-wait, or run a standalone emulator and point an environment at it (see"
            + " docs/run.md)");
      }
      String key = request.idempotencyKey().orElseGet(context.idempotencyKeys());
      checkKey(key);
      List<InputAssignment> assignments = parseInputs(request);
      try (Connection connection =
          context.connector(invocation.env()).open(target.environment(), target.root())) {
        return run(request, report, target, connection, key, assignments, what);
      }
    } catch (UserErrorException e) {
      return Failures.user(console, report, e);
    } catch (ApiException e) {
      return Failures.api(console, report, e, what);
    }
  }

  private int run(
      RunRequest request,
      Report report,
      Target target,
      Connection connection,
      String key,
      List<InputAssignment> assignments,
      String what) {
    WireflowClient client = connection.client();
    String workflowId = request.workflowId().orElseGet(() -> locate(client, target, request));
    RemoteWorkflow workflow;
    try {
      workflow = client.getWorkflow(workflowId);
    } catch (NotFoundException e) {
      throw new UserErrorException("no workflow '" + workflowId + "' on environment '"
          + target.environment().name() + "' (" + e.getMessage().lines().findFirst().orElse("")
          + ")");
    }
    report.workflowId = Optional.of(workflowId);
    report.workflowName = Optional.of(workflow.name());
    if (!workflow.active()) {
      throw new UserErrorException("workflow " + what + " (" + workflowId + ") is inactive, and"
          + " Wireflow refuses to run an inactive workflow; set 'active: true' and apply it");
    }
    DeployedGraph graph = DeployedGraph.of(workflowId, workflow.json());
    CheckedInputs checked =
        new InputChecker(graph, target.site().catalog(), this::resolvePath, what)
            .check(assignments);
    if (!checked.ok()) {
      List<String> lines = new ArrayList<>();
      lines.add(checked.problems().size() == 1 ? "bad input; nothing was run"
          : checked.problems().size() + " bad inputs; nothing was run");
      lines.addAll(checked.problems());
      return Failures.report(console, report, "invalid_input", ExitCodes.FAILED, lines);
    }
    PrintWriter info = console.info();
    Map<String, Map<String, JsonNode>> values = new LinkedHashMap<>();
    checked.values().forEach((node, params) -> values.put(node, new LinkedHashMap<>(params)));
    Optional<RunJournal> journal = target.site().project().isPresent()
        ? Optional.of(RunJournal.in(target.site().stateDir(), target.environment().name()))
        : Optional.empty();
    Instant now = context.clock().instant();
    Map<String, String> uploaded = upload(client, checked, values, key, journal, report, now);
    values.forEach((node, params) -> params.forEach((p, v) -> report.inputs.put(node + "." + p,
        v)));
    journal.ifPresent(j -> j.record(key, workflowId, uploaded, Optional.empty(), now));
    report.idempotencyKey = Optional.of(key);
    info.println("idempotency key: " + key + "  (run again with --idempotency-key " + key
        + " to never start it twice)");
    info.flush();
    ExecutionStart start = client.execute(workflowId, request(workflow.json(), values), key);
    journal.ifPresent(j -> j.record(key, workflowId, uploaded, Optional.of(start.executionId()),
        context.clock().instant()));
    report.executionId = Optional.of(start.executionId());
    info.println("started execution " + start.executionId() + " of " + what + " (workflow "
        + workflowId + ", environment " + target.environment().name() + ")");
    info.flush();
    ExecutionFollower.Options options = ExecutionFollower.Options.of(
        request.timeout(), request.download(), invocation, target.flags());
    if (!request.waitForEnd()) {
      String resume = "wireform status " + start.executionId() + " --wait" + target.flags();
      report.resume = Optional.of(resume);
      info.println("not waiting; follow it with: " + resume);
      report.end("started", ExitCodes.OK);
      if (console.json()) {
        report.printJson(console.out());
      }
      return ExitCodes.OK;
    }
    return new ExecutionFollower(connection, context, console)
        .await(report, start.executionId(), Optional.empty(), Optional.of(graph), options);
  }

  /**
   * Uploads the run's local files, or reuses the URLs the journal kept for this key, and writes
   * each URL into {@code values}.
   *
   * @return the uploads as "target@sha256" to URL, for the journal
   */
  private Map<String, String> upload(
      WireflowClient client,
      CheckedInputs checked,
      Map<String, Map<String, JsonNode>> values,
      String key,
      Optional<RunJournal> journal,
      Report report,
      Instant now) {
    Map<String, String> known = journal.map(j -> j.uploads(key, now)).orElse(Map.of());
    Map<String, String> uploaded = new LinkedHashMap<>();
    for (CheckedInputs.Upload u : checked.uploads()) {
      String slot = u.target() + "@" + sha256(u.file().path());
      String url = known.get(slot);
      boolean reused = url != null;
      if (!reused) {
        url = client.uploadMedia(u.file().path()).url();
      }
      uploaded.put(slot, url);
      values.get(u.nodeId()).put(u.param(), TextNode.valueOf(url));
      report.uploads.add(new Report.Upload(u.target(), u.file().shown(), u.file().size(), url,
          reused));
      console.info().println((reused ? "reusing upload of " : "uploaded ") + u.file().shown()
          + " (" + Sizes.format(u.file().size()) + ") for " + u.target() + ": " + url);
    }
    return uploaded;
  }

  private String locate(WireflowClient client, Target target, RunRequest request) {
    ProjectFile project = target.site().project().orElseThrow();
    WorkflowSummary w = WorkflowLocator.byKey(client, project.project(),
        target.environment().name(), request.key().orElseThrow());
    return w.id();
  }

  /**
   * The execute body: the deployed graph (nodes and edges, runtime fields dropped) with the run's
   * values written into each node's params, and into its config where the node keeps one (input
   * nodes read config first).
   */
  static ExecuteRequest request(JsonNode workflow, Map<String, Map<String, JsonNode>> values) {
    ArrayNode nodes = JsonNodeFactory.instance.arrayNode();
    for (JsonNode n : workflow.path("nodes")) {
      ObjectNode node = n.deepCopy();
      if (node.path("data").isObject()) {
        ObjectNode data = (ObjectNode) node.get("data");
        data.remove(RUNTIME_FIELDS);
        Map<String, JsonNode> v = values.get(node.path("id").asText(""));
        if (v != null) {
          ObjectNode params = data.path("params").isObject()
              ? (ObjectNode) data.get("params") : data.putObject("params");
          v.forEach(params::set);
          if (data.path("config").isObject()) {
            ObjectNode config = (ObjectNode) data.get("config");
            v.forEach((p, value) -> {
              if (config.has(p)) {
                config.set(p, value);
              }
            });
          }
        }
      }
      nodes.add(node);
    }
    JsonNode edges = workflow.path("edges").isArray()
        ? workflow.get("edges") : JsonNodeFactory.instance.arrayNode();
    return ExecuteRequest.of(nodes, edges);
  }

  private List<InputAssignment> parseInputs(RunRequest request) {
    List<InputAssignment> all = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (request.inputFile().isPresent()) {
      String shown = request.inputFile().get();
      Path file = resolvePath(shown);
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw UserErrorException.io("read --input-file", shown, e);
      }
      try {
        all.addAll(InputAssignment.fromFile(shown, text));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    for (String arg : request.inputs()) {
      try {
        all.add(InputAssignment.parse(arg));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new UserErrorException((problems.size() == 1 ? "bad input" : problems.size()
          + " bad inputs") + "; nothing was run\n" + String.join("\n", problems));
    }
    return all;
  }

  private static void checkKey(String key) {
    if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new UserErrorException("--idempotency-key must be 1 to 255 printable ASCII characters"
          + " without spaces, e.g. a UUID or 'nightly-2026-11-26'");
    }
  }

  private Path resolvePath(String typed) {
    return invocation.resolve(Path.of(typed));
  }

  private static String sha256(Path file) {
    try {
      return RunJournal.sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw UserErrorException.io("read", file.toString(), e);
    }
  }
}
