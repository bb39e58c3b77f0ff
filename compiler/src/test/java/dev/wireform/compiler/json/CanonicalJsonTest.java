package dev.wireform.compiler.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.compiler.TestCatalog;
import dev.wireform.compiler.Workflows;
import dev.wireform.compiler.graph.WorkflowGraph;
import dev.wireform.compiler.layout.AutoLayout;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.Position;
import dev.wireform.dsl.model.Workflow;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String GUIDE_BODY = "/dev/wireform/compiler/clarity-guide-body.json";
  private static final String EDGE_ID = "input-1.prompt->upscale-1.image_url";

  static String write(Workflow workflow) {
    WorkflowGraph graph = WorkflowGraph.of(workflow, TestCatalog.catalog());
    return CanonicalJson.write(graph, AutoLayout.positions(graph));
  }

  @Test
  void compilesTheClarityGuideWorkflowToTheGuidesBodyApartFromTheEdgeId() throws Exception {
    JsonNode compiled = MAPPER.readTree(write(Workflows.clarityGuide()));
    JsonNode guide;
    try (InputStream in = getClass().getResourceAsStream(GUIDE_BODY)) {
      guide = MAPPER.readTree(in);
    }

    assertThat(compiled.at("/edges/0/id").asText()).isEqualTo(EDGE_ID);
    ((ObjectNode) guide.at("/edges/0")).put("id", EDGE_ID);
    assertThat(compiled).isEqualTo(guide);
  }

  @Test
  void compilesTheClarityGuideWorkflowToTheApprovedCanonicalText() {
    Approvals.verify(write(Workflows.clarityGuide()));
  }

  @Test
  void writesDescriptionTagsAndInactiveOnlyWhenTheyDifferFromWireflowsDefaults() {
    Workflow workflow =
        Workflow.builder("k", "N")
            .description("d")
            .tag("b")
            .tag("a")
            .active(false)
            .node(Node.builder("t", "input:text").build())
            .build();

    assertThat(write(workflow))
        .isEqualTo(
            """
            {
              "name": "N",
              "description": "d",
              "tags": [
                "b",
                "a"
              ],
              "isActive": false,
              "nodes": [
                {
                  "id": "t",
                  "type": "basedNode",
                  "position": {
                    "x": 0,
                    "y": 0
                  },
                  "data": {
                    "label": "Text Input",
                    "nodeType": "input:text",
                    "category": "input",
                    "params": {},
                    "inputs": [],
                    "outputs": [
                      {
                        "id": "prompt",
                        "type": "TEXT",
                        "label": "Text"
                      }
                    ]
                  }
                }
              ],
              "edges": []
            }
            """);
  }

  @Test
  void writesNumbersInTheirShortestExactPlainForm() throws Exception {
    Map<String, Object> numbers = new LinkedHashMap<>();
    numbers.put("a", new BigDecimal("2.50"));
    numbers.put("b", new BigDecimal("1E+3"));
    numbers.put("c", 0.1d);
    numbers.put("d", 7);
    numbers.put("e", 3.0f);
    numbers.put("f", new BigDecimal("-0.000"));
    numbers.put("g", new BigDecimal("123456789012345678901234567890.000000000000000001"));
    Workflow workflow =
        Workflow.builder("k", "N")
            .node(
                Node.builder("m", "input:image")
                    .position(new Position(12.5, -0.0))
                    .param("image_url", "x")
                    .build())
            .node(Node.builder("z", "process:image_merge").param("layout", numbers).build())
            .build();

    String json = flush(write(workflow));

    assertThat(json)
        .contains(
            """
            "position": {
            "x": 12.5,
            "y": 0
            },""")
        .contains(
            """
            "layout": {
            "a": 2.5,
            "b": 1000,
            "c": 0.1,
            "d": 7,
            "e": 3,
            "f": 0,
            "g": 123456789012345678901234567890.000000000000000001
            }""");
  }

  @Test
  void escapesWhatJsonRequiresAndKeepsOtherUnicode() throws Exception {
    String label = "say \"hi\"\\ \n\t\u0001 é 😀 \ud800!";
    Workflow workflow =
        Workflow.builder("k", "N")
            .node(Node.builder("t", "input:text").label(label).build())
            .build();

    String json = write(workflow);

    assertThat(json)
        .contains("\"label\": \"say \\\"hi\\\"\\\\ \\n\\t\\u0001 é 😀 \\ud800!\"");
    assertThat(MAPPER.readTree(json).at("/nodes/0/data/label").asText())
        .isEqualTo(label);
  }

  @Test
  void sortsParamKeysAtEveryDepthAndKeepsListOrderAndNulls() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1L);
    inner.put("a", Arrays.asList(3L, null, "x"));
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("rows", inner);
    layout.put("cols", null);
    Workflow workflow =
        Workflow.builder("k", "N")
            .node(Node.builder("m", "process:image_merge").param("layout", layout).build())
            .build();

    assertThat(flush(write(workflow)))
        .contains(
            """
            "params": {
            "layout": {
            "cols": null,
            "rows": {
            "a": [
            3,
            null,
            "x"
            ],
            "z": 1
            }
            }
            },""");
  }

  /** The text with every line's indentation removed, to compare a part of a document. */
  private static String flush(String json) {
    return json.lines().map(String::strip).collect(java.util.stream.Collectors.joining("\n"));
  }

  @Test
  void refusesAWorkflowTheChecksWouldReject() {
    Workflow workflow =
        Workflow.builder("k", "N").node(Node.builder("m", "process:nope").build()).build();
    WorkflowGraph graph = WorkflowGraph.of(workflow, TestCatalog.catalog());

    assertThatThrownBy(() -> CanonicalJson.write(graph, Map.of("m", new Position(0, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node 'm' has unknown type 'process:nope'");
  }
}
