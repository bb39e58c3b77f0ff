package dev.wireform.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code input:*} nodes: pass their value (text, or a media URL) to every output port. */
final class InputNode implements NodeRunner {
  @Override
  public NodeJob.Result run(NodeJob job) {
    String type = job.node().nodeType();
    String value;
    if (type.equals("input:text")) {
      value = job.textParam("prompt", "text", "value").orElse("");
    } else if (type.equals("input:image")) {
      value = job.textParam("image", "imageUrl", "url", "media", "mediaUrl", "value").orElse("");
    } else {
      value = job.textParam("prompt", "text", "image", "imageUrl", "url", "audio", "audioUrl",
          "video", "videoUrl", "value").orElse("");
    }
    Map<String, String> values = new LinkedHashMap<>();
    ObjectNode output = Json.object();
    if (job.outputs().isEmpty()) {
      values.put(type.equals("input:text") ? "prompt" : "image", value);
    }
    for (NodeJob.OutputPort p : job.outputs()) {
      values.put(p.id(), value);
    }
    values.forEach(output::put);
    boolean media = !type.equals("input:text");
    if (media && !value.isEmpty()) {
      output.putArray("images").addObject().put("url", value);
      output.put("url", value);
    } else {
      output.put("text", value);
    }
    return new NodeJob.Result(output, values);
  }
}
