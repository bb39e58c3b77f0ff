package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.error;
import static dev.wireform.compiler.check.CheckFixture.located;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.ref;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateSourceTest {
  private final Check check = new DuplicateSource();

  @Test
  void reportsEachRepetitionOfASource() {
    String line = "      images: [a.image, b.image, a.image]";
    var workflow =
        workflow(
            located("/nodes/merge/inputs/images/2", 8, line, 7, 33),
            node("a", "input:image"),
            node("b", "input:image"),
            node("merge", "process:image_merge")
                .input("images", ref("a.image"))
                .input("images", ref("b.image"))
                .input("images", ref("a.image")));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "DuplicateSource",
                8,
                33,
                "input 'images' of node 'merge' lists source 'a.image' twice",
                "remove the repeated 'a.image'",
                line));
  }

  @Test
  void acceptsTheSameSourceInDifferentInputs() {
    var workflow =
        workflow(
            node("a", "input:image"),
            node("merge", "process:image_merge")
                .input("images", ref("a.image"))
                .input("mask", ref("a.image")));

    assertThat(run(check, workflow)).isEmpty();
  }
}
