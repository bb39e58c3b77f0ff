package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.error;
import static dev.wireform.compiler.check.CheckFixture.located;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.ref;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TooManySourcesTest {
  private final Check check = new TooManySources();

  @Test
  void reportsTheSecondSourceOfASingleValuedInput() {
    String line = "        - b.image";
    var workflow =
        workflow(
            located("/nodes/up/inputs/image_url/1", 11, line, 11, 11),
            node("a", "input:image"),
            node("b", "input:image"),
            node("up", "process:clarityai_crystal_upscaler")
                .input("image_url", ref("a.image"))
                .input("image_url", ref("b.image")));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "TooManySources",
                11,
                11,
                "input 'image_url' of node 'up' takes one source, found 2: 'a.image', 'b.image'",
                "keep one source, e.g. 'image_url: a.image'; to process each, add one"
                    + " process:clarityai_crystal_upscaler node per source",
                line));
  }

  @Test
  void suggestsKeepingASourceThatExists() {
    String line = "        - b.image";
    var workflow =
        workflow(
            located("/nodes/up/inputs/image_url/1", 11, line, 11, 11),
            node("b", "input:image"),
            node("up", "process:clarityai_crystal_upscaler")
                .input("image_url", ref("gone.image"))
                .input("image_url", ref("b.image")));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "TooManySources",
                11,
                11,
                "input 'image_url' of node 'up' takes one source, found 2: 'gone.image',"
                    + " 'b.image'",
                "keep one source, e.g. 'image_url: b.image'; to process each, add one"
                    + " process:clarityai_crystal_upscaler node per source",
                line));
  }

  @Test
  void acceptsSeveralSourcesIntoAManyInput() {
    var workflow =
        workflow(
            node("a", "input:image"),
            node("b", "input:image"),
            node("merge", "process:image_merge")
                .input("images", ref("a.image"))
                .input("images", ref("b.image")));

    assertThat(run(check, workflow)).isEmpty();
  }

  @Test
  void leavesARepeatedSourceToDuplicateSource() {
    var workflow =
        workflow(
            node("a", "input:image"),
            node("up", "process:clarityai_crystal_upscaler")
                .input("image_url", ref("a.image"))
                .input("image_url", ref("a.image")));

    assertThat(run(check, workflow)).isEmpty();
  }
}
