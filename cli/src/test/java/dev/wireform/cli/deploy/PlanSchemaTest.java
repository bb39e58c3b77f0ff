package dev.wireform.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/plan-schema.json} describes exactly what {@code plan --format json} writes. A small
 * validator for the keywords the schema uses (type, const, enum, required, properties,
 * additionalProperties, items, oneOf, $ref, minimum, pattern) checks real plans against it.
 */
class PlanSchemaTest {
  private static final JsonNode SCHEMA = load();

  private static JsonNode load() {
    try {
      return Json.parse(Files.readString(Path.of("../docs/plan-schema.json")));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyKindOfChangeMatchesTheSchema() {
    assertThat(errors(PlanJson.toTree(PlanRenderingTest.showcase()))).isEmpty();
    assertThat(errors(PlanJson.toTree(PlanRenderingTest.quiet()))).isEmpty();
  }

  @Test
  void diagnosticsMatchTheSchema() {
    Plan p = PlanRenderingTest.quiet();
    Plan withErrors = new Plan(p.planId(), p.project(), p.environment(), p.endpoint(), true,
        p.changes(), List.of(Diagnostic.error("ProtectedDelete",
            SourcePosition.file("wireform.yaml"), "protected").withFix("do this")));
    assertThat(errors(PlanJson.toTree(withErrors))).isEmpty();
  }

  @Test
  void theValidatorRejectsWhatTheSchemaDoesNotAllow() {
    ObjectNode plan = PlanJson.toTree(PlanRenderingTest.showcase());
    plan.put("surprise", 1);
    ((ObjectNode) plan.withArray("changes").get(0)).put("action", "explode");
    ((ObjectNode) plan.get("summary")).remove("delete");
    assertThat(errors(plan)).containsExactlyInAnyOrder(
        "/: 'surprise' is not allowed",
        "/changes/0: matches 0 of the oneOf schemas",
        "/summary: 'delete' is required");
  }

  static List<String> errors(JsonNode instance) {
    List<String> out = new ArrayList<>();
    validate(instance, SCHEMA, "/", out);
    return out;
  }

  private static void validate(JsonNode v, JsonNode s, String at, List<String> out) {
    if (s.has("$ref")) {
      String ref = s.get("$ref").asText();
      validate(v, SCHEMA.at(ref.substring(1)), at, out);
    }
    if (s.has("const") && !Json.sorted(s.get("const")).equals(Json.sorted(v))) {
      out.add(at + ": expected " + s.get("const") + ", found " + v);
    }
    if (s.has("enum")) {
      boolean found = false;
      for (JsonNode e : s.get("enum")) {
        found |= e.equals(v);
      }
      if (!found) {
        out.add(at + ": " + v + " is not one of " + s.get("enum"));
      }
    }
    if (s.has("type") && !typeMatches(s.get("type").asText(), v)) {
      out.add(at + ": expected " + s.get("type").asText() + ", found " + v.getNodeType());
      return;
    }
    if (s.has("minimum") && v.isNumber() && v.asLong() < s.get("minimum").asLong()) {
      out.add(at + ": below minimum " + s.get("minimum"));
    }
    if (s.has("pattern") && v.isTextual()
        && !Pattern.compile(s.get("pattern").asText()).matcher(v.asText()).find()) {
      out.add(at + ": '" + v.asText() + "' does not match " + s.get("pattern").asText());
    }
    if (v.isObject()) {
      for (JsonNode r : s.path("required")) {
        if (!v.has(r.asText())) {
          out.add(at + ": '" + r.asText() + "' is required");
        }
      }
      JsonNode props = s.path("properties");
      for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (props.has(f)) {
          validate(v.get(f), props.get(f), at + (at.endsWith("/") ? "" : "/") + f, out);
        } else if (s.path("additionalProperties").isBoolean()
            && !s.get("additionalProperties").asBoolean()) {
          out.add(at + ": '" + f + "' is not allowed");
        }
      }
    }
    if (v.isArray() && s.has("items")) {
      int i = 0;
      for (JsonNode item : v) {
        validate(item, s.get("items"), at + (at.endsWith("/") ? "" : "/") + i++, out);
      }
    }
    if (s.has("oneOf")) {
      int matches = 0;
      for (JsonNode option : s.get("oneOf")) {
        List<String> sub = new ArrayList<>();
        validate(v, option, at, sub);
        matches += sub.isEmpty() ? 1 : 0;
      }
      if (matches != 1) {
        out.add(at + ": matches " + matches + " of the oneOf schemas");
      }
    }
  }

  private static boolean typeMatches(String type, JsonNode v) {
    return switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber();
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "null" -> v.isNull();
      default -> false;
    };
  }
}
