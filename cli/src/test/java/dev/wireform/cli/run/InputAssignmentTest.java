package dev.wireform.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputAssignmentTest {
  @Test
  void splitsNodeAndParamAtTheLastDotBeforeTheEqualsSign() {
    InputAssignment a = InputAssignment.parse("input-1.prompt=https://x.test/a.b=c.png");
    assertThat(a.nodeId()).isEqualTo("input-1");
    assertThat(a.param()).contains("prompt");
    assertThat(a.value().asText()).isEqualTo("https://x.test/a.b=c.png");
    assertThat(a.fromText()).isTrue();
    InputAssignment dotted = InputAssignment.parse("v1.input.prompt=x");
    assertThat(dotted.nodeId()).isEqualTo("v1.input");
    assertThat(InputAssignment.parse("input-1=photo.png").param()).isEmpty();
  }

  @Test
  void refusesAnArgumentWithoutEqualsOrNames() {
    assertThatThrownBy(() -> InputAssignment.parse("input-1.prompt"))
        .hasMessage("--input 'input-1.prompt': expected NODE.PARAM=VALUE, e.g."
            + " input-1.prompt=https://example.com/a.png");
    assertThatThrownBy(() -> InputAssignment.parse("input-1.=x"))
        .hasMessage("--input 'input-1.=x': expected NODE.PARAM=VALUE with a node id and a param"
            + " name before '='");
  }

  @Test
  void readsTheThreeFileShapesAndTheRunEndpointsWrapper() {
    List<InputAssignment> a = InputAssignment.fromFile("in.json",
        "{\"inputs\": {\"input-1.prompt\": \"a.png\", \"upscale-1\": {\"scale_factor\": 4},"
            + " \"other\": true}}");
    assertThat(a).extracting(InputAssignment::target)
        .containsExactly("input-1.prompt", "upscale-1.scale_factor", "other");
    assertThat(a.get(1).value().isInt()).isTrue();
    assertThat(a.get(1).fromText()).isFalse();
    assertThat(a.get(1).origin()).isEqualTo("in.json 'upscale-1.scale_factor'");
    assertThat(a.get(2).param()).isEqualTo(Optional.empty());
  }

  @Test
  void aBrokenFileIsNamedWithLineAndColumn() {
    assertThatThrownBy(() -> InputAssignment.fromFile("in.json", "{\n  \"a.b\": }"))
        .hasMessageStartingWith("in.json:2:10: not valid JSON: ");
    assertThatThrownBy(() -> InputAssignment.fromFile("in.json", "[]"))
        .hasMessage(
            "in.json: expected a JSON object such as {\"input-1.prompt\": \"https://...\"}");
  }
}
