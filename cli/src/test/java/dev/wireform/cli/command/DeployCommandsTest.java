package dev.wireform.cli.command;

import static dev.wireform.cli.CliRun.wireform;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.cli.CliRun;
import dev.wireform.cli.api.ApiKeySource;
import dev.wireform.cli.api.ClientConfig;
import dev.wireform.cli.api.WireflowClient;
import dev.wireform.emulator.ApiKey;
import dev.wireform.emulator.Emulator;
import dev.wireform.emulator.EmulatorServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan, apply, drift and import as a user runs them, on a project's embedded environment. */
class DeployCommandsTest {
  @TempDir Path dir;

  static final String PROJECT = """
      project: shop
      workflows: [workflows]
      environments:
        local:
          endpoint: embedded
        other:
          endpoint: embedded
      default: local
      """;

  /** The ClarityAI example of the Wireflow guide. */
  static final String CLARITY = Projects.CLARITY;

  @BeforeEach
  void project() throws IOException {
    write("wireform.yaml", PROJECT);
    write("workflows/clarity-upscale.yaml", CLARITY);
    write("workflows/clarity-4x.yaml",
        CLARITY.replace("ClarityAI Image Upscaler", "Clarity 4x").replace("scale_factor: 2",
            "scale_factor: 4"));
  }

  private void write(String file, String text) throws IOException {
    Path p = dir.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  /** Edits the embedded account directly, as the Wireflow canvas would. */
  private void inCanvas(Consumer<WireflowClient> edit) throws IOException {
    String key = "sk-test-canvas-0123456789";
    try (EmulatorServer server = Emulator.builder().dataDir(dir.resolve(".wireform/local"))
            .apiKey(ApiKey.allScopes(key, "canvas")).rateLimit(100_000).build().start();
        WireflowClient client = WireflowClient.create(ClientConfig.builder(server.baseUrl())
            .apiKey(ApiKeySource.fromEnvironment("K", Map.of("K", key)))
            .requestsPerMinute(0).build())) {
      edit.accept(client);
    }
  }

  @Test
  void planShowsTheCreatesApplyMakesThemAndThenThePlanIsEmpty() {
    CliRun plan = wireform(dir, "plan", "--detailed-exitcode");
    assertThat(plan.exitCode()).as(plan.toString()).isEqualTo(2);
    Approvals.verify(plan.out());

    CliRun apply = wireform(dir, "apply", "--auto-approve");
    assertThat(apply.exitCode()).as(apply.toString()).isZero();
    assertThat(apply.out()).endsWith("Apply complete: 2 created, 0 updated, 0 renamed,"
        + " 0 adopted, 0 deleted, 0 unchanged, 0 failed.\n");

    CliRun again = wireform(dir, "plan", "--detailed-exitcode");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).isEqualTo(
        "No changes. shop / local (embedded) matches the code (2 unchanged).\n");
  }

  @Test
  void applyOutsideATerminalWithoutAutoApproveWritesNothing() {
    CliRun apply = wireform(dir, "apply");
    assertThat(apply.exitCode()).isEqualTo(1);
    assertThat(apply.err()).isEqualTo("error: not applying: this is not a terminal, so nothing"
        + " can be confirmed; pass --auto-approve, or apply a plan file saved with 'wireform"
        + " plan --out'\n");
    assertThat(wireform(dir, "plan", "--detailed-exitcode").exitCode()).isEqualTo(2);
  }

  @Test
  void aSavedPlanIsAppliedExactlyAndASecondTimeWritesNothing() {
    CliRun plan = wireform(dir, "plan", "--out", "plan.json");
    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(plan.out()).endsWith("Saved the plan to plan.json; apply exactly it with:"
        + " wireform apply plan.json\n");
    CliRun first = wireform(dir, "apply", "plan.json");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    CliRun second = wireform(dir, "apply", "plan.json");
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.out()).endsWith("Apply complete: 0 created, 0 updated, 0 renamed,"
        + " 0 adopted, 0 deleted, 2 unchanged, 0 failed.\n");
  }

  @Test
  void aSavedPlanForAnotherEnvironmentIsRefused() {
    wireform(dir, "plan", "--out", "plan.json");
    CliRun apply = wireform(dir, "apply", "plan.json", "--env", "other");
    assertThat(apply.exitCode()).isEqualTo(1);
    assertThat(apply.err()).isEqualTo("error: plan file plan.json was made for shop / local"
        + " (embedded), not for shop / other (embedded); pass --env to match it, or make a new"
        + " plan\n");
  }

  @Test
  void aStaleSavedPlanExitsFourAndWritesNothing() throws IOException {
    wireform(dir, "apply", "--auto-approve");
    write("workflows/clarity-4x.yaml", CLARITY.replace("ClarityAI Image Upscaler", "Clarity 4x")
        .replace("scale_factor: 2", "scale_factor: 8"));
    assertThat(wireform(dir, "plan", "--out", "plan.json").exitCode()).isZero();
    inCanvas(c -> {
      String id = c.listWorkflows().stream().filter(w -> w.name().equals("Clarity 4x"))
          .findFirst().orElseThrow().id();
      ObjectNode body = c.getWorkflow(id).editableCopy();
      body.put("description", "edited in the canvas");
      c.updateWorkflow(id, body);
    });
    CliRun apply = wireform(dir, "apply", "plan.json");
    assertThat(apply.exitCode()).as(apply.toString()).isEqualTo(4);
    assertThat(apply.err()).contains("changed after the plan was made")
        .contains("error: the plan is stale: nothing was written");
  }

  @Test
  void removedWorkflowsAreOrphanedThenDeletedWithPruneWithinMaxDeletes() throws IOException {
    wireform(dir, "apply", "--auto-approve");
    Files.delete(dir.resolve("workflows/clarity-4x.yaml"));
    CliRun plan = wireform(dir, "plan", "--detailed-exitcode");
    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(plan.out()).contains("! orphan clarity-4x \"Clarity 4x\"");
    assertThat(wireform(dir, "plan", "--prune", "--detailed-exitcode").exitCode()).isEqualTo(3);
    CliRun refused = wireform(dir, "apply", "--auto-approve", "--prune", "--max-deletes", "0");
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.err()).startsWith("error: the plan deletes 1 workflow, more than"
        + " --max-deletes 0; nothing was written:\n");
    CliRun pruned = wireform(dir, "apply", "--auto-approve", "--prune");
    assertThat(pruned.exitCode()).as(pruned.toString()).isZero();
    assertThat(pruned.out()).contains("1 deleted");
  }

  @Test
  void aProtectedWorkflowCannotBePruned() throws IOException {
    write("workflows/clarity-4x.yaml", "protect: true\n" + CLARITY.replace(
        "ClarityAI Image Upscaler", "Clarity 4x"));
    wireform(dir, "apply", "--auto-approve");
    Files.delete(dir.resolve("workflows/clarity-4x.yaml"));
    CliRun plan = wireform(dir, "plan", "--prune");
    assertThat(plan.exitCode()).isEqualTo(1);
    assertThat(plan.out()).startsWith("wireform.yaml: error: [ProtectedDelete] workflow key"
        + " 'clarity-4x' ('Clarity 4x', id ");
    assertThat(wireform(dir, "apply", "--auto-approve", "--prune").exitCode()).isEqualTo(1);
  }

  @Test
  void driftReportsACanvasEditAndExitsTwo() throws IOException {
    wireform(dir, "apply", "--auto-approve");
    assertThat(wireform(dir, "drift").exitCode()).isZero();
    inCanvas(c -> {
      String id = c.listWorkflows().stream().filter(w -> w.name().equals("Clarity 4x"))
          .findFirst().orElseThrow().id();
      ObjectNode body = c.getWorkflow(id).editableCopy();
      ((ObjectNode) body.withArray("nodes").get(1).path("data").path("params"))
          .put("scale_factor", 16);
      c.updateWorkflow(id, body);
    });
    CliRun drift = wireform(dir, "drift");
    assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(2);
    assertThat(drift.out())
        .startsWith("Drift: 1 workflow was edited outside wireform on shop / local (embedded).")
        .contains("          ~ params.scale_factor: 4 → 16\n");
    CliRun json = wireform(dir, "drift", "--format", "json");
    assertThat(json.exitCode()).isEqualTo(2);
    assertThat(json.out()).contains("\"drifted\": true");
  }

  @Test
  void importWritesYamlAndThePlanRightAfterIsEmpty() throws IOException {
    inCanvas(c -> {
      try {
        JsonNode body = new ObjectMapper().readTree(
            "{\"name\":\"Made in the canvas\",\"tags\":[\"legacy\"],\"nodes\":[{\"id\":\"in\","
                + "\"type\":\"basedNode\",\"position\":{\"x\":10,\"y\":20},\"data\":{\"label\":"
                + "\"URL\",\"nodeType\":\"input:text\",\"params\":{\"prompt\":\"https://x/y.png\""
                + "}}},{\"id\":\"up\",\"type\":\"basedNode\",\"position\":{\"x\":300,\"y\":20},"
                + "\"data\":{\"label\":\"Upscale\",\"nodeType\":"
                + "\"process:clarityai_crystal_upscaler\",\"params\":{\"scale_factor\":3}}}],"
                + "\"edges\":[{\"id\":\"e1\",\"source\":\"in\",\"target\":\"up\",\"sourceHandle\":"
                + "\"out-prompt\",\"targetHandle\":\"in-image_url\"}]}");
        c.createWorkflow(body);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    wireform(dir, "apply", "--auto-approve");
    CliRun imported = wireform(dir, "import", "--all");
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    assertThat(imported.out()).startsWith("wrote workflows/made-in-the-canvas.yaml\nadopted"
        + " made-in-the-canvas (id ");
    assertThat(Files.readString(dir.resolve("workflows/made-in-the-canvas.yaml")))
        .startsWith("name: Made in the canvas\ntags: [legacy]\nadopt: {id: ");
    CliRun plan = wireform(dir, "plan", "--detailed-exitcode");
    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(wireform(dir, "import", "--all").out())
        .isEqualTo("nothing to import: every workflow on the account is already managed\n");
  }

  @Test
  void importIntoAFolderTheProjectDoesNotReadIsRefusedBeforeAnythingIsWritten()
      throws IOException {
    inCanvas(c -> {
      try {
        c.createWorkflow(new ObjectMapper().readTree(
            "{\"name\":\"Made in the canvas\",\"nodes\":[{\"id\":\"in\",\"type\":"
                + "\"basedNode\",\"position\":{\"x\":0,\"y\":0},\"data\":{\"label\":"
                + "\"URL\",\"nodeType\":\"input:text\",\"params\":{\"prompt\":\"\"}}}],"
                + "\"edges\":[]}"));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    wireform(dir, "apply", "--auto-approve");

    CliRun imported = wireform(dir, "import", "--all", "-o", "imported");

    assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(1);
    assertThat(imported.out()).isEmpty();
    assertThat(imported.err()).isEqualTo("error: 'imported' is not one of the project's"
        + " workflow folders (workflows: [workflows] in wireform.yaml), so plan would not see"
        + " the imported files and 'apply --prune' would delete the workflows; nothing was"
        + " imported. Import into one of them, or add the folder to 'workflows:' first\n");
    assertThat(dir.resolve("imported")).doesNotExist();
    CliRun intoSub = wireform(dir, "import", "--all", "-o", "workflows/legacy");
    assertThat(intoSub.exitCode()).as(intoSub.toString()).isZero();
    assertThat(wireform(dir, "plan", "--detailed-exitcode").exitCode()).isZero();
  }

  @Test
  void importKnowsWhichFoldersTheProjectReads() {
    Path root = Path.of("/p");
    assertThat(ImportCommand.readsWorkflowsFrom(root, java.util.List.of("workflows"),
        root.resolve("workflows"))).isTrue();
    assertThat(ImportCommand.readsWorkflowsFrom(root, java.util.List.of("workflows"),
        root.resolve("workflows/sub"))).isTrue();
    assertThat(ImportCommand.readsWorkflowsFrom(root, java.util.List.of("workflows"),
        root.resolve("workflows/.hidden"))).isFalse();
    assertThat(ImportCommand.readsWorkflowsFrom(root, java.util.List.of("workflows"),
        root.resolve("other"))).isFalse();
    assertThat(ImportCommand.readsWorkflowsFrom(root, java.util.List.of("flows/*.yaml"),
        root.resolve("flows"))).isTrue();
    assertThat(ImportCommand.readsWorkflowsFrom(root, java.util.List.of("flows/*.java"),
        root.resolve("flows"))).isFalse();
    assertThat(ImportCommand.readsWorkflowsFrom(root, java.util.List.of("."),
        root.resolve("anything"))).isTrue();
  }

  @Test
  void brokenCodeIsNeverPlanned() throws IOException {
    write("workflows/clarity-4x.yaml", CLARITY.replace("ClarityAI Image Upscaler", "Clarity 4x")
        .replace("image_url: input-1.prompt", "image: input-1.prompt"));
    CliRun plan = wireform(dir, "plan", "--detailed-exitcode");
    assertThat(plan.exitCode()).isEqualTo(1);
    assertThat(plan.err()).contains("[UnknownPort]")
        .endsWith("error: 1 error in the code; nothing was planned (a workflow that does not"
            + " compile would look deleted)\n");
    assertThat(plan.out()).isEmpty();
  }

  @Test
  void aBrokenProjectFileIsReportedAsBrokenNotAsMissing() throws IOException {
    write("wireform.yaml", PROJECT.replace("default: local", "default: nope"));

    CliRun plan = wireform(dir, "plan");

    assertThat(plan.exitCode()).isEqualTo(1);
    assertThat(plan.out()).isEmpty();
    assertThat(plan.err()).isEqualTo("""
        wireform.yaml:8:10: error: [UnknownEnvironment] default environment 'nope' is not\
         defined under 'environments'
        default: nope
                 ^
          fix: use one of: local, other
          see: docs/errors/UnknownEnvironment.md
        error: the project file has errors (above); fix them, then run again
        """);
  }

  @Test
  void aProjectFolderWithoutProjectFileIsNamed(@TempDir Path elsewhere) throws IOException {
    Path empty = Files.createDirectories(elsewhere.resolve("empty"));

    CliRun plan = wireform(elsewhere, "--project", "empty", "plan");

    assertThat(plan.exitCode()).isEqualTo(1);
    assertThat(plan.err()).isEqualTo("error: no wireform.yaml in 'empty'; run 'wireform init"
        + " empty' or pass the folder that holds it\n");
    assertThat(empty).isEmptyDirectory();
  }

  @Test
  void markdownAndJsonPlansForMachinesAndReviewers() {
    CliRun md = wireform(dir, "plan", "--format", "markdown", "--full-plan-link",
        "https://ci/run/1");
    assertThat(md.out()).startsWith("<!-- wireform-plan:shop/local -->\n### wireform plan:"
        + " `shop` → `local`\n").endsWith("Full plan: https://ci/run/1.</sub>\n");
    CliRun json = wireform(dir, "plan", "--format", "json");
    assertThat(json.out()).startsWith("{\n  \"formatVersion\": 1,\n");
  }

  @Test
  void reservedTagsAndMissingAdoptTargetsAreErrorsAtTheirLine() throws IOException {
    write("workflows/clarity-4x.yaml", "tags: [ok, \"wireform:key=x\"]\nadopt: { id: nope }\n"
        + CLARITY.replace("ClarityAI Image Upscaler", "Clarity 4x"));
    CliRun plan = wireform(dir, "plan");
    assertThat(plan.exitCode()).isEqualTo(1);
    assertThat(plan.out()).startsWith("""
        workflows/clarity-4x.yaml:1:12: error: [ReservedTag] workflow 'clarity-4x' declares tag\
         'wireform:key=x', but tags starting with 'wireform:' are reserved for ownership
        tags: [ok, "wireform:key=x"]
                   ^
          fix: remove the tag: wireform adds its own ownership tags on deploy
          see: docs/errors/ReservedTag.md
        workflows/clarity-4x.yaml:2:14: error: [AdoptTargetMissing] adopt: no workflow with id\
         'nope' on embedded
        adopt: { id: nope }
                     ^
          fix: check the id (it is the last part of the workflow's URL in Wireflow), or remove\
         adopt: to create a new workflow
          see: docs/errors/AdoptTargetMissing.md

        The plan has the errors above and cannot be applied. Without them, wireform would\
         perform these actions on shop / local (embedded):
        """);
  }

  @Test
  void aRemoteEnvironmentUsesTheKeyFromItsVariableAndNeverWritesItAnywhere() throws IOException {
    String canary = "sk-CANARY-7d2f4e9a1b3c5d6e";
    try (EmulatorServer server = Emulator.builder().dataDir(dir.resolve("remote"))
        .apiKey(ApiKey.allScopes(canary, "ci")).rateLimit(100_000).build().start()) {
      write("wireform.yaml", PROJECT.replace("environments:\n", "environments:\n"
          + "  remote:\n    endpoint: " + server.baseUrl() + "\n"
          + "    apiKeyEnv: SHOP_WIREFLOW_KEY\n    plan: enterprise\n"));
      Map<String, String> env = Map.of("SHOP_WIREFLOW_KEY", canary);
      StringBuilder all = new StringBuilder();
      for (String[] args : new String[][] {
          {"plan", "--env", "remote", "--out", "plan.json"},
          {"apply", "plan.json", "--env", "remote"},
          {"plan", "--env", "remote", "--format", "json"},
          {"plan", "--env", "remote", "--format", "markdown"},
          {"drift", "--env", "remote"},
          {"import", "--all", "--env", "remote"},
          {"apply", "--env", "remote", "--auto-approve", "--debug"}}) {
        CliRun run = wireform(dir, env, args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        all.append(run.out()).append(run.err());
      }
      CliRun noKey = wireform(dir, "plan", "--env", "remote");
      assertThat(noKey.exitCode()).isEqualTo(1);
      assertThat(noKey.err()).isEqualTo("error: environment 'remote' needs an API key: set the"
          + " environment variable SHOP_WIREFLOW_KEY (Wireflow: Settings > API Keys)\n");
      assertThat(all.toString()).contains("Apply complete: 2 created").doesNotContain(canary);
      try (var files = Files.walk(dir)) {
        for (Path f : files.filter(Files::isRegularFile)
            .filter(f -> !f.startsWith(dir.resolve("remote"))).toList()) {
          assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).as(f.toString())
              .doesNotContain(canary);
        }
      }
    }
  }

  /** Runs on a "terminal", answering the confirmation with {@code answer}. */
  private CliRun onTerminal(String answer, String... args) {
    java.io.InputStream stdin = System.in;
    System.setIn(new java.io.ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)));
    try {
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      int code = dev.wireform.cli.Main.run(args, new java.io.PrintWriter(out),
          new java.io.PrintWriter(err),
          new dev.wireform.cli.Invocation(Map.of("NO_COLOR", "1"), dir, true));
      return new CliRun(code, out.toString(), err.toString());
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void onATerminalApplyAsksAndOnlyYesApplies() {
    CliRun no = onTerminal("no\n", "apply");
    assertThat(no.exitCode()).isEqualTo(1);
    assertThat(no.out()).endsWith("\nApply these changes to shop / local? Only 'yes' is"
        + " accepted: Apply cancelled; nothing was written.\n");
    assertThat(wireform(dir, "plan", "--detailed-exitcode").exitCode()).isEqualTo(2);

    CliRun yes = onTerminal("yes\n", "apply");
    assertThat(yes.exitCode()).as(yes.toString()).isZero();
    assertThat(yes.out())
        .contains("  + clarity-4x … created (id ")
        .contains("  + clarity-upscale … created (id ")
        .endsWith("Apply complete: 2 created, 0 updated, 0 renamed, 0 adopted, 0 deleted,"
            + " 0 unchanged, 0 failed.\n");
  }
}
