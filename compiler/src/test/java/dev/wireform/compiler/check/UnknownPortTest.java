package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.error;
import static dev.wireform.compiler.check.CheckFixture.fileError;
import static dev.wireform.compiler.check.CheckFixture.located;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.ref;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownPortTest {
  private final Check check = new UnknownPort();

  @Test
  void reportsUnknownInputPortAtItsKeyAndSuggestsTheRealOne() {
    String line = "      image: input-1.prompt";
    var workflow =
        workflow(
            located("/nodes/upscale-1/inputs/image", 14, line, 7, 14),
            node("input-1", "input:text"),
            node("upscale-1", "process:clarityai_crystal_upscaler")
                .input("image", ref("input-1.prompt")));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "UnknownPort",
                14,
                7,
                "node 'upscale-1' has no input port 'image'",
                "did you mean 'image_url'? Input ports of process:clarityai_crystal_upscaler:"
                    + " image_url",
                line));
  }

  @Test
  void reportsUnknownOutputPortAtTheReference() {
    String line = "      image_url: input-1.promt";
    var workflow =
        workflow(
            located("/nodes/up/inputs/image_url/0", 9, line, 18, 18),
            node("input-1", "input:text"),
            node("up", "process:clarityai_crystal_upscaler")
                .input("image_url", ref("input-1.promt")));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "UnknownPort",
                9,
                18,
                "node 'input-1' has no output port 'promt'",
                "did you mean 'input-1.prompt'? Output ports of input:text: prompt",
                line));
  }

  @Test
  void saysWhenTheNodeTypeHasNoInputPortsAtAll() {
    var workflow =
        workflow(node("a", "input:text"), node("b", "input:text").input("x", ref("a.prompt")));

    assertThat(run(check, workflow))
        .containsExactly(
            fileError(
                "UnknownPort",
                "node 'b' has no input port 'x'",
                "input:text has no input ports; remove 'x' from 'inputs'"));
  }

  @Test
  void saysWhenTheSourceTypeHasNoOutputPortsAtAll() {
    var workflow =
        workflow(
            node("sink", "output:sink"),
            node("up", "process:clarityai_crystal_upscaler")
                .input("image_url", ref("sink.value")));

    assertThat(run(check, workflow))
        .containsExactly(
            fileError(
                "UnknownPort",
                "node 'sink' has no output port 'value'",
                "output:sink has no output ports; wire another node into 'image_url'"));
  }

  @Test
  void leavesNodesOfUnknownTypeToUnknownNodeType() {
    var workflow =
        workflow(
            node("x", "process:nope").input("whatever", ref("y.out")),
            node("y", "process:nope"),
            node("up", "process:clarityai_crystal_upscaler").input("image_url", ref("x.out")));

    assertThat(run(check, workflow)).isEmpty();
  }
}
