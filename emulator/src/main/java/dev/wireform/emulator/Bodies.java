package dev.wireform.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Reading JSON request bodies, with the 400s for bodies that are not JSON objects. */
final class Bodies {
  /** A body that could not be read; {@link #reply} is the 400 to send. */
  static final class BadBody extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Reply reply;

    BadBody(String message) {
      super(message, null, false, false);
      this.reply = Reply.error(400, message);
    }
  }

  private Bodies() {}

  /** The body as a JSON object; an empty body counts as {@code {}} when {@code emptyOk}. */
  static ObjectNode object(Request r, boolean emptyOk) throws BadBody {
    if (r.body().length == 0 || isBlank(r.body())) {
      if (emptyOk) {
        return Json.object();
      }
      throw new BadBody("Request body is empty; expected a JSON object");
    }
    JsonNode node;
    try {
      node = Json.parse(r.body());
    } catch (IOException e) {
      String detail = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new BadBody("Request body is not valid JSON: " + detail);
    }
    if (!node.isObject()) {
      throw new BadBody("Request body must be a JSON object, found " + kind(node));
    }
    return (ObjectNode) node;
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  static String kind(JsonNode n) {
    if (n.isArray()) {
      return "an array";
    }
    if (n.isTextual()) {
      return "a string";
    }
    if (n.isNumber()) {
      return "a number";
    }
    if (n.isBoolean()) {
      return "a boolean";
    }
    return n.isNull() ? "null" : "a " + n.getNodeType().name().toLowerCase();
  }
}
