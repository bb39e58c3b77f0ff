package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An error body in either dialect: {@code {"error": "message", ...extra}} (docs) or {@code
 * {"error": {"type", "message", "code"}, ...extra}} (skill repo); also a top-level {@code
 * message}, plain text, or nothing.
 *
 * @param message the human message, empty if the body had none
 * @param json the parsed body, {@link MissingNode} if it was not JSON
 */
record ErrorBody(String message, Optional<String> type, Optional<String> code, JsonNode json) {
  private static final int MAX_MESSAGE = 500;

  static ErrorBody parse(String text) {
    if (text == null || text.isBlank()) {
      return new ErrorBody("", Optional.empty(), Optional.empty(), MissingNode.getInstance());
    }
    JsonNode json;
    try {
      json = Json.MAPPER.readTree(text);
    } catch (IOException e) {
      return new ErrorBody(
          shorten(text.strip().replaceAll("\\s+", " ")),
          Optional.empty(),
          Optional.empty(),
          MissingNode.getInstance());
    }
    if (json == null || !json.isObject()) {
      return new ErrorBody(
          json == null ? "" : shorten(json.isTextual() ? json.asText() : json.toString()),
          Optional.empty(),
          Optional.empty(),
          json == null ? MissingNode.getInstance() : json);
    }
    JsonNode error = json.get("error");
    if (error != null && error.isObject()) {
      return new ErrorBody(
          shorten(Json.firstText(error, "message").or(() -> Json.text(json, "message")).orElse("")),
          Json.text(error, "type"),
          Json.text(error, "code"),
          json);
    }
    String message =
        Json.text(json, "error").or(() -> Json.text(json, "message")).orElse("");
    return new ErrorBody(shorten(message), Optional.empty(), Json.text(json, "code"), json);
  }

  /** A field from the body's top level, or else from inside its {@code error} object. */
  Optional<JsonNode> field(String name) {
    Optional<JsonNode> top = Json.field(json, name);
    if (top.isPresent()) {
      return top;
    }
    JsonNode error = json.get("error");
    return error != null && error.isObject() ? Json.field(error, name) : Optional.empty();
  }

  Optional<String> text(String name) {
    return field(name).filter(JsonNode::isValueNode).map(JsonNode::asText);
  }

  List<JsonNode> list(String name) {
    List<JsonNode> out = new ArrayList<>();
    field(name).filter(JsonNode::isArray).ifPresent(a -> a.forEach(out::add));
    return out;
  }

  private static String shorten(String s) {
    return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "...";
  }
}
