package dev.wireform.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.dsl.diag.Diagnostic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
  static final DeployTarget PROD =
      new DeployTarget("media", "prod", "https://www.wireflow.ai/api/v1", "", false,
          "wireform.yaml");

  private final Normalizer normalizer = new Normalizer(ParamDefaults.NONE);
  private final Planner planner = new Planner(normalizer, () -> "plan-1");
  private final FakeAccount account = new FakeAccount();

  private Plan plan(boolean prune, Spec... specs) {
    return plan(ContentCache.NONE, prune, specs);
  }

  private Plan plan(ContentCache cache, boolean prune, Spec... specs) {
    List<DesiredWorkflow> desired = java.util.Arrays.stream(specs).map(s -> s.desired(PROD))
        .toList();
    return planner.plan(PROD, desired, account.list(), account, cache, prune);
  }

  private static List<String> summary(Plan plan) {
    return plan.changes().stream()
        .map(c -> c.action().word() + " " + c.key() + c.id().map(id -> " " + id).orElse(""))
        .toList();
  }

  private static List<String> errors(Plan plan) {
    return plan.diagnostics().stream()
        .map(d -> d.position() + ": [" + d.id() + "] " + d.message() + " / fix: " + d.fix())
        .toList();
  }

  @Test
  void newWorkflowIsCreatedWithOwnershipTags() {
    Plan plan = plan(false, Spec.clarity("clarity", "Clarity"));
    assertThat(summary(plan)).containsExactly("create clarity");
    Change.Create c = (Change.Create) plan.changes().get(0);
    assertThat(Json.strings(c.body().get("tags")))
        .startsWith("wireform:project=media", "wireform:env=prod", "wireform:key=clarity")
        .anyMatch(t -> t.startsWith("wireform:hash="));
    assertThat(c.idempotencyKey())
        .isEqualTo(Planner.idempotencyKey(PROD, "clarity", c.contentHash(), "plan-1"))
        .startsWith("wireform-");
    assertThat(plan.detailedExitCode()).isEqualTo(2);
  }

  @Test
  void deployedAndUnchangedIsANoOpAndExitsZero() {
    account.deployed("w1", Spec.clarity("clarity", "Clarity"), PROD);
    Plan plan = plan(false, Spec.clarity("clarity", "Clarity"));
    assertThat(summary(plan)).containsExactly("no-op clarity w1");
    assertThat(plan.detailedExitCode()).isZero();
  }

  @Test
  void changedParamIsAnUpdateAgainstTheSeenUpdatedAt() {
    AccountWorkflow r = account.deployed("w1", Spec.clarity("clarity", "Clarity"), PROD);
    Plan plan = plan(false, Spec.clarity("clarity", "Clarity").param("upscale-1",
        "scale_factor", 4));
    assertThat(summary(plan)).containsExactly("update clarity w1");
    Change.Update u = (Change.Update) plan.changes().get(0);
    assertThat(u.baseUpdatedAt()).isEqualTo(r.updatedAt());
    assertThat(u.diff().nodesChanged()).hasSize(1);
  }

  @Test
  void updateKeepsCanvasPositionsOfNodesTheCodeDoesNotPin() {
    ObjectNode body = Spec.clarity("clarity", "Clarity").desired(PROD).body();
    ((ObjectNode) body.withArray("nodes").get(0)).putObject("position").put("x", -40).put("y", 7);
    account.put("w1", body);
    Plan plan = plan(false, Spec.clarity("clarity", "Clarity").param("upscale-1",
        "scale_factor", 4).pin("upscale-1", 900, 100));
    Change.Update u = (Change.Update) plan.changes().get(0);
    assertThat(Json.compact(u.body().withArray("nodes").get(0).get("position")))
        .isEqualTo("{\"x\":-40,\"y\":7}");
    assertThat(Json.compact(u.body().withArray("nodes").get(1).get("position")))
        .isEqualTo("{\"x\":900.0,\"y\":100.0}");
  }

  @Test
  void renamedKeyUpdatesInPlace() {
    account.deployed("w1", Spec.clarity("old-key", "Clarity"), PROD);
    Plan plan = plan(false, Spec.clarity("new-key", "Clarity").renamedFrom("old-key"));
    assertThat(summary(plan)).containsExactly("rename new-key w1");
    Change.Rename r = (Change.Rename) plan.changes().get(0);
    assertThat(r.fromKey()).isEqualTo("old-key");
    assertThat(r.diff().tagsAdded()).containsExactly("wireform:key=new-key");
    assertThat(r.diff().tagsRemoved()).containsExactly("wireform:key=old-key");
    assertThat(plan.detailedExitCode()).isEqualTo(2);
  }

  @Test
  void adoptTakesOverAnUnmanagedWorkflowVisibly() {
    account.put("w9", Spec.clarity("x", "Legacy").tag("team-a").json());
    Plan plan = plan(false, Spec.clarity("legacy", "Legacy").tag("team-a").adopt("w9"));
    assertThat(summary(plan)).containsExactly("adopt legacy w9");
    assertThat(((Change.Adopt) plan.changes().get(0)).diff().tagsAdded())
        .containsExactly("wireform:env=prod", "wireform:key=legacy", "wireform:project=media");
  }

  @Test
  void adoptOfAWorkflowAlreadyOursIsAnOrdinaryNoOp() {
    account.deployed("w9", Spec.clarity("legacy", "Legacy"), PROD);
    Plan plan = plan(false, Spec.clarity("legacy", "Legacy").adopt("w9"));
    assertThat(summary(plan)).containsExactly("no-op legacy w9");
  }

  @Test
  void adoptOfAnotherProjectsWorkflowIsAnError() {
    DeployTarget other = new DeployTarget("other", "prod", "x", "", false, "wireform.yaml");
    account.deployed("w9", Spec.clarity("legacy", "Legacy"), other);
    Plan plan = plan(false, Spec.clarity("legacy", "Legacy").adopt("w9"));
    assertThat(errors(plan))
        .containsExactly(
            "workflows/legacy.yaml: [OwnershipCollision] workflow 'Legacy' (id w9) is managed by"
                + " project 'other', environment 'prod' as key 'legacy'; wireform never takes"
                + " over a workflow another key or project owns / fix: remove adopt: to create a"
                + " new workflow; if that owner no longer manages it, remove its wireform:* tags"
                + " in Wireflow first");
    assertThat(plan.detailedExitCode()).isEqualTo(1);
  }

  @Test
  void adoptOfAMissingIdIsAnError() {
    Plan plan = plan(false, Spec.clarity("legacy", "Legacy").adopt("nope"));
    assertThat(errors(plan))
        .containsExactly(
            "workflows/legacy.yaml: [AdoptTargetMissing] adopt: no workflow with id 'nope' on"
                + " https://www.wireflow.ai/api/v1 / fix: check the id (it is the last part of"
                + " the workflow's URL in Wireflow), or remove adopt: to create a new workflow");
  }

  @Test
  void anotherProjectOrEnvironmentWithTheSameKeyIsNeverTouched() {
    account.deployed("w1", Spec.clarity("clarity", "Clarity"),
        new DeployTarget("other", "prod", "x", "", false, "wireform.yaml"));
    account.deployed("w2", Spec.clarity("clarity", "Clarity"),
        new DeployTarget("media", "pr-12", "x", "pr-12/", false, "wireform.yaml"));
    account.put("w3", Spec.clarity("clarity", "Clarity").json());
    Plan plan = plan(true, Spec.clarity("clarity", "Clarity"));
    assertThat(summary(plan)).containsExactly("create clarity");
    assertThat(account.fetched).isEmpty();
  }

  @Test
  void ownedWorkflowThatLeftTheCodeIsOrphanedWithoutPruneAndDeletedWithIt() {
    account.deployed("w1", Spec.clarity("gone", "Gone"), PROD);
    Plan kept = plan(false);
    assertThat(summary(kept)).containsExactly("orphan gone w1");
    assertThat(kept.detailedExitCode()).isZero();
    Plan pruned = plan(true);
    assertThat(summary(pruned)).containsExactly("delete gone w1");
    assertThat(pruned.detailedExitCode()).isEqualTo(3);
  }

  @Test
  void pruningAProtectedWorkflowIsAnError() {
    account.deployed("w1", Spec.clarity("gone", "Gone").protect(true), PROD);
    assertThat(plan(false).diagnostics()).isEmpty();
    Plan pruned = plan(true);
    assertThat(errors(pruned))
        .containsExactly(
            "wireform.yaml: [ProtectedDelete] workflow key 'gone' ('Gone', id w1) left the code"
                + " but is protected; pruning would delete it / fix: to delete it, bring it back"
                + " with protect: false, apply, then remove it; or run without --prune to leave"
                + " it orphaned");
    assertThat(pruned.detailedExitCode()).isEqualTo(1);
  }

  @Test
  void twoWorkflowsClaimingOneKeyAreAnErrorNotAGuess() {
    account.deployed("w1", Spec.clarity("clarity", "Clarity"), PROD);
    account.deployed("w2", Spec.clarity("clarity", "Clarity"), PROD);
    Plan plan = plan(true, Spec.clarity("clarity", "Clarity"));
    assertThat(errors(plan))
        .containsExactly(
            "workflows/clarity.yaml: [DuplicateOwnedWorkflow] 2 workflows on"
                + " https://www.wireflow.ai/api/v1 claim key 'clarity' of project 'media',"
                + " environment 'prod' (ids w1, w2); wireform will not guess which one is real"
                + " / fix: keep one: delete the others in Wireflow, or remove their wireform:*"
                + " tags to leave them unmanaged");
    assertThat(summary(plan)).isEmpty();
  }

  @Test
  void aWarmCacheSavesTheGetOfAnUnchangedWorkflow() {
    AccountWorkflow r = account.deployed("w1", Spec.clarity("clarity", "Clarity"), PROD);
    Plan cold = plan(false, Spec.clarity("clarity", "Clarity"));
    assertThat(account.fetched).containsExactly("w1");
    String hash = ((Change.NoOp) cold.changes().get(0)).contentHash();
    Map<String, String> cached = new HashMap<>(Map.of("w1@" + r.updatedAt(), hash));
    ContentCache cache = (id, at) -> Optional.ofNullable(cached.get(id + "@" + at));
    Plan warm = plan(cache, false, Spec.clarity("clarity", "Clarity"));
    assertThat(account.fetched).containsExactly("w1");
    assertThat(PlanJson.write(warm)).isEqualTo(PlanJson.write(cold));
  }

  @Test
  void aCacheHitWithOtherContentStillFetchesAndDiffs() {
    AccountWorkflow r = account.deployed("w1", Spec.clarity("clarity", "Clarity"), PROD);
    ContentCache stale = (id, at) -> Optional.of("sha256:not-the-code");
    Plan plan = plan(stale, false, Spec.clarity("clarity", "Clarity"));
    assertThat(account.fetched).containsExactly("w1");
    assertThat(summary(plan)).containsExactly("no-op clarity w1");
    assertThat(r).isNotNull();
  }

  @Test
  void anEditInTheCanvasShowsAsAnUpdateBackToTheCode() {
    ObjectNode edited = Spec.clarity("clarity", "Clarity").desired(PROD).body();
    ((ObjectNode) edited.withArray("nodes").get(1).get("data").get("params"))
        .put("scale_factor", 8);
    account.put("w1", edited);
    Plan plan = plan(false, Spec.clarity("clarity", "Clarity"));
    Change.Update u = (Change.Update) plan.changes().get(0);
    assertThat(u.diff().nodesChanged().get(0).changes().get(0).path())
        .isEqualTo("params.scale_factor");
  }

  @Test
  void reservedTagsAreReported() {
    List<Diagnostic> d =
        Planner.reservedTags("k", List.of("ok", "wireform:key=x"),
            dev.wireform.dsl.diag.SourceMap.empty("workflows/k.yaml"));
    assertThat(d).extracting(Diagnostic::message)
        .containsExactly("workflow 'k' declares tag 'wireform:key=x', but tags starting with"
            + " 'wireform:' are reserved for ownership");
  }

  @Test
  void namePrefixIsAppliedToEveryName() {
    DeployTarget preview =
        new DeployTarget("media", "pr-12", "embedded", "pr-12/", false, "wireform.yaml");
    DesiredWorkflow d = Spec.clarity("clarity", "Clarity").desired(preview);
    assertThat(d.name()).isEqualTo("pr-12/Clarity");
    assertThat(Set.copyOf(Json.strings(d.body().get("tags")))).contains("wireform:env=pr-12");
  }

  @Test
  void creatingANameAnUnmanagedWorkflowAlreadyHasWarnsToAdoptIt() {
    account.put("w7", Spec.clarity("x", "Clarity").json());
    Plan plan = plan(false, Spec.clarity("clarity", "Clarity"));
    assertThat(summary(plan)).containsExactly("create clarity");
    assertThat(errors(plan)).containsExactly(
        "workflows/clarity.yaml: [UnmanagedNameClash] workflow 'clarity' would be created as"
            + " 'Clarity', but an unmanaged workflow of that name already exists (id w7) / fix:"
            + " to take that workflow over instead of creating a second one, add adopt: { id: w7"
            + " }");
    assertThat(plan.hasErrors()).isFalse();
    assertThat(plan.detailedExitCode()).isEqualTo(2);
  }
}
