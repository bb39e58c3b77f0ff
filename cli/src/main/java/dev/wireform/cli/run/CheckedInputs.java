package dev.wireform.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A run's inputs after {@link InputChecker}: the values to send, the local files to upload
 * first, and every problem found (the run must not start when there is one).
 *
 * @param values param values by node id, then param name, in the order given
 * @param uploads local files whose URL becomes the value of their node's param once uploaded
 * @param problems one complete message per bad input, sorted
 */
public record CheckedInputs(
    Map<String, Map<String, JsonNode>> values, List<Upload> uploads, List<String> problems) {
  public CheckedInputs {
    values = Map.copyOf(values);
    uploads = List.copyOf(uploads);
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  /**
   * A local file to upload for {@code nodeId.param}.
   *
   * @param kind what the file feeds, for messages ({@code IMAGE})
   */
  public record Upload(String nodeId, String param, MediaFile file, String kind) {
    public Upload {
      Objects.requireNonNull(nodeId, "nodeId == null");
      Objects.requireNonNull(param, "param == null");
      Objects.requireNonNull(file, "file == null");
      Objects.requireNonNull(kind, "kind == null");
    }

    public String target() {
      return nodeId + "." + param;
    }
  }
}
