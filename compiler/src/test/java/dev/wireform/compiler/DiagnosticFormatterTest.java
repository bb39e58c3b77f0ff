package dev.wireform.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticFormatterTest {
  private final DiagnosticFormatter formatter = new DiagnosticFormatter();

  @Test
  void rendersTheDesignShapeWithSnippetCaretFixAndDocsLink() {
    Diagnostic d =
        Diagnostic.error(
                "UnknownPort",
                new SourcePosition("workflows/clarity-upscale.yaml", 14, 7),
                "node 'upscale-1' has no input port 'image'")
            .withFix(
                "did you mean 'image_url'? Input ports of process:clarityai_crystal_upscaler:"
                    + " image_url")
            .withSnippet("      image: input-1.prompt");

    assertThat(formatter.format(d))
        .isEqualTo(
            """
            workflows/clarity-upscale.yaml:14:7: error: [UnknownPort] node 'upscale-1' has no \
            input port 'image'
                  image: input-1.prompt
                  ^
              fix: did you mean 'image_url'? Input ports of \
            process:clarityai_crystal_upscaler: image_url
              see: docs/errors/UnknownPort.md
            """);
  }

  @Test
  void leavesOutSnippetAndFixLinesItDoesNotHave() {
    Diagnostic d =
        Diagnostic.warning("UnreachableNode", SourcePosition.file("w.yaml"), "node 'x' is lost");

    assertThat(formatter.format(d))
        .isEqualTo(
            """
            w.yaml: warning: [UnreachableNode] node 'x' is lost
              see: docs/errors/UnreachableNode.md
            """);
  }

  @Test
  void showsTheLineButNoCaretWhenOnlyTheLineIsKnown() {
    Diagnostic d =
        Diagnostic.error("Cycle", new SourcePosition("Flows.java", 12, 0), "m")
            .withSnippet("    .node(a)");

    assertThat(formatter.format(d))
        .isEqualTo(
            """
            Flows.java:12: error: [Cycle] m
                .node(a)
              see: docs/errors/Cycle.md
            """);
  }

  @Test
  void keepsTabsSoTheCaretLinesUp() {
    Diagnostic d =
        Diagnostic.error("X", new SourcePosition("f", 1, 4), "m").withSnippet("\t\tab: c");

    assertThat(formatter.format(d)).contains("\t\tab: c\n\t\t ^\n");
  }

  @Test
  void formatsSeveralInTheirOrder() {
    Diagnostic a = Diagnostic.error("A", SourcePosition.file("a"), "1");
    Diagnostic b = Diagnostic.error("B", SourcePosition.file("b"), "2");

    assertThat(formatter.format(List.of(b, a)))
        .isEqualTo(
            "b: error: [B] 2\n  see: docs/errors/B.md\na: error: [A] 1\n  see: docs/errors/A.md\n");
  }
}
