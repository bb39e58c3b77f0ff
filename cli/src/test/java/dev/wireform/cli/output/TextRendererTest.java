package dev.wireform.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.compiler.DiagnosticFormatter;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.SourcePosition;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private static String render(DiagnosticReport report, boolean color) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    new TextRenderer(Palette.of(color)).render(report, out);
    out.flush();
    return text.toString();
  }

  @Test
  void rendersTheDesignShapeSortedByFileLineAndColumn() {
    assertThat(render(SampleDiagnostics.mixed(), false))
        .isEqualTo(
            """
            workflows/clarity-upscale.yaml:12:30: error: [ParamOutOfRange] param 'scale_factor' \
            of node 'upscale-1' is 32, expected 1 to 16
                params: { scale_factor: 32 }
                                         ^
              fix: use a scale_factor from 1 to 16
              see: docs/errors/ParamOutOfRange.md

            workflows/clarity-upscale.yaml:14:7: error: [UnknownPort] node 'upscale-1' has no \
            input port 'image'
                  image: input-1.prompt
                  ^
              fix: did you mean 'image_url'? Input ports of \
            process:clarityai_crystal_upscaler: image_url
              see: docs/errors/UnknownPort.md

            workflows/empty.yaml: error: [EmptyWorkflow] workflow 'empty' has no nodes
              fix: declare at least one node under 'nodes:'
              see: docs/errors/EmptyWorkflow.md

            workflows/product photos.yaml:20:3: warning: [UnreachableNode] node 'convert-2' is \
            not reachable from any input node
              convert-2:
              ^
              see: docs/errors/UnreachableNode.md

            3 errors, 1 warning in 3 files
            """);
  }

  @Test
  void plainTextIsExactlyTheCompilersDiagnosticFormat() {
    DiagnosticReport report = SampleDiagnostics.mixed();
    String expected = "";
    for (Diagnostic d : report.diagnostics()) {
      expected += new DiagnosticFormatter().format(d) + "\n";
    }

    assertThat(render(report, false)).isEqualTo(expected + report.summary() + "\n");
  }

  @Test
  void colourChangesNothingButEscapes() {
    for (Diagnostic d : SampleDiagnostics.mixed().diagnostics()) {
      String colored = new TextRenderer(Palette.of(true)).format(d);
      assertThat(colored).contains("\u001b[");
      assertThat(colored.replaceAll("\u001b\\[[0-9;]*m", ""))
          .isEqualTo(new DiagnosticFormatter().format(d));
    }
  }

  @Test
  void caretKeepsTheTabsOfTheSourceLine() {
    Diagnostic tabbed =
        Diagnostic.error("YamlSyntax", new SourcePosition("a.yaml", 2, 4), "tab in indentation")
            .withSnippet("\t\tx: 1");

    assertThat(render(new DiagnosticReport(List.of(tabbed), 1), false))
        .startsWith("a.yaml:2:4: error: [YamlSyntax] tab in indentation\n\t\tx: 1\n\t\t ^\n");
  }

  @Test
  void cleanRunSaysOkWithTheWorkflowCount() {
    assertThat(render(new DiagnosticReport(List.of(), 4), false)).isEqualTo("ok: 4 workflows\n");
    assertThat(render(new DiagnosticReport(List.of(), 1), false)).isEqualTo("ok: 1 workflow\n");
  }

  @Test
  void warningsAloneStillSayOk() {
    assertThat(render(new DiagnosticReport(List.of(SampleDiagnostics.UNREACHABLE), 2), false))
        .endsWith("\nok: 2 workflows, 1 warning\n");
  }

  @Test
  void colourMarksLocationSeverityCaretAndSummary() {
    String colored = render(new DiagnosticReport(List.of(SampleDiagnostics.UNKNOWN_PORT), 1), true);

    assertThat(colored)
        .startsWith(
            "\u001b[1mworkflows/clarity-upscale.yaml:14:7:\u001b[0m"
                + " \u001b[1m\u001b[31merror:\u001b[0m [UnknownPort] ")
        .contains("      \u001b[1m\u001b[32m^\u001b[0m\n")
        .endsWith("\u001b[1m\u001b[31m1 error, 0 warnings in 1 file\u001b[0m\n");
    assertThat(colored.replaceAll("\u001b\\[[0-9;]*m", ""))
        .isEqualTo(render(new DiagnosticReport(List.of(SampleDiagnostics.UNKNOWN_PORT), 1), false));
  }
}
