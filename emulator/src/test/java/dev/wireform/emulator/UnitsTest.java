package dev.wireform.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small pieces: graph order, loopback policy, multipart, execute-body merging. */
class UnitsTest {
  @Test
  void topologicalOrderFollowsEdgesThenDeclarationOrder() throws Exception {
    Graph g = Graph.of(Json.MAPPER.readTree("{\"nodes\":[{\"id\":\"c\"},{\"id\":\"a\"},"
        + "{\"id\":\"b\"}],\"edges\":[{\"source\":\"b\",\"target\":\"c\"},"
        + "{\"source\":\"a\",\"target\":\"b\"},{\"source\":\"ghost\",\"target\":\"a\"}]}"));

    assertThat(g.topologicalOrder()).extracting(Graph.GraphNode::id).containsExactly("a", "b", "c");
  }

  @Test
  void aCycleNamesItsNodes() throws Exception {
    Graph g = Graph.of(Json.MAPPER.readTree("{\"nodes\":[{\"id\":\"x\"},{\"id\":\"a\"},"
        + "{\"id\":\"b\"},{\"id\":\"c\"}],\"edges\":[{\"source\":\"x\",\"target\":\"a\"},"
        + "{\"source\":\"a\",\"target\":\"b\"},{\"source\":\"b\",\"target\":\"c\"},"
        + "{\"source\":\"c\",\"target\":\"a\"}]}"));

    assertThatThrownBy(g::topologicalOrder).isInstanceOf(Graph.CycleException.class)
        .hasMessage("cycle: a -> b -> c -> a");
  }

  @Test
  void onlyLiteralLoopbackHostsAreTrusted() {
    assertThat(ImageIo.isLoopback("127.0.0.1")).isTrue();
    assertThat(ImageIo.isLoopback("127.8.9.10")).isTrue();
    assertThat(ImageIo.isLoopback("localhost")).isTrue();
    assertThat(ImageIo.isLoopback("[::1]")).isTrue();
    assertThat(ImageIo.isLoopback("127.0.0.1.nip.io")).isFalse();
    assertThat(ImageIo.isLoopback("10.0.0.1")).isFalse();
    assertThat(ImageIo.isLoopback("example.com")).isFalse();
    assertThat(ImageIo.isLoopback(null)).isFalse();
  }

  @Test
  void fileUrlsAreRefusedWhenListeningBeyondLoopback(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    ImageIo io = new ImageIo(new MediaStore(dir, "http://127.0.0.1:1"), 100, false);

    assertThatThrownBy(() -> io.fetch("file:///etc/hostname")).isInstanceOf(NodeFailure.class)
        .hasMessage("cannot read 'file:///etc/hostname': file: URLs are read only when the"
            + " emulator listens on a loopback interface; upload the file with POST"
            + " /media/upload instead");
  }

  @Test
  void multipartFindsTheFilePart() {
    String body = "--B\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
        + "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a b.png\"\r\n"
        + "Content-Type: image/png\r\n\r\nBYTES\r\n--B--\r\n";

    List<Multipart.Part> parts =
        Multipart.parse(body.getBytes(StandardCharsets.ISO_8859_1), "B");

    assertThat(parts).hasSize(2);
    assertThat(parts.get(1).name()).isEqualTo("file");
    assertThat(parts.get(1).filename()).isEqualTo("a b.png");
    assertThat(parts.get(1).contentType()).isEqualTo("image/png");
    assertThat(new String(parts.get(1).body(), StandardCharsets.ISO_8859_1)).isEqualTo("BYTES");
    assertThat(Multipart.boundary("multipart/form-data; boundary=\"B\"")).contains("B");
    assertThat(MediaStore.safeName("../../etc/pass wd")).isEqualTo("pass_wd");
  }

  @Test
  void aFullExecuteBodyReplacesNodesByIdAndAPartialOneOverridesParams() throws Exception {
    ObjectNode stored = (ObjectNode) Json.MAPPER.readTree("{\"id\":\"w\",\"nodes\":["
        + "{\"id\":\"in\",\"data\":{\"nodeType\":\"input:text\",\"params\":{\"prompt\":\"\","
        + "\"keep\":1}}}],\"edges\":[{\"id\":\"e1\",\"source\":\"in\",\"target\":\"x\"}]}");

    ExecutionEndpoints.mergeGraph(stored, (ObjectNode) Json.MAPPER.readTree("{\"nodes\":["
        + "{\"id\":\"in\",\"data\":{\"params\":{\"prompt\":\"hi\"}}},"
        + "{\"id\":\"x\",\"data\":{\"nodeType\":\"llm:openrouter_router\"}}],"
        + "\"edges\":[{\"id\":\"e1\",\"source\":\"in\",\"target\":\"x\"}]}"));

    assertThat(stored.toString()).isEqualTo("{\"id\":\"w\",\"nodes\":[{\"id\":\"in\",\"data\":"
        + "{\"nodeType\":\"input:text\",\"params\":{\"prompt\":\"hi\",\"keep\":1}}},"
        + "{\"id\":\"x\",\"data\":{\"nodeType\":\"llm:openrouter_router\"}}],"
        + "\"edges\":[{\"id\":\"e1\",\"source\":\"in\",\"target\":\"x\"}]}");
  }
}
