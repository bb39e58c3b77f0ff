package dev.wireform.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.SourcePosition;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Diagnostics as a SARIF 2.1.0 log, for GitHub code scanning and other SARIF readers. One run;
 * one rule per diagnostic ID (its {@code helpUri} is the ID's docs page, relative to the
 * repository root); one result per diagnostic, located by a repository-relative URI.
 */
final class SarifRenderer implements DiagnosticsRenderer {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final String toolVersion;

  SarifRenderer(String toolVersion) {
    this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion == null");
  }

  @Override
  public void render(DiagnosticReport report, PrintWriter out) {
    List<String> ruleIds =
        new ArrayList<>(new TreeSet<>(report.diagnostics().stream().map(Diagnostic::id).toList()));

    ObjectNode log = JsonText.object();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "wireform");
    driver.put("version", toolVersion);
    ArrayNode rules = driver.putArray("rules");
    for (String id : ruleIds) {
      ObjectNode rule = rules.addObject();
      rule.put("id", id);
      rule.put("name", id);
      rule.put("helpUri", DiagnosticReport.docsPath(id));
      rule.putObject("help").put("text", "See " + DiagnosticReport.docsPath(id));
    }
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.id());
      result.put("ruleIndex", ruleIds.indexOf(d.id()));
      result.put("level", d.isError() ? "error" : "warning");
      String text = d.fix().isEmpty() ? d.message() : d.message() + "\nfix: " + d.fix();
      result.putObject("message").put("text", text);
      result.putArray("locations").add(location(d));
      if (!d.fix().isEmpty()) {
        result.putObject("properties").put("fix", d.fix());
      }
    }
    out.print(JsonText.write(log));
  }

  private static ObjectNode location(Diagnostic d) {
    SourcePosition pos = d.position();
    ObjectNode location = JsonText.object();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(pos.file()));
    if (pos.line() > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", pos.line());
      if (pos.column() > 0) {
        region.put("startColumn", pos.column());
      }
      if (!d.snippet().isEmpty()) {
        region.putObject("snippet").put("text", d.snippet());
      }
    }
    return location;
  }

  /** A relative file path as a URI reference: forward slashes, non-ASCII percent-encoded. */
  static String uri(String file) {
    String path = file.replace('\\', '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }
}
