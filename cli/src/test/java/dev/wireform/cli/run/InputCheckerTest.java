package dev.wireform.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wireform.dsl.catalog.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCheckerTest {
  /** The ClarityAI guide's graph plus a node of a type the catalog does not know. */
  static final String GRAPH = "{\"name\":\"ClarityAI Image Upscaler\",\"nodes\":["
      + "{\"id\":\"input-1\",\"data\":{\"label\":\"Image URL\",\"nodeType\":\"input:text\","
      + "\"category\":\"input\",\"params\":{\"prompt\":\"\"}}},"
      + "{\"id\":\"upscale-1\",\"data\":{\"label\":\"ClarityAI Upscaler\","
      + "\"nodeType\":\"process:clarityai_crystal_upscaler\",\"params\":{\"scale_factor\":2}}},"
      + "{\"id\":\"custom\",\"data\":{\"nodeType\":\"custom:thing\",\"params\":"
      + "{\"strength\":3,\"fast\":true}}}],"
      + "\"edges\":[{\"source\":\"input-1\",\"target\":\"upscale-1\","
      + "\"sourceHandle\":\"out-prompt\","
      + "\"targetHandle\":\"in-image_url\"}]}";

  @TempDir Path cwd;

  private CheckedInputs check(InputAssignment... a) throws Exception {
    DeployedGraph g = DeployedGraph.of("cm1", new ObjectMapper().readTree(GRAPH));
    return new InputChecker(g, Catalog.builtin(), p -> cwd.resolve(p), "'clarity-upscale'")
        .check(List.of(a));
  }

  @Test
  void convertsCommandLineTextToTheParamsType() throws Exception {
    CheckedInputs c = check(
        InputAssignment.parse("input-1=https://cdn.example.com/a.png"),
        InputAssignment.parse("upscale-1.scale_factor=4"),
        InputAssignment.parse("upscale-1.creativity=0.35"),
        InputAssignment.parse("upscale-1.output_format=webp"),
        InputAssignment.parse("custom.fast=false"));
    assertThat(c.problems()).isEmpty();
    assertThat(c.values().get("input-1").get("prompt").asText())
        .isEqualTo("https://cdn.example.com/a.png");
    assertThat(c.values().get("upscale-1").get("scale_factor").isIntegralNumber()).isTrue();
    assertThat(c.values().get("upscale-1").get("creativity").decimalValue())
        .isEqualByComparingTo("0.35");
    assertThat(c.values().get("custom").get("fast").isBoolean()).isTrue();
    assertThat(c.uploads()).isEmpty();
  }

  @Test
  void aLocalImageBecomesAnUploadOfTheInputsValueParam() throws Exception {
    Files.write(cwd.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    CheckedInputs c = check(InputAssignment.parse("input-1=a.png"));
    assertThat(c.problems()).isEmpty();
    assertThat(c.uploads()).singleElement().satisfies(u -> {
      assertThat(u.target()).isEqualTo("input-1.prompt");
      assertThat(u.file().contentType()).contains("image/png");
      assertThat(u.kind()).isEqualTo("IMAGE");
    });
  }

  @Test
  void fileValuesMustAlreadyHaveTheRightJsonType() throws Exception {
    List<InputAssignment> fromFile = InputAssignment.fromFile("in.json",
        "{\"upscale-1.scale_factor\": \"4\", \"upscale-1.creativity\": 2,"
            + " \"input-1.prompt\": 7}");
    CheckedInputs c = check(fromFile.toArray(InputAssignment[]::new));
    assertThat(c.problems()).containsExactly(
        "in.json 'input-1.prompt': 7 is not a string; prompt takes text",
        "in.json 'upscale-1.creativity': 2 is out of range; creativity takes a number from 0.0"
            + " to 1.0");
  }

  @Test
  void theCommandLineMaySetAParamOnceButWinsOverAFile() throws Exception {
    List<InputAssignment> all = new java.util.ArrayList<>(InputAssignment.fromFile("in.json",
        "{\"upscale-1.scale_factor\": 3}"));
    all.add(InputAssignment.parse("upscale-1.scale_factor=5"));
    all.add(InputAssignment.parse("input-1=https://x.test/a.png"));
    CheckedInputs ok = check(all.toArray(InputAssignment[]::new));
    assertThat(ok.problems()).isEmpty();
    assertThat(ok.values().get("upscale-1").get("scale_factor").asInt()).isEqualTo(5);
    CheckedInputs twice = check(InputAssignment.parse("upscale-1.scale_factor=5"),
        InputAssignment.parse("upscale-1.scale_factor=6"));
    assertThat(twice.problems()).containsExactly("--input 'upscale-1.scale_factor=6':"
        + " upscale-1.scale_factor is already set by --input 'upscale-1.scale_factor=5'");
  }

  @Test
  void aNodeThatIsNotAnInputNeedsAParamName() throws Exception {
    assertThat(check(InputAssignment.parse("upscale-1=4")).problems()).containsExactly(
        "--input 'upscale-1=4': node 'upscale-1' (ClarityAI Upscaler) is not an input node, so"
            + " name the param: --input upscale-1.PARAM=VALUE; params of"
            + " process:clarityai_crystal_upscaler: scale_factor, creativity, output_format");
  }

  @Test
  void aTypeUnknownToTheCatalogTakesTheParamsItAlreadyHas() throws Exception {
    assertThat(check(InputAssignment.parse("custom.strength=4.5"),
        InputAssignment.parse("input-1=https://x.test/a.png")).problems())
        .containsExactly("--input 'custom.strength=4.5': '4.5' is not a whole number; strength"
            + " takes a whole number");
    assertThat(check(InputAssignment.parse("custom.speed=1")).problems()).containsExactly(
        "--input 'custom.speed=1': node 'custom' has type 'custom:thing', which the catalog does"
            + " not describe, and no param 'speed'; its params: strength, fast");
  }

  @Test
  void aUrlNeedsAHost() {
    assertThat(InputChecker.isWebUrl("https://cdn.example.com/a.png")).isTrue();
    assertThat(InputChecker.isWebUrl("https:///a.png")).isFalse();
    assertThat(InputChecker.isWebUrl("ftp://x/a.png")).isFalse();
  }
}
