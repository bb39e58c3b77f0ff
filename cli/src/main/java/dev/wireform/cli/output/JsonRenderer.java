package dev.wireform.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.dsl.diag.Diagnostic;
import java.io.PrintWriter;

/**
 * Diagnostics for scripts. Version 1 of the document:
 *
 * <pre>
 * {"version": 1,
 *  "diagnostics": [{"id", "severity", "file", "line", "column", "message", "fix", "docs"}],
 *  "summary": {"errors", "warnings", "filesWithDiagnostics", "workflows"}}
 * </pre>
 *
 * {@code line} and {@code column} are 1-based, or null when unknown; {@code fix} is null when
 * there is none. Fields are only ever added within a version.
 */
final class JsonRenderer implements DiagnosticsRenderer {
  static final int VERSION = 1;

  @Override
  public void render(DiagnosticReport report, PrintWriter out) {
    ObjectNode doc = JsonText.object();
    doc.put("version", VERSION);
    ArrayNode list = doc.putArray("diagnostics");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode item = list.addObject();
      item.put("id", d.id());
      item.put("severity", d.severity().word());
      item.put("file", d.position().file());
      putPositive(item, "line", d.position().line());
      putPositive(item, "column", d.position().column());
      item.put("message", d.message());
      if (d.fix().isEmpty()) {
        item.putNull("fix");
      } else {
        item.put("fix", d.fix());
      }
      item.put("docs", DiagnosticReport.docsPath(d.id()));
    }
    ObjectNode summary = doc.putObject("summary");
    summary.put("errors", report.errors());
    summary.put("warnings", report.warnings());
    summary.put("filesWithDiagnostics", report.filesWithDiagnostics());
    summary.put("workflows", report.workflows());
    out.print(JsonText.write(doc));
  }

  private static void putPositive(ObjectNode node, String field, int value) {
    if (value > 0) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
