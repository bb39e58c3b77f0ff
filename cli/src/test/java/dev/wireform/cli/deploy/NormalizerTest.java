package dev.wireform.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NormalizerTest {
  private final Normalizer normalizer = new Normalizer(ParamDefaults.NONE);

  private ObjectNode code() {
    return Spec.clarity("clarity", "Clarity").tag("upscale").json();
  }

  /** The code's body as a server would return it: everything server-owned added. */
  private ObjectNode serverCopy() {
    ObjectNode remote = code();
    remote.put("id", "cm1abc");
    remote.put("createdAt", "2026-01-01T00:00:00.000Z");
    remote.put("updatedAt", "2026-01-02T00:00:00.000Z");
    remote.put("webhookId", "whk_1");
    remote.put("webhookUrl", "https://www.wireflow.ai/api/v1/workflow/whk_1/trigger");
    remote.put("executionCount", 12);
    remote.put("isPublished", false);
    for (var n : remote.withArray("nodes")) {
      ObjectNode node = (ObjectNode) n;
      ObjectNode data = (ObjectNode) node.get("data");
      data.putObject("output").put("url", "https://cdn.wireflow.ai/x.png");
      data.put("result", "done");
      data.put("selectedOutput", 0);
      data.put("selectedIndex", 1);
      data.put("isExecuting", false);
      data.put("category", "model");
      data.putArray("inputs").addObject().put("id", "image_url").put("type", "IMAGE");
      node.putObject("dims").put("width", 320).put("height", 200).put("source", "measured");
      node.put("type", "model");
      node.putObject("position").put("x", 77).put("y", 99);
    }
    for (var e : remote.withArray("edges")) {
      ((ObjectNode) e).put("id", "xy-edge-8231");
    }
    return remote;
  }

  @Test
  void serverOwnedFieldsDoNotMakeADifference() {
    assertThat(normalizer.normalize(serverCopy(), Set.of()))
        .isEqualTo(normalizer.normalize(code(), Set.of()));
    assertThat(normalizer.contentHash(serverCopy(), Set.of()))
        .isEqualTo(normalizer.contentHash(code(), Set.of()));
  }

  @Test
  void pinnedPositionsAreComparedAndOthersAreNot() {
    assertThat(normalizer.normalize(serverCopy(), Set.of("upscale-1")))
        .isNotEqualTo(normalizer.normalize(code(), Set.of("upscale-1")));
    assertThat(normalizer.fingerprint(serverCopy())).isEqualTo(normalizer.fingerprint(code()));
  }

  @Test
  void orderOfNodesEdgesAndTagsDoesNotMatter() {
    ObjectNode a = Spec.clarity("c", "C").tag("a").tag("b")
        .node("input-2", "input:text", "Second", Map.of())
        .edge("input-2", "prompt", "upscale-1", "image_url").json();
    ObjectNode b = a.deepCopy();
    reverse(b.withArray("nodes"));
    reverse(b.withArray("edges"));
    reverse(b.withArray("tags"));
    assertThat(normalizer.normalize(b, Set.of())).isEqualTo(normalizer.normalize(a, Set.of()));
  }

  private static void reverse(ArrayNode array) {
    List<com.fasterxml.jackson.databind.JsonNode> items = new java.util.ArrayList<>();
    array.forEach(items::add);
    array.removeAll();
    for (int i = items.size() - 1; i >= 0; i--) {
      array.add(items.get(i));
    }
  }

  @Test
  void numbersCompareByValueNotSpelling() {
    ObjectNode a = code();
    ObjectNode b = code();
    ((ObjectNode) b.withArray("nodes").get(1).get("data").get("params"))
        .put("scale_factor", new java.math.BigDecimal("2.000"));
    assertThat(normalizer.normalize(b, Set.of())).isEqualTo(normalizer.normalize(a, Set.of()));
  }

  @Test
  void configIsMergedUnderParamsAndDefaultsFillGaps() {
    ParamDefaults defaults =
        type -> type.equals("process:clarityai_crystal_upscaler")
            ? Map.of("creativity", Json.MAPPER.getNodeFactory().numberNode(0))
            : Map.of();
    Normalizer withDefaults = new Normalizer(defaults);
    ObjectNode a = code();
    ObjectNode b = code();
    ObjectNode data = (ObjectNode) b.withArray("nodes").get(1).get("data");
    data.remove("params");
    data.putObject("config").put("scale_factor", 2).put("creativity", 0.0);
    assertThat(withDefaults.normalize(b, Set.of()))
        .isEqualTo(withDefaults.normalize(a, Set.of()));
  }

  @Test
  void missingDescriptionAndActiveFlagMeanTheirDefaults() {
    ObjectNode a = code();
    ObjectNode b = code();
    b.remove("description");
    b.remove("isActive");
    assertThat(normalizer.normalize(b, Set.of())).isEqualTo(normalizer.normalize(a, Set.of()));
  }

  @Test
  void fingerprintTagIsIgnoredButOwnershipTagsAreNot() {
    ObjectNode a = code();
    ObjectNode b = code();
    b.withArray("tags").add(Marker.HASH + "0123456789abcdef");
    assertThat(normalizer.normalize(b, Set.of())).isEqualTo(normalizer.normalize(a, Set.of()));
    b.withArray("tags").add(Marker.KEY + "clarity");
    assertThat(normalizer.normalize(b, Set.of())).isNotEqualTo(normalizer.normalize(a, Set.of()));
  }

  @Test
  void normalFormIsTheDocumentedShape() {
    assertThat(Json.canonical(normalizer.normalize(serverCopy(), Set.of("input-1"))))
        .isEqualTo(
            "{\"description\":\"\",\"edges\":[{\"source\":\"input-1\",\"sourceHandle\":"
                + "\"out-prompt\",\"target\":\"upscale-1\",\"targetHandle\":\"in-image_url\"}],"
                + "\"isActive\":true,\"name\":\"Clarity\",\"nodes\":{\"input-1\":{\"label\":"
                + "\"Image URL\",\"nodeType\":\"input:text\",\"params\":{\"prompt\":\"\"},"
                + "\"position\":{\"x\":77,\"y\":99}},\"upscale-1\":{\"label\":"
                + "\"ClarityAI Upscaler\",\"nodeType\":\"process:clarityai_crystal_upscaler\","
                + "\"params\":{\"scale_factor\":2}}},\"tags\":[\"upscale\"]}");
  }
}
