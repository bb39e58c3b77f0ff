package dev.wireform.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  static String render(DiagnosticsRenderer renderer, DiagnosticReport report) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    renderer.render(report, out);
    out.flush();
    return text.toString();
  }

  @Test
  void writesVersionedDocumentWithEveryDiagnosticAndASummary() {
    Approvals.verify(render(new JsonRenderer(), SampleDiagnostics.mixed()));
  }

  @Test
  void cleanRunHasAnEmptyListAndZeroCounts() throws Exception {
    JsonNode doc =
        new ObjectMapper()
            .readTree(render(new JsonRenderer(), new DiagnosticReport(List.of(), 2)));

    assertThat(doc.toString())
        .isEqualTo(
            "{\"version\":1,\"diagnostics\":[],\"summary\":{\"errors\":0,\"warnings\":0,"
                + "\"filesWithDiagnostics\":0,\"workflows\":2}}");
  }
}
