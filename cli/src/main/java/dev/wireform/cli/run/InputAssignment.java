package dev.wireform.cli.run;

import dev.wireform.cli.output.JsonText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One value for a run: {@code NODE.PARAM=VALUE} from {@code --input}, or an entry of {@code
 * --input-file}. Without a param ({@code NODE=VALUE}) it sets an input node's value param.
 *
 * @param nodeId the node the value is for
 * @param param the param, or empty for an input node's value param
 * @param value the value: text from the command line (converted once its type is known), or
 *     any JSON value from a file
 * @param fromText whether {@code value} is command-line text still to be converted
 * @param origin where it was given, for messages ({@code --input 'a.b=c'}, {@code inputs.json})
 */
public record InputAssignment(
    String nodeId, Optional<String> param, JsonNode value, boolean fromText, String origin) {
  private static final ObjectMapper JSON = JsonText.mapper();

  public InputAssignment {
    Objects.requireNonNull(nodeId, "nodeId == null");
    Objects.requireNonNull(param, "param == null");
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(origin, "origin == null");
  }

  /** {@code upscale-1.scale_factor}, or just the node id when no param was named. */
  public String target() {
    return param.map(p -> nodeId + "." + p).orElse(nodeId);
  }

  /** This value aimed at a named param (once an input node's value param is known). */
  public InputAssignment withParam(String name) {
    return new InputAssignment(nodeId, Optional.of(name), value, fromText, origin);
  }

  /**
   * Parses {@code --input NODE.PARAM=VALUE} (or {@code NODE=VALUE}); the node id is everything
   * before the last '.' of the part before '='.
   *
   * @throws IllegalArgumentException with a message that quotes the argument
   */
  public static InputAssignment parse(String arg) {
    String origin = "--input '" + arg + "'";
    int eq = arg.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException(
          origin + ": expected NODE.PARAM=VALUE, e.g. input-1.prompt=https://example.com/a.png");
    }
    String key = arg.substring(0, eq).strip();
    String value = arg.substring(eq + 1);
    int dot = key.lastIndexOf('.');
    String node = dot < 0 ? key : key.substring(0, dot);
    String param = dot < 0 ? null : key.substring(dot + 1);
    if (node.isEmpty() || (param != null && param.isEmpty())) {
      throw new IllegalArgumentException(
          origin + ": expected NODE.PARAM=VALUE with a node id and a param name before '='");
    }
    return new InputAssignment(
        node, Optional.ofNullable(param), TextNode.valueOf(value), true, origin);
  }

  /**
   * Reads an inputs file: a JSON object of {@code "NODE.PARAM": value}, {@code "NODE": {"PARAM":
   * value}} or {@code "NODE": value} entries, optionally wrapped as {@code {"inputs": {...}}}
   * (the shape of {@code POST /workflows/{id}/run}).
   *
   * @param shown the file as the user named it, for messages
   * @throws IllegalArgumentException when the text is not such an object
   */
  public static List<InputAssignment> fromFile(String shown, String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          shown + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
              + ": not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          shown + ": expected a JSON object such as {\"input-1.prompt\": \"https://...\"}");
    }
    if (root.size() == 1 && root.path("inputs").isObject()) {
      root = root.get("inputs");
    }
    List<InputAssignment> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String key = f.getKey();
      String origin = shown + " '" + key + "'";
      if (f.getValue().isObject() && key.indexOf('.') < 0) {
        for (Iterator<Map.Entry<String, JsonNode>> ps = f.getValue().fields(); ps.hasNext(); ) {
          Map.Entry<String, JsonNode> p = ps.next();
          out.add(
              new InputAssignment(
                  key, Optional.of(p.getKey()), p.getValue(), false,
                  shown + " '" + key + "." + p.getKey() + "'"));
        }
        continue;
      }
      int dot = key.lastIndexOf('.');
      if (key.isEmpty() || dot == 0 || dot == key.length() - 1) {
        throw new IllegalArgumentException(
            origin + ": expected a key NODE.PARAM or NODE, e.g. \"input-1.prompt\"");
      }
      out.add(
          new InputAssignment(
              dot < 0 ? key : key.substring(0, dot),
              dot < 0 ? Optional.empty() : Optional.of(key.substring(dot + 1)),
              f.getValue(),
              false,
              origin));
    }
    return out;
  }
}
