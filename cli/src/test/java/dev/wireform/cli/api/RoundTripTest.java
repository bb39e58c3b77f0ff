package dev.wireform.cli.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GET then PUT keeps everything a user made in the canvas, byte for byte. */
class RoundTripTest {
  private final Harness h = new Harness();
  private final WireflowClient client = h.client();

  @AfterEach
  void close() throws Exception {
    client.close();
    h.close();
  }

  /** The editable fields, as the server sent them (compact, in order), without the closing brace. */
  private static final String EDITABLE =
      "{\"name\":\"Upscale ✨\",\"description\":\"d\",\"isActive\":true,\"tags\":[\"x\"],"
          + "\"exposedInputs\":[\"input-1\"],\"canvasViewport\":{\"x\":-12.5,\"y\":0,"
          + "\"zoom\":1.10},"
          + "\"nodes\":[{\"id\":\"input-1\",\"type\":\"basedNode\",\"position\":{\"x\":0,"
          + "\"y\":100.50},\"dims\":{\"width\":320,\"height\":180,\"source\":\"measured\"},"
          + "\"data\":{\"label\":\"Image URL\",\"nodeType\":\"input:text\",\"category\":\"input\","
          + "\"params\":{\"prompt\":\"\"},\"config\":{\"prompt\":\"\",\"seed\":12345678901234567890123},"
          + "\"uiColor\":null,\"weights\":[0.30000000000000004,1E-7]}},"
          + "{\"id\":\"note-1\",\"type\":\"stickyNote\",\"position\":{\"x\":5,\"y\":5},"
          + "\"data\":{\"text\":\"remember to check 4x\"}}],"
          + "\"edges\":[{\"id\":\"e1\",\"source\":\"input-1\",\"target\":\"up-1\","
          + "\"sourceHandle\":\"out-prompt\",\"targetHandle\":\"in-image_url\",\"animated\":true}],"
          + "\"futureField\":{\"nested\":[[],{}]}";

  @Test
  void getThenPutLosesNothingTheUserMadeInTheCanvas() throws Exception {
    h.enqueue(
        200,
        "{\"id\":\"w1\",\"createdAt\":\"2026-01-01T00:00:00.000Z\","
            + "\"updatedAt\":\"2026-01-02T00:00:00.000Z\",\"executionCount\":3,"
            + "\"linkPermission\":\"VIEW\",\"webhookUrl\":\"https://x/w\","
            + EDITABLE.substring(1)
            + "}");
    h.enqueue(200, "{\"data\":{\"id\":\"w1\",\"updatedAt\":\"2026-01-03T00:00:00.000Z\"}}");

    RemoteWorkflow got = client.getWorkflow("w1");
    ObjectNode edit = got.editableCopy();
    SavedWorkflow saved = client.updateWorkflow("w1", edit, got.updatedAt().orElseThrow());

    h.take();
    RecordedRequest put = h.take();
    assertThat(put.getBody().readUtf8())
        .isEqualTo(
            EDITABLE.replace("1E-7", "0.0000001")
                + ",\"baseUpdatedAt\":\"2026-01-02T00:00:00.000Z\"}");
    assertThat(saved.workflow().updatedAt()).contains("2026-01-03T00:00:00.000Z");
  }

  @Test
  void theReadDocumentCannotBeChangedThroughItsAccessor() {
    h.enqueue(200, "{\"id\":\"w1\",\"name\":\"N\",\"nodes\":[]}");

    RemoteWorkflow got = client.getWorkflow("w1");
    got.json().put("name", "changed");
    got.editableCopy().put("name", "changed");

    assertThat(got.name()).isEqualTo("N");
  }
}
