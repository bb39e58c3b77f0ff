package dev.wireform.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan and apply against an in-memory account: the deployer's safety rules, call by call. */
class DeployerTest {
  static final DeployTarget PROD = PlannerTest.PROD;
  static final Applier.Options OPTIONS = new Applier.Options(OptionalInt.empty(), 4);

  @TempDir Path dir;
  final FakeRemote remote = new FakeRemote();
  final AtomicInteger plans = new AtomicInteger();

  Deployer deployer() {
    return new Deployer(PROD, remote, new Normalizer(ParamDefaults.NONE), dir.resolve(".wireform"),
        Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC),
        () -> "plan-" + plans.incrementAndGet(), 4);
  }

  static List<dev.wireform.compiler.CompiledWorkflow> code(Spec... specs) {
    return java.util.Arrays.stream(specs).map(Spec::compiled).toList();
  }

  static List<dev.wireform.compiler.CompiledWorkflow> many(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> Spec.clarity(String.format("wf-%02d", i), "Workflow " + i).compiled())
        .toList();
  }

  Applier.Result apply(List<dev.wireform.compiler.CompiledWorkflow> code, boolean prune) {
    return deployer().apply(deployer().plan(code, prune), OPTIONS, Applier.Progress.NONE);
  }

  @Test
  void applyThenPlanIsEmptyAndASecondApplyWritesNothing() {
    Applier.Result first = apply(code(Spec.clarity("a", "A"), Spec.clarity("b", "B")), false);
    assertThat(first.exitCode()).isZero();
    assertThat(first.summary().toString())
        .isEqualTo("2 created, 0 updated, 0 renamed, 0 adopted, 0 deleted, 0 unchanged, 0 failed");
    assertThat(deployer().plan(code(Spec.clarity("a", "A"), Spec.clarity("b", "B")), false)
        .hasChanges()).isFalse();
    long writes = remote.writes();
    Applier.Result second = apply(code(Spec.clarity("a", "A"), Spec.clarity("b", "B")), false);
    assertThat(remote.writes()).isEqualTo(writes);
    assertThat(second.summary().unchanged()).isEqualTo(2);
  }

  @Test
  void aWarmCachePlansWithTheListCallOnlyAndDeletingItChangesNothingButTheCost()
      throws IOException {
    apply(many(5), false);
    remote.calls.clear();
    Plan warm = deployer().plan(many(5), false);
    assertThat(remote.calls).containsExactly("GET /workflows");
    Files.delete(StateCache.file(dir.resolve(".wireform"), "prod"));
    remote.calls.clear();
    Plan cold = deployer().plan(many(5), false);
    assertThat(remote.count("GET")).isEqualTo(6);
    assertThat(PlanJson.write(cold).replace(cold.planId(), "ID"))
        .isEqualTo(PlanJson.write(warm).replace(warm.planId(), "ID"));
  }

  @Test
  void aRenameIsOnePutWithTheIdKept() {
    apply(code(Spec.clarity("old", "Clarity")), false);
    String id = remote.workflows.keySet().iterator().next();
    remote.calls.clear();
    Applier.Result r = apply(code(Spec.clarity("new", "Clarity").renamedFrom("old")), true);
    assertThat(r.summary().renamed()).isEqualTo(1);
    assertThat(remote.count("PUT")).isEqualTo(1);
    assertThat(remote.count("POST") + remote.count("DELETE")).isZero();
    assertThat(remote.workflows.keySet()).containsExactly(id);
    assertThat(Marker.parse(remote.workflows.get(id).summary().tags()).get().key())
        .isEqualTo("new");
  }

  @Test
  void pruneLeavesUnmanagedWorkflowsAlone() {
    for (int i = 0; i < 5; i++) {
      remote.store("mine-" + i, Spec.clarity("x" + i, "Hand made " + i).json());
    }
    apply(code(Spec.clarity("a", "A")), false);
    Applier.Result r = apply(code(), true);
    assertThat(r.summary().deleted()).isEqualTo(1);
    assertThat(remote.workflows.keySet())
        .containsExactly("mine-0", "mine-1", "mine-2", "mine-3", "mine-4");
  }

  @Test
  void aStalePlanWritesNothingAndExitsFour() {
    apply(code(Spec.clarity("a", "A"), Spec.clarity("b", "B")), false);
    Plan plan = deployer().plan(code(Spec.clarity("a", "A").param("upscale-1", "scale_factor", 3),
        Spec.clarity("b", "B").param("upscale-1", "scale_factor", 3)), false);
    Change.Update b = (Change.Update) plan.changes().get(1);
    remote.editInCanvas(b.workflowId(), "upscale-1", "scale_factor", 9);
    long writes = remote.writes();
    Applier.Result r = deployer().apply(plan, OPTIONS, Applier.Progress.NONE);
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(remote.writes()).isEqualTo(writes);
    assertThat(r.problems()).containsExactly(
        "workflow 'b' (id " + b.workflowId() + ") changed after the plan was made (plan saw"
            + " updatedAt " + b.baseUpdatedAt() + ", now 2026-01-01T00:00:02.000Z)",
        "the plan is stale: nothing was written; run plan again to see the account as it is"
            + " now");
  }

  @Test
  void theSamePlanAppliedTwiceWritesNothingTheSecondTime() {
    apply(code(Spec.clarity("a", "A")), false);
    Plan plan = deployer().plan(code(Spec.clarity("a", "A").param("upscale-1", "scale_factor", 5),
        Spec.clarity("b", "B")), false);
    assertThat(deployer().apply(plan, OPTIONS, Applier.Progress.NONE).exitCode()).isZero();
    long writes = remote.writes();
    Applier.Result again = deployer().apply(plan, OPTIONS, Applier.Progress.NONE);
    assertThat(again.exitCode()).isZero();
    assertThat(remote.writes()).isEqualTo(writes);
    assertThat(again.summary().unchanged()).isEqualTo(2);
    assertThat(remote.workflows).hasSize(2);
  }

  @Test
  void moreDeletesThanAllowedAreRefusedBeforeAnyRequest() {
    apply(many(3), false);
    Plan plan = deployer().plan(code(), true);
    remote.calls.clear();
    Applier.Result r =
        deployer().apply(plan, new Applier.Options(OptionalInt.of(2), 4), Applier.Progress.NONE);
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(remote.calls).isEmpty();
    assertThat(r.problems().get(0))
        .isEqualTo("the plan deletes 3 workflows, more than --max-deletes 2; nothing was"
            + " written:");
  }

  @Test
  void aProtectedWorkflowIsNeverDeleted() {
    apply(code(Spec.clarity("keep", "Keep").protect(true)), false);
    Plan plan = deployer().plan(code(), true);
    assertThat(plan.detailedExitCode()).isEqualTo(1);
    long writes = remote.writes();
    Applier.Result r = deployer().apply(plan, OPTIONS, Applier.Progress.NONE);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(remote.writes()).isEqualTo(writes);
    assertThat(remote.workflows).hasSize(1);
  }

  @Test
  void aPartialFailureKeepsWhatSucceededAndAReRunFinishes() throws IOException {
    remote.fail = call -> call.equals("POST wf-03");
    Applier.Result r = apply(many(6), false);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.summary().toString())
        .isEqualTo("5 created, 0 updated, 0 renamed, 0 adopted, 0 deleted, 0 unchanged, 1 failed");
    assertThat(r.problems()).singleElement().asString()
        .startsWith("create wf-03 failed: HTTP 500: POST /workflows: Internal error");
    assertThat(remote.workflows).hasSize(5);
    remote.fail = call -> false;
    Applier.Result again = apply(many(6), false);
    assertThat(again.summary().created()).isEqualTo(1);
    assertThat(again.summary().unchanged()).isEqualTo(5);
    assertThat(remote.workflows).hasSize(6);
  }

  @Test
  void theSummaryIsCountedFromTheJournal() throws IOException {
    apply(code(Spec.clarity("a", "A"), Spec.clarity("b", "B")), false);
    Applier.Result r = apply(code(Spec.clarity("a", "A").param("upscale-1", "scale_factor", 7),
        Spec.clarity("c", "C")), true);
    Path journal;
    try (var files = Files.list(Journal.folder(dir.resolve(".wireform"), "prod"))) {
      journal = files.sorted().reduce((a, b) -> b).orElseThrow();
    }
    List<String> events = new ArrayList<>();
    for (String line : Files.readAllLines(journal)) {
      JsonNode e = Json.parse(line);
      events.add(e.path("event").asText() + " " + e.path("action").asText("") + " "
          + e.path("key").asText(""));
    }
    assertThat(events.subList(1, events.size() - 1))
        .containsExactlyInAnyOrder(
            "intent update a", "done update a", "intent delete b", "done delete b",
            "intent create c", "done create c");
    JsonNode end = Json.parse(Files.readAllLines(journal).get(events.size() - 1));
    assertThat(end.path("updated").asInt()).isEqualTo(r.summary().updated()).isEqualTo(1);
    assertThat(end.path("deleted").asInt()).isEqualTo(r.summary().deleted()).isEqualTo(1);
    assertThat(end.path("created").asInt()).isEqualTo(r.summary().created()).isEqualTo(1);
    assertThat(Files.readString(journal)).doesNotContain("\"nodes\"");
  }

  /** The kill: the journal's tap throws after {@code lines} lines, and nothing runs after it. */
  static final class Kill extends Error {
    Kill() {
      super("simulated kill -9", null, false, false);
    }
  }

  @Test
  void aKillInTheMiddleOfAnApplyThenARerunLeavesExactlyEveryWorkflowOnce() {
    for (int killAt : new int[] {2, 17, 51, 99}) {
      FakeRemote account = new FakeRemote();
      Path wireform = dir.resolve("kill-" + killAt);
      Deployer d = new Deployer(PROD, account, new Normalizer(ParamDefaults.NONE), wireform,
          Clock.systemUTC(), () -> java.util.UUID.randomUUID().toString(), 4);
      Plan plan = d.plan(many(50), false);
      assertThatThrownBy(() -> d.apply(plan, OPTIONS, Applier.Progress.NONE, lines -> {
        if (lines == killAt) {
          throw new Kill();
        }
      })).isInstanceOf(Kill.class);
      assertThat(d.interrupted()).hasSize(1);
      Applier.Result rerun = d.apply(d.plan(many(50), false), OPTIONS, Applier.Progress.NONE);
      assertThat(rerun.exitCode()).as("kill at line %d", killAt).isZero();
      assertThat(account.workflows).as("kill at line %d", killAt).hasSize(50);
      assertThat(d.plan(many(50), false).hasChanges()).isFalse();
    }
  }

  @Test
  void aKilledSavedPlanAppliedAgainConvergesWithoutDuplicates() {
    Deployer d = deployer();
    Plan plan = d.plan(many(20), false);
    assertThatThrownBy(() -> d.apply(plan, OPTIONS, Applier.Progress.NONE, lines -> {
      if (lines == 12) {
        throw new Kill();
      }
    })).isInstanceOf(Kill.class);
    Applier.Result again = d.apply(plan, OPTIONS, Applier.Progress.NONE);
    assertThat(again.exitCode()).isZero();
    assertThat(remote.workflows).hasSize(20);
    assertThat(again.summary().created() + again.summary().unchanged()).isEqualTo(20);
  }

  @Test
  void anEditBetweenPrecheckAndWriteIsRefusedByTheServerAndExitsFour() {
    apply(code(Spec.clarity("a", "A")), false);
    Plan plan = deployer().plan(code(Spec.clarity("a", "A").param("upscale-1", "scale_factor",
        3)), false);
    String id = plan.changes().get(0).id().orElseThrow();
    Applier.Progress editor = new Applier.Progress() {
      @Override
      public void started(Change change) {
        remote.editInCanvas(id, "upscale-1", "scale_factor", 9);
      }

      @Override
      public void finished(Change change, Journal.Outcome outcome, String detail) {}
    };
    Applier.Result r = deployer().apply(plan, OPTIONS, editor);
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(remote.workflows.get(id).body().withArray("nodes").get(1).path("data")
        .path("params").path("scale_factor").asInt()).isEqualTo(9);
  }

  @Test
  void stateAndJournalNeverHoldBodiesOrSecrets() throws IOException {
    apply(code(Spec.clarity("a", "A").param("input-1", "prompt", "CANARY-VALUE")), false);
    try (var files = Files.walk(dir.resolve(".wireform"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain("CANARY-VALUE");
      }
    }
    assertThat(Map.of()).isEmpty();
  }
}
