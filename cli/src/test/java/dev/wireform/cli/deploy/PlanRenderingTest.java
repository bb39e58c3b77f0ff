package dev.wireform.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

/** Approval tests of the three plan renderings, on one plan that holds every kind of change. */
class PlanRenderingTest {
  static final DeployTarget PROD = PlannerTest.PROD;

  /** Every action: create, update (params, label, nodes, rewire, edge), rename, adopt, delete. */
  static Plan showcase() {
    FakeAccount account = new FakeAccount();
    Spec photos = Spec.clarity("product-photos", "Product Photos")
        .node("note", "utility:sticky_note", "Canvas note", Map.of())
        .node("input-2", "input:text", "Fallback URL", Map.of("prompt", "https://x/y.png"));
    account.deployed("wf_photos", photos, PROD);
    account.deployed("wf_bg", Spec.clarity("bg-old", "Background removal"), PROD);
    account.put("wf_legacy", Spec.clarity("x", "Legacy upscaler").tag("team-a").json());
    account.deployed("wf_retired", Spec.clarity("retired", "Retired pipeline"), PROD);
    account.deployed("wf_same", Spec.clarity("steady", "Steady"), PROD);
    account.put("wf_foreign", Spec.clarity("x", "Someone else's").json());

    Spec photosNow = Spec.wf("product-photos", "Product Photos v2")
        .node("input-1", "input:text", "Image URL", Map.of("prompt", ""))
        .node("input-2", "input:text", "Fallback URL", Map.of("prompt", "https://x/y.png"))
        .node("upscale-1", "process:clarityai_crystal_upscaler", "Upscale 4x",
            Map.of("scale_factor", 4, "output_format", "webp"))
        .node("convert-1", "process:format_conversion", "To JPEG", Map.of("format", "jpg"))
        .edge("input-2", "prompt", "upscale-1", "image_url")
        .edge("upscale-1", "images", "convert-1", "image_url");
    List<Spec> code = List.of(
        Spec.clarity("clarity-upscale", "ClarityAI Image Upscaler"),
        photosNow,
        Spec.clarity("bg-removal", "Background removal").renamedFrom("bg-old"),
        Spec.clarity("legacy", "Legacy upscaler").tag("team-a").adopt("wf_legacy"),
        Spec.clarity("steady", "Steady"));
    Normalizer n = new Normalizer(ParamDefaults.NONE);
    List<DesiredWorkflow> desired = new ArrayList<>();
    code.forEach(s -> desired.add(s.desired(PROD)));
    return new Planner(n, () -> "0f1e2d3c-plan").plan(
        PROD, desired, account.list(), account, ContentCache.NONE, true);
  }

  /** Nothing to write, one orphan. */
  static Plan quiet() {
    FakeAccount account = new FakeAccount();
    account.deployed("wf_same", Spec.clarity("steady", "Steady"), PROD);
    account.deployed("wf_left", Spec.clarity("left-behind", "Left behind").protect(true), PROD);
    Normalizer n = new Normalizer(ParamDefaults.NONE);
    return new Planner(n, () -> "quiet-plan").plan(
        PROD, List.of(Spec.clarity("steady", "Steady").desired(PROD)), account.list(), account,
        ContentCache.NONE, false);
  }

  @Test
  void textLikeTerraformPlan() {
    Approvals.verify(new TextPlanRenderer(Ansi.OFF).render(showcase()));
  }

  @Test
  void textWithNothingToDoAndAnOrphan() {
    Approvals.verify(new TextPlanRenderer(Ansi.OFF).render(quiet()));
  }

  @Test
  void colourIsOnlyAddedWhenAnsiIsOn() {
    String plain = new TextPlanRenderer(Ansi.OFF).render(showcase());
    String coloured = new TextPlanRenderer(Ansi.ON).render(showcase());
    assertThat(plain).doesNotContain("\u001b[");
    assertThat(coloured).contains("\u001b[32m+ create\u001b[39m clarity-upscale");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }

  @Test
  void jsonIsVersionedAndHoldsTheBodies() {
    Approvals.verify(PlanJson.write(showcase()), new Options().forFile().withExtension(".json"));
  }

  @Test
  void jsonReadsBackToTheSamePlan() {
    Plan plan = showcase();
    String json = PlanJson.write(plan);
    Plan read = PlanJson.read(json);
    assertThat(PlanJson.write(read)).isEqualTo(json);
    assertThat(read.changes()).hasSameSizeAs(plan.changes());
  }

  @Test
  void markdownForAPullRequestComment() {
    Approvals.verify(
        new MarkdownPlanRenderer("the `plan.json` artifact of this run").render(showcase()),
        new Options().forFile().withExtension(".md"));
  }

  @Test
  void readingAPlanOfAnotherFormatVersionExplainsWhatToDo() {
    ObjectNode tree = PlanJson.toTree(quiet());
    tree.put("formatVersion", 2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlanJson.read(Json.pretty(tree)))
        .hasMessage("plan format version 2 is not supported; this wireform reads version 1:"
            + " make the plan again with this wireform");
  }

  @Test
  void markdownStaysUnderTheCommentLimitHoweverBigThePlan() {
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      List<FieldChange> params = new ArrayList<>();
      for (int p = 0; p < 200; p++) {
        params.add(new FieldChange("params.p" + p,
            java.util.Optional.of(Json.MAPPER.getNodeFactory().textNode("a".repeat(300))),
            java.util.Optional.of(Json.MAPPER.getNodeFactory().textNode("b".repeat(300)))));
      }
      WorkflowDiff diff = new WorkflowDiff(List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of(new NodeChange("n", "input:text", params)), List.of(), List.of(), List.of());
      changes.add(new Change.Update(String.format("wf-%04d", i), "N|<b>".repeat(50), "id" + i,
          "t", Json.object(), java.util.Set.of(), "h", diff));
    }
    Plan plan = new Plan("p", "media", "prod", "embedded", false, changes, List.of());
    String md = new MarkdownPlanRenderer("https://ci.example/run/1#artifacts").render(plan);
    assertThat(md.length()).isLessThan(MarkdownPlanRenderer.LIMIT);
    assertThat(md)
        .startsWith("<!-- wireform-plan:media/prod -->\n")
        .contains("**0 to create · 1000 to update · 0 to rename · 0 to adopt · 0 to delete**")
        .contains("more | | | see the full plan |")
        .contains("more workflows are not shown here: see the full plan._")
        .contains("more lines")
        .doesNotContain("<b>")
        .endsWith("Full plan: https://ci.example/run/1#artifacts.</sub>\n");
  }
}
