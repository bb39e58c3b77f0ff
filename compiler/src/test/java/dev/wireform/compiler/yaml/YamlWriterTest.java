package dev.wireform.compiler.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.compiler.Compilation;
import dev.wireform.compiler.Compiler;
import dev.wireform.compiler.TestCatalog;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Position;
import dev.wireform.dsl.model.Workflow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

class YamlWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Workflow pipeline() {
    return Workflow.builder("photos", "Product photos")
        .description("Remove the background, then upscale 4x")
        .tag("product")
        .tag("yes")
        .node(Node.builder("source", "input:image").label("Photo").param("image_url", "").build())
        .node(Node.builder("cutout", "process:background_removal").label("Cut out")
            .input("image", new PortRef("source", "image")).build())
        .node(Node.builder("upscale", "process:clarityai_crystal_upscaler").label("Upscale 4x")
            .param("scale_factor", 4L).param("creativity", new BigDecimal("0.35"))
            .param("output_format", "webp")
            .input("image_url", new PortRef("cutout", "image")).build())
        .build();
  }

  private static String compiled(Workflow w) {
    Compilation c = new Compiler(TestCatalog.catalog()).compile(List.of(w));
    assertThat(c.diagnostics()).isEmpty();
    return c.workflows().get(0).json();
  }

  private static Workflow read(String yaml, String file) {
    Diagnostics d = new Diagnostics();
    Optional<Workflow> w =
        dev.wireform.dsl.yaml.YamlWorkflowReader.read(file, yaml.getBytes(StandardCharsets.UTF_8),
            d);
    assertThat(d.sorted()).isEmpty();
    return w.orElseThrow();
  }

  /** The compiled JSON as a server returns it: ids, timestamps, caches, config, our tags. */
  private static ObjectNode asServerReturnsIt(String json) throws Exception {
    ObjectNode remote = (ObjectNode) MAPPER.readTree(json);
    remote.put("id", "cm1abc");
    remote.put("updatedAt", "2026-01-02T00:00:00.000Z");
    remote.put("executionCount", 4);
    remote.withArray("tags").add("wireform:project=media").add("wireform:hash=abc");
    for (var n : remote.withArray("nodes")) {
      ((ObjectNode) n.get("data")).putObject("output").put("url", "https://cdn/x.png");
      ((ObjectNode) n).putObject("dims").put("width", 200);
      ((ObjectNode) n).put("type", "model");
    }
    return remote;
  }

  @Test
  void importedYamlIsCanonical() throws Exception {
    Workflow imported = YamlWriter.fromWireflow(
        asServerReturnsIt(compiled(pipeline())), "photos", "", Optional.of("cm1abc"));
    Approvals.verify(YamlWriter.write(imported), new Options().forFile().withExtension(".yaml"));
  }

  @Test
  void importThenCompileGivesTheSameJsonByteForByte() throws Exception {
    String original = compiled(pipeline());
    Workflow imported =
        YamlWriter.fromWireflow(asServerReturnsIt(original), "photos", "", Optional.empty());
    String yaml = YamlWriter.write(imported);
    assertThat(compiled(read(yaml, "workflows/photos.yaml"))).isEqualTo(original);
  }

  @Test
  void writingWhatWasReadIsIdempotent() throws Exception {
    String yaml = YamlWriter.write(YamlWriter.fromWireflow(
        asServerReturnsIt(compiled(pipeline())), "photos", "", Optional.of("12345")));
    assertThat(YamlWriter.write(read(yaml, "workflows/photos.yaml"))).isEqualTo(yaml);
  }

  @Test
  void stringsAReaderCouldMisreadAreQuoted() {
    List<String> tricky = List.of("NO", "yes", "Off", "y", "null", "~", "true", "1.10", "0755",
        "1_000", "12:30", "", " lead", "trail ", "a: b", "a #b", "#x", "-x", "@x", "two\nlines",
        "tab\there", "quote\"d", "back\\slash", "ünïcödé", "[list]", "{map}", "*alias", "&anchor",
        "!tag", "%pct", "'single'", "`tick`", "x:", "http://example.com/a?b=c&d", ".inf", "0x1F",
        "a, b (c)", "what?", "x=1", "50%", "it's", "a,b: c", "a ,b");
    Workflow.Builder b = Workflow.builder("t", "Tricky");
    Node.Builder n = Node.builder("n", "input:text");
    for (int i = 0; i < tricky.size(); i++) {
      n.param(String.format("p%02d", i), tricky.get(i));
    }
    Workflow w = b.node(n.build()).build();
    Workflow back = read(YamlWriter.write(w), "workflows/t.yaml");
    assertThat(back.nodes().get(0).params()).isEqualTo(w.nodes().get(0).params());
  }

  @Test
  void nestedParamsListsNumbersAndPositionsRoundTrip() {
    Workflow w = Workflow.builder("n", "Nested").active(false).renamedFrom("old").protect(true)
        .node(Node.builder("r", "video:remotion")
            .param("sceneGraph", Map.of("fps", 30L, "scenes", List.of("a", "b"),
                "audio", Map.of("gain", new BigDecimal("0.5"), "on", true)))
            .param("empty", List.of())
            .param("none", null)
            .position(new Position(120, -40.5))
            .build())
        .build();
    String yaml = YamlWriter.write(w);
    assertThat(yaml).isEqualTo("""
        name: Nested
        active: false
        renamedFrom: [old]
        protect: true
        nodes:
          r:
            type: video:remotion
            params:
              empty: []
              none: null
              sceneGraph: {audio: {gain: 0.5, "on": true}, fps: 30, scenes: [a, b]}
            position: {x: 120, y: -40.5}
        """);
    Workflow back = read(yaml, "workflows/n.yaml");
    assertThat(back.nodes().get(0).params()).isEqualTo(w.nodes().get(0).params());
    assertThat(back.nodes().get(0).position()).isEqualTo(w.nodes().get(0).position());
    assertThat(back.renamedFrom()).containsExactly("old");
    assertThat(back.protect()).contains(true);
    assertThat(back.active()).isFalse();
  }

  @Test
  void namePrefixIsStrippedAndOwnershipTagsDropped() throws Exception {
    ObjectNode json = (ObjectNode) MAPPER.readTree(compiled(pipeline()));
    json.put("name", "pr-12/Product photos");
    json.withArray("tags").add("wireform:key=photos");
    Workflow w = YamlWriter.fromWireflow(json, "photos", "pr-12/", Optional.empty());
    assertThat(w.name()).isEqualTo("Product photos");
    assertThat(w.tags()).containsExactly("product", "yes");
  }

  @Test
  void configIsMergedUnderParams() throws Exception {
    ObjectNode json = (ObjectNode) MAPPER.readTree(compiled(pipeline()));
    ObjectNode data = (ObjectNode) json.withArray("nodes").get(1).get("data");
    data.putObject("config").put("image_url", "https://x/y.png").put("mediaType", "IMAGE");
    Workflow w = YamlWriter.fromWireflow(json, "photos", "", Optional.empty());
    assertThat(w.node("source").orElseThrow().params())
        .isEqualTo(Map.of("image_url", "", "mediaType", "IMAGE"));
  }

  @Test
  void whatTheYamlCannotHoldIsRefusedByName() throws Exception {
    ObjectNode json = (ObjectNode) MAPPER.readTree(compiled(pipeline()));
    ((ObjectNode) json.withArray("nodes").get(0)).put("id", "node.1");
    assertThatThrownBy(() -> YamlWriter.fromWireflow(json, "p", "", Optional.empty()))
        .isInstanceOf(YamlWriter.UnsupportedWorkflowException.class)
        .hasMessage("node id 'node.1' holds characters other than letters, digits, '_' and '-'");

    ObjectNode sticky = (ObjectNode) MAPPER.readTree(compiled(pipeline()));
    ((ObjectNode) sticky.withArray("nodes").get(0)).put("type", "stickyNote");
    assertThatThrownBy(() -> YamlWriter.fromWireflow(sticky, "p", "", Optional.empty()))
        .hasMessage("node 'cutout' is a 'stickyNote' node, which the YAML format cannot hold");

    ObjectNode handles = (ObjectNode) MAPPER.readTree(compiled(pipeline()));
    ((ObjectNode) handles.withArray("edges").get(0)).put("targetHandle", "image");
    assertThatThrownBy(() -> YamlWriter.fromWireflow(handles, "p", "", Optional.empty()))
        .hasMessage("edge 'cutout.image->upscale.image_url' has handle 'image'; the YAML format"
            + " needs 'in-<port>'");
  }
}
