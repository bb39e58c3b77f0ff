package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.FILE;
import static dev.wireform.compiler.check.CheckFixture.located;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.ref;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Severity;
import dev.wireform.dsl.diag.SourcePosition;
import org.junit.jupiter.api.Test;

class UnreachableNodeTest {
  private final Check check = new UnreachableNode();

  @Test
  void warnsAboutNodesNoInputLeadsTo() {
    var workflow =
        workflow(
            located("/nodes/orphan", 9, "  orphan:", 3, 10),
            node("in", "input:image"),
            node("up", "process:clarityai_crystal_upscaler").input("image_url", ref("in.image")),
            node("orphan", "generate:image"),
            node("after", "process:clarityai_crystal_upscaler")
                .input("image_url", ref("orphan.image")));

    assertThat(run(check, workflow))
        .containsExactly(
            new Diagnostic(
                "UnreachableNode",
                Severity.WARNING,
                SourcePosition.file(FILE),
                "node 'after' is not reachable from any input node",
                "wire one of its inputs from a node downstream of an input node, or remove it;"
                    + " input nodes: in",
                ""),
            new Diagnostic(
                "UnreachableNode",
                Severity.WARNING,
                new SourcePosition(FILE, 9, 3),
                "node 'orphan' is not reachable from any input node",
                "wire one of its inputs from a node downstream of an input node, or remove it;"
                    + " input nodes: in",
                "  orphan:"));
  }

  @Test
  void suggestsAnInputNodeWhenTheWorkflowHasNone() {
    var workflow = workflow(node("gen", "generate:image"));

    assertThat(run(check, workflow))
        .extracting(Diagnostic::fix)
        .containsExactly(
            "this workflow has no input node; add one (e.g. input:text or input:image) and wire"
                + " it towards 'gen'");
  }

  @Test
  void staysQuietAboutNodesWiredFromAMissingOrUntypedNode() {
    var workflow =
        workflow(
            node("in", "input:image"),
            node("a", "process:clarityai_crystal_upscaler").input("image_url", ref("typo.image")),
            node("b", "process:clarityai_crystal_upscaler").input("image_url", ref("a.images")),
            node("x", "process:unknown"),
            node("c", "process:clarityai_crystal_upscaler").input("image_url", ref("x.images")));

    assertThat(run(check, workflow)).isEmpty();
  }

  @Test
  void leavesANodeMissingARequiredInputAndWhatItFeedsToMissingRequiredInput() {
    var workflow =
        workflow(
            node("in", "input:text"),
            node("up", "process:clarityai_crystal_upscaler"),
            node("bg", "process:background_removal").input("image", ref("up.images")));

    assertThat(run(check, workflow)).isEmpty();
  }
}
