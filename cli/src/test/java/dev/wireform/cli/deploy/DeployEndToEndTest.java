package dev.wireform.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.compiler.CompiledWorkflow;
import dev.wireform.emulator.Faults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployer's invariants against the emulator over real loopback HTTP, counting calls in the
 * emulator's request log.
 */
class DeployEndToEndTest {
  static final Applier.Options OPTIONS = new Applier.Options(OptionalInt.empty(), 8);

  @TempDir Path dir;

  private Applier.Result apply(Deployer d, List<CompiledWorkflow> code, boolean prune) {
    return d.apply(d.plan(code, prune), OPTIONS, Applier.Progress.NONE);
  }

  @Test
  void applyThenPlanIsEmptyAndASecondApplyMakesNoWrites() {
    try (LiveAccount account = new LiveAccount(dir)) {
      Deployer d = account.deployer(dir.resolve(".wireform"), "prod");
      Applier.Result first = apply(d, LiveAccount.corpus(5), false);
      assertThat(first.exitCode()).isZero();
      assertThat(first.summary().created()).isEqualTo(5);
      assertThat(d.plan(LiveAccount.corpus(5), false).hasChanges()).isFalse();
      account.clearLog();
      Applier.Result second = apply(d, LiveAccount.corpus(5), false);
      assertThat(second.exitCode()).isZero();
      assertThat(account.writes()).isZero();
      assertThat(account.size()).isEqualTo(5);
    }
  }

  @Test
  void aWarmPlanIsTheListCallOnly() {
    try (LiveAccount account = new LiveAccount(dir)) {
      Deployer d = account.deployer(dir.resolve(".wireform"), "prod");
      apply(d, LiveAccount.corpus(10), false);
      account.clearLog();
      assertThat(d.plan(LiveAccount.corpus(10), false).hasChanges()).isFalse();
      assertThat(account.calls()).extracting(c -> c.path("method").asText() + " "
          + c.path("path").asText()).containsExactly("GET /api/v1/workflows");
    }
  }

  @Test
  void aRenameIsExactlyOnePutAndKeepsTheId() {
    try (LiveAccount account = new LiveAccount(dir)) {
      Deployer d = account.deployer(dir.resolve(".wireform"), "prod");
      apply(d, LiveAccount.compile(List.of(LiveAccount.clarity("old-key", "Clarity", 2))), false);
      String id = account.client.listWorkflows().get(0).id();
      account.clearLog();
      var renamed = LiveAccount.clarity("new-key", "Clarity", 2).toBuilder()
          .renamedFrom("old-key").build();
      Applier.Result r = apply(d, LiveAccount.compile(List.of(renamed)), true);
      assertThat(r.summary().renamed()).isEqualTo(1);
      assertThat(account.count("PUT")).isEqualTo(1);
      assertThat(account.count("POST") + account.count("DELETE")).isZero();
      assertThat(account.client.listWorkflows()).singleElement()
          .satisfies(w -> assertThat(w.id()).isEqualTo(id))
          .satisfies(w -> assertThat(w.tags()).contains("wireform:key=new-key"));
    }
  }

  @Test
  void pruneLeavesFiveUnmanagedWorkflowsUntouched() {
    try (LiveAccount account = new LiveAccount(dir)) {
      List<String> unmanaged = new ArrayList<>();
      for (CompiledWorkflow c : LiveAccount.corpus(5)) {
        ObjectNode body = Json.parseObject(c.json());
        body.put("name", "Hand made " + c.key());
        unmanaged.add(account.client.createWorkflow(body).id());
      }
      Deployer d = account.deployer(dir.resolve(".wireform"), "prod");
      apply(d, LiveAccount.corpus(3), false);
      Applier.Result pruned = apply(d, LiveAccount.corpus(1), true);
      assertThat(pruned.exitCode()).isZero();
      assertThat(pruned.summary().deleted()).isEqualTo(2);
      Set<String> left = account.client.listWorkflows().stream()
          .map(dev.wireform.cli.api.WorkflowSummary::id).collect(Collectors.toSet());
      assertThat(left).containsAll(unmanaged).hasSize(6);
    }
  }

  @Test
  void aStalePlanMakesNoWritesAndExitsFour() {
    try (LiveAccount account = new LiveAccount(dir)) {
      Deployer d = account.deployer(dir.resolve(".wireform"), "prod");
      apply(d, LiveAccount.corpus(3), false);
      List<CompiledWorkflow> changed = LiveAccount.compile(List.of(
          LiveAccount.clarity("wf-000", "Upscale 0", 4), LiveAccount.clarity("wf-001",
              "Upscale 1", 4), LiveAccount.clarity("wf-002", "Upscale 2", 4)));
      Plan plan = d.plan(changed, false);
      String victim = plan.changes().get(2).id().orElseThrow();
      ObjectNode edited = account.client.getWorkflow(victim).editableCopy();
      edited.put("description", "edited in the canvas");
      account.client.updateWorkflow(victim, edited);
      account.clearLog();
      Applier.Result r = d.apply(plan, OPTIONS, Applier.Progress.NONE);
      assertThat(r.exitCode()).isEqualTo(4);
      assertThat(account.writes()).isZero();
    }
  }

  @Test
  void importThenPlanIsEmpty() throws Exception {
    try (LiveAccount account = new LiveAccount(dir)) {
      for (CompiledWorkflow c : LiveAccount.corpus(3)) {
        account.client.createWorkflow(Json.parseObject(c.json()));
      }
      Deployer d = account.deployer(dir.resolve(".wireform"), "prod");
      Importer.Result imported = new Importer(d, new ClientRemote(account.client),
          dev.wireform.dsl.catalog.Catalog.builtin())
          .importAll(dir.resolve("workflows"), Set.of(), OPTIONS);
      assertThat(imported.problems()).isEmpty();
      assertThat(imported.written()).hasSize(3);
      List<CompiledWorkflow> code = LiveAccount.compileFolder(dir.resolve("workflows"));
      Plan plan = d.plan(code, true);
      assertThat(plan.hasChanges()).as(new TextPlanRenderer(picocli.CommandLine.Help.Ansi.OFF)
          .render(plan)).isFalse();
      assertThat(account.size()).isEqualTo(3);
    }
  }

  @Test
  void aKillInTheMiddleOfFiftyCreatesThenARerunLeavesExactlyFifty() {
    try (LiveAccount account = new LiveAccount(dir)) {
      Deployer d = account.deployer(dir.resolve(".wireform"), "prod");
      Plan plan = d.plan(LiveAccount.corpus(50), false);
      try {
        d.apply(plan, OPTIONS, Applier.Progress.NONE, lines -> {
          if (lines == 60) {
            throw new DeployerTest.Kill();
          }
        });
      } catch (DeployerTest.Kill expected) {
        // the process "died" here
      }
      assertThat(account.size()).isBetween(1, 49);
      assertThat(d.interrupted()).hasSize(1);
      Applier.Result rerun = apply(d, LiveAccount.corpus(50), false);
      assertThat(rerun.exitCode()).isZero();
      assertThat(account.size()).isEqualTo(50);
      assertThat(d.plan(LiveAccount.corpus(50), false).hasChanges()).isFalse();
    }
  }

  @Test
  void injectedFailuresDropsAndRateLimitsStillConvergeWithoutDuplicates() {
    // 5% 500s and 5% dropped connections (carried out, no answer) on every call; the client
    // runs without its own budget against an emulator allowing 20 requests a minute, so a
    // burst of writes meets 429s too.
    try (LiveAccount account = new LiveAccount(dir,
        b -> b.faults(new Faults(0.05, 0.05, Duration.ZERO, 42)).rateLimit(20), 0)) {
      Deployer d = account.deployer(dir.resolve(".wireform"), "prod");
      int runs = 0;
      Applier.Result r;
      do {
        r = apply(d, LiveAccount.corpus(60), false);
        runs++;
      } while (r.exitCode() != 0 && runs < 4);
      assertThat(r.exitCode()).as(String.join("\n", r.problems())).isZero();
      assertThat(account.size()).isEqualTo(60);
      assertThat(d.plan(LiveAccount.corpus(60), false).hasChanges()).isFalse();
      long calls = account.calls().size();
      assertThat(account.status(500)).as("500s").isPositive();
      assertThat(account.status(429)).as("429s of %d calls", calls).isPositive();
      System.out.printf("faults: %d calls, %d x 500, %d dropped, %d x 429, %d apply runs%n",
          calls, account.status(500), account.calls().stream()
              .filter(c -> c.path("outcome").asText().equals("dropped")).count(),
          account.status(429), runs);
    }
  }

  @Test
  void driftReportsAParamEditedInTheCanvasAndWritesNothing() {
    try (LiveAccount account = new LiveAccount(dir)) {
      Deployer d = account.deployer(dir.resolve(".wireform"), "prod");
      apply(d, LiveAccount.corpus(3), false);
      assertThat(d.drift(LiveAccount.corpus(3)).exitCode()).isZero();

      String id = d.plan(LiveAccount.corpus(3), false).changes().get(1).id().orElseThrow();
      ObjectNode edited = account.client.getWorkflow(id).editableCopy();
      ((ObjectNode) edited.withArray("nodes").get(1).get("data").get("params"))
          .put("scale_factor", 8);
      account.client.updateWorkflow(id, edited);
      account.clearLog();

      Drift drift = d.drift(LiveAccount.corpus(3));
      assertThat(account.writes()).isZero();
      assertThat(drift.exitCode()).isEqualTo(2);
      assertThat(new DriftRenderer(picocli.CommandLine.Help.Ansi.OFF).text(drift))
          .contains("  ~ edited wf-001 \"Upscale 1\" (id " + id + ", updated ")
          .contains("      ~ node upscale-1 (process:clarityai_crystal_upscaler)\n"
              + "          ~ params.scale_factor: 2 → 8\n");
      assertThat(drift.clean()).isEqualTo(2);
    }
  }

  @Test
  void aChangeInTheCodeNotYetAppliedIsNotDrift() {
    try (LiveAccount account = new LiveAccount(dir)) {
      Deployer d = account.deployer(dir.resolve(".wireform"), "prod");
      apply(d, LiveAccount.corpus(2), false);
      List<CompiledWorkflow> pending = LiveAccount.compile(List.of(
          LiveAccount.clarity("wf-000", "Upscale 0", 6), LiveAccount.clarity("wf-001",
              "Upscale 1", 2), LiveAccount.clarity("wf-new", "New", 2)));
      Drift drift = d.drift(pending);
      assertThat(drift.exitCode()).isZero();
      assertThat(drift.notDeployed()).containsExactly("wf-new");
    }
  }
}
