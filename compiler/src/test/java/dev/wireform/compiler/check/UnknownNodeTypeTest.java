package dev.wireform.compiler.check;

import static dev.wireform.compiler.check.CheckFixture.error;
import static dev.wireform.compiler.check.CheckFixture.fileError;
import static dev.wireform.compiler.check.CheckFixture.located;
import static dev.wireform.compiler.check.CheckFixture.node;
import static dev.wireform.compiler.check.CheckFixture.run;
import static dev.wireform.compiler.check.CheckFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownNodeTypeTest {
  private final Check check = new UnknownNodeType();

  @Test
  void reportsMisspeltTypeAtItsValueAndSuggestsTheClosestType() {
    String line = "    type: process:clarityai_crystal_upscalr";
    var workflow =
        workflow(
            located("/nodes/up/type", 4, line, 5, 11),
            node("up", "process:clarityai_crystal_upscalr"));

    assertThat(run(check, workflow))
        .containsExactly(
            error(
                "UnknownNodeType",
                4,
                11,
                "node 'up' has unknown type 'process:clarityai_crystal_upscalr'",
                "did you mean 'process:clarityai_crystal_upscaler'? Known process types:"
                    + " process:background_removal, process:clarityai_crystal_upscaler,"
                    + " process:image_merge, process:text_to_image, process:transcribe. If"
                    + " Wireflow has 'process:clarityai_crystal_upscalr', declare it in the"
                    + " project's node catalog",
                line));
  }

  @Test
  void listsEveryKnownTypeWhenTheCategoryIsUnknownToo() {
    var workflow = workflow(node("m", "magic"));

    assertThat(run(check, workflow))
        .containsExactly(
            fileError(
                "UnknownNodeType",
                "node 'm' has unknown type 'magic'",
                "Known types: generate:image, input:image, input:text, output:sink,"
                    + " process:background_removal,"
                    + " process:clarityai_crystal_upscaler, process:image_merge,"
                    + " process:text_to_image, process:transcribe. If Wireflow has 'magic',"
                    + " declare it in the project's node catalog"));
  }

  @Test
  void acceptsEveryCatalogType() {
    assertThat(run(check, workflow(node("t", "input:text"), node("i", "input:image")))).isEmpty();
  }
}
