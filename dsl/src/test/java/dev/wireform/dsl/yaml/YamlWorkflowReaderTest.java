package dev.wireform.dsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Position;
import dev.wireform.dsl.model.Workflow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlWorkflowReaderTest {
  private static final String FILE = "workflows/clarity-upscale.yaml";

  static final String DESIGN_EXAMPLE =
      """
      name: ClarityAI Image Upscaler          # required: the Wireflow workflow name
      description: Upscale an image 2x        # optional
      tags: [upscale]                         # optional user tags
      active: true                            # optional (isActive), default true
      nodes:                                  # required: node id -> node
        input-1:
          type: input:text                    # required: a nodeType known to the catalog
          label: Image URL                    # optional: defaults to the catalog's label
          params: { prompt: "" }              # optional
        upscale-1:
          type: process:clarityai_crystal_upscaler
          label: ClarityAI Upscaler
          params: { scale_factor: 2 }
          inputs:                             # input port -> "node.port" (or a list of them)
            image_url: input-1.prompt
          position: { x: 500, y: 0 }          # optional: auto layout otherwise
      """;

  private final Diagnostics diagnostics = new Diagnostics();

  private Optional<Workflow> read(String yaml) {
    return YamlWorkflowReader.read(FILE, yaml.getBytes(StandardCharsets.UTF_8), diagnostics);
  }

  private List<String> problems(String yaml) {
    read(yaml);
    return Render.all(diagnostics);
  }

  @Test
  void readsTheDesignExample() {
    Workflow wf = read(DESIGN_EXAMPLE).orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(wf.key()).isEqualTo("clarity-upscale");
    assertThat(wf.name()).isEqualTo("ClarityAI Image Upscaler");
    assertThat(wf.description()).isEqualTo("Upscale an image 2x");
    assertThat(wf.tags()).containsExactly("upscale");
    assertThat(wf.active()).isTrue();
    assertThat(wf.renamedFrom()).isEmpty();
    assertThat(wf.adoptId()).isEmpty();
    assertThat(wf.protect()).isEmpty();
    assertThat(wf.nodes())
        .containsExactly(
            Node.builder("input-1", "input:text").label("Image URL").param("prompt", "").build(),
            Node.builder("upscale-1", "process:clarityai_crystal_upscaler")
                .label("ClarityAI Upscaler")
                .param("scale_factor", 2L)
                .input("image_url", new PortRef("input-1", "prompt"))
                .position(new Position(500, 0))
                .build());
  }

  @Test
  void recordsKeyAndValuePositionsUnderJsonPointers() {
    SourceMap map = read(DESIGN_EXAMPLE).orElseThrow().source();

    assertThat(map.file()).isEqualTo(FILE);
    assertThat(map.key("/name")).hasToString(FILE + ":1:1");
    assertThat(map.value("/name")).hasToString(FILE + ":1:7");
    assertThat(map.value("/description")).hasToString(FILE + ":2:14");
    assertThat(map.value("/tags/0")).hasToString(FILE + ":3:8");
    assertThat(map.value("/active")).hasToString(FILE + ":4:9");
    assertThat(map.key("/nodes")).hasToString(FILE + ":5:1");
    assertThat(map.key("/nodes/upscale-1")).hasToString(FILE + ":10:3");
    assertThat(map.key("/nodes/upscale-1/type")).hasToString(FILE + ":11:5");
    assertThat(map.value("/nodes/upscale-1/type")).hasToString(FILE + ":11:11");
    assertThat(map.value("/nodes/upscale-1/label")).hasToString(FILE + ":12:12");
    assertThat(map.key("/nodes/upscale-1/params/scale_factor")).hasToString(FILE + ":13:15");
    assertThat(map.value("/nodes/upscale-1/params/scale_factor")).hasToString(FILE + ":13:29");
    assertThat(map.key("/nodes/upscale-1/inputs/image_url")).hasToString(FILE + ":15:7");
    assertThat(map.value("/nodes/upscale-1/inputs/image_url")).hasToString(FILE + ":15:18");
    assertThat(map.key("/nodes/upscale-1/position")).hasToString(FILE + ":16:5");
    assertThat(map.value("/nodes/input-1/params/prompt")).hasToString(FILE + ":9:23");
    // an unrecorded pointer falls back to its parent
    assertThat(map.key("/nodes/upscale-1/inputs/missing")).hasToString(FILE + ":14:5");
    assertThat(map.lineText(11)).isEqualTo("    type: process:clarityai_crystal_upscaler");
  }

  @Test
  void recordsListInputsNestedParamsAndDeployerFields() {
    String yaml =
        """
        name: Fan-in
        renamedFrom: [old-key]
        adopt: { id: wf_123 }
        protect: true
        nodes:
          merge:
            type: utility:prompt_concat
            params:
              options: { weights: [1, 2.5], mode: fast }
            inputs:
              prompt1:
                - a.text
                - b.text
        """;
    Workflow wf = read(yaml).orElseThrow();
    SourceMap map = wf.source();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(wf.renamedFrom()).containsExactly("old-key");
    assertThat(wf.adoptId()).contains("wf_123");
    assertThat(wf.protect()).contains(true);
    assertThat(wf.node("merge").orElseThrow().inputs())
        .isEqualTo(Map.of("prompt1", List.of(new PortRef("a", "text"), new PortRef("b", "text"))));
    assertThat(map.value("/renamedFrom")).hasToString(FILE + ":2:14");
    assertThat(map.value("/renamedFrom/0")).hasToString(FILE + ":2:15");
    assertThat(map.key("/adopt")).hasToString(FILE + ":3:1");
    assertThat(map.value("/adopt/id")).hasToString(FILE + ":3:14");
    assertThat(map.key("/protect")).hasToString(FILE + ":4:1");
    assertThat(map.key("/nodes/merge/inputs/prompt1")).hasToString(FILE + ":11:7");
    assertThat(map.value("/nodes/merge/inputs/prompt1/0")).hasToString(FILE + ":12:11");
    assertThat(map.value("/nodes/merge/inputs/prompt1/1")).hasToString(FILE + ":13:11");
    assertThat(map.key("/nodes/merge/params/options/weights")).hasToString(FILE + ":9:18");
    assertThat(map.value("/nodes/merge/params/options/weights/1")).hasToString(FILE + ":9:31");
  }

  @Test
  void turnsParamValuesIntoPlainJavaValues() {
    String yaml =
        """
        name: Params
        nodes:
          n:
            type: t
            params:
              text: hello
              quoted: "42"
              integer: 42
              negative: -7
              huge: 123456789012345678901234567890
              decimal: 0.35
              exponent: 1e3
              yes_really: true
              nothing: null
              empty:
              tilde: ~
              list: [a, 1, false]
              map: { z: 1, a: 2, m: 3 }
              block: |
                line one
                line two
        """;
    Map<String, Object> params = read(yaml).orElseThrow().nodes().get(0).params();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(params.get("text")).isEqualTo("hello");
    assertThat(params.get("quoted")).isEqualTo("42");
    assertThat(params.get("integer")).isEqualTo(42L);
    assertThat(params.get("negative")).isEqualTo(-7L);
    assertThat(params.get("huge")).isEqualTo(new BigDecimal("123456789012345678901234567890"));
    assertThat(params.get("decimal")).isEqualTo(new BigDecimal("0.35"));
    assertThat(params.get("exponent")).isEqualTo(new BigDecimal("1e3"));
    assertThat(params.get("yes_really")).isEqualTo(true);
    assertThat(params).containsEntry("nothing", null);
    // YAMLFactory.builder() reads "empty:" as "" unless told otherwise: wireform reads null
    assertThat(params).containsEntry("empty", null);
    assertThat(params).containsEntry("tilde", null);
    assertThat(params.get("list")).isEqualTo(List.of("a", 1L, false));
    assertThat(((Map<?, ?>) params.get("map")).keySet().stream().map(Object::toString))
        .containsExactly("z", "a", "m");
    assertThat(params.get("block")).isEqualTo("line one\nline two\n");
    assertThat(params.keySet())
        .containsExactly(
            "text",
            "quoted",
            "integer",
            "negative",
            "huge",
            "decimal",
            "exponent",
            "yes_really",
            "nothing",
            "empty",
            "tilde",
            "list",
            "map",
            "block");
  }

  @Test
  void defaultsOptionalFields() {
    Workflow wf = read("name: Minimal\nnodes:\n  a:\n    type: input:text\n").orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(wf.description()).isEmpty();
    assertThat(wf.tags()).isEmpty();
    assertThat(wf.active()).isTrue();
    assertThat(wf.nodes().get(0).label()).isEmpty();
    assertThat(wf.nodes().get(0).params()).isEmpty();
    assertThat(wf.nodes().get(0).position()).isEmpty();
  }

  @Test
  void expandsAliasesOfAnchoredValues() {
    String yaml =
        """
        name: Shared
        nodes:
          a:
            type: t
            params: &shared { scale_factor: 4, output_format: webp }
          b:
            type: t
            params: *shared
        """;
    Workflow wf = read(yaml).orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(wf.node("b").orElseThrow().params())
        .isEqualTo(Map.of("scale_factor", 4L, "output_format", "webp"));
    assertThat(wf.source().value("/nodes/b/params")).hasToString(FILE + ":8:13");
  }

  @Test
  void takesTheKeyFromTheFileStem() {
    assertThat(YamlWorkflowReader.key("workflows/clarity-upscale.yaml"))
        .isEqualTo("clarity-upscale");
    assertThat(YamlWorkflowReader.key("a\\b\\x.y.yml")).isEqualTo("x.y");
    assertThat(YamlWorkflowReader.key("plain")).isEqualTo("plain");
  }

  @Test
  void attachesTheSourceLineAsSnippet() {
    read("name: x\nnodes:\n  a:\n    type: t\n    lable: Oops\n");

    Diagnostic d = diagnostics.sorted().get(0);
    assertThat(d.snippet()).isEqualTo("    lable: Oops");
  }

  // ---- reader diagnostics, whole ----

  @Test
  void reportsYamlSyntaxAtItsPosition() {
    assertThat(problems("name: x\nnodes:\n  a: b: c\n"))
        .containsExactly(
            FILE
                + ":3:7: error: [YamlSyntax] invalid YAML: a ':' where no mapping may start (a"
                + " value holding ': ', or a line indented too far)"
                + " | fix: quote a value that contains ': ' (e.g. label: \"a: b\"), or fix this"
                + " line's indentation");
  }

  @Test
  void reportsTabIndentation() {
    assertThat(problems("name: x\nnodes:\n\ta: 1\n"))
        .containsExactly(
            FILE
                + ":3:1: error: [YamlSyntax] invalid YAML: a tab in the indentation"
                + " | fix: indent with spaces: YAML does not allow tabs in indentation");
  }

  @Test
  void reportsAnUnclosedQuote() {
    assertThat(problems("name: \"x\nnodes: {}\n"))
        .containsExactly(
            FILE
                + ":3:1: error: [YamlSyntax] invalid YAML: the file ends inside the quoted string"
                + " that starts at 1:7"
                + " | fix: close the quoted string with the same quote character it starts with");
  }

  @Test
  void reportsASecondDocument() {
    assertThat(problems("name: x\nnodes: {}\n---\nname: y\n"))
        .containsExactly(
            FILE
                + ":4:1: error: [YamlSyntax] the file holds a second YAML document; expected"
                + " exactly one | fix: remove the '---' line and what follows, or move it to its"
                + " own file");
  }

  @Test
  void reportsAnAliasWithoutAnchor() {
    assertThat(problems("name: x\nnodes: {a: {type: t, params: {p: *nope}}}\n"))
        .containsExactly(
            FILE
                + ":2:34: error: [YamlSyntax] alias '*nope' refers to no anchor defined before"
                + " it | fix: define '&nope' on a value above this line, or write the value out");
  }

  @Test
  void reportsEveryDuplicateKeyAtTheSecondOne() {
    String yaml =
        """
        name: x
        nodes:
          a:
            type: t
            params: { p: 1, p: 2 }
          a:
            type: u
        name: y2
        """;
    Optional<Workflow> wf = read(yaml);

    assertThat(Render.all(diagnostics))
        .containsExactly(
            FILE
                + ":5:21: error: [DuplicateKey] key 'p' appears twice in this mapping; the first"
                + " is on line 5 | fix: remove one of the two; YAML keeps only one, so wireform"
                + " refuses to guess which you meant",
            FILE
                + ":6:3: error: [DuplicateKey] key 'a' appears twice in this mapping; the first"
                + " is on line 3 | fix: remove one of the two; YAML keeps only one, so wireform"
                + " refuses to guess which you meant",
            FILE
                + ":8:1: error: [DuplicateKey] key 'name' appears twice in this mapping; the"
                + " first is on line 1 | fix: remove one of the two; YAML keeps only one, so"
                + " wireform refuses to guess which you meant");
    // the first of each pair is kept
    assertThat(wf.orElseThrow().name()).isEqualTo("x");
    assertThat(wf.orElseThrow().nodes().get(0).params()).isEqualTo(Map.of("p", 1L));
  }

  @Test
  void reportsUnknownFieldsWithDidYouMean() {
    String yaml =
        """
        name: x
        nodez: {}
        nodes:
          a:
            type: t
            lable: Oops
            colour: red
        """;
    assertThat(problems(yaml))
        .containsExactly(
            FILE
                + ":2:1: error: [UnknownField] unknown field 'nodez' in the workflow | fix: did"
                + " you mean 'nodes'? Fields of the workflow: name, description, tags, active,"
                + " nodes, renamedFrom, adopt, protect",
            FILE
                + ":6:5: error: [UnknownField] unknown field 'lable' in node 'a' | fix: did you"
                + " mean 'label'? Fields of node 'a': type, label, params, inputs, position",
            FILE
                + ":7:5: error: [UnknownField] unknown field 'colour' in node 'a' | fix: remove"
                + " it; fields of node 'a': type, label, params, inputs, position");
    // unknown fields lose nothing: the workflow is still returned for later checks
    assertThat(read(yaml)).isPresent();
  }

  @Test
  void reportsMissingFields() {
    assertThat(problems("description: no name, no nodes\n"))
        .containsExactly(
            FILE
                + ":1:1: error: [MissingField] the workflow has no 'name' | fix: add 'name: <the"
                + " Wireflow workflow name>'",
            FILE
                + ":1:1: error: [MissingField] the workflow has no 'nodes' | fix: add 'nodes:'"
                + " with one entry per node: <id>: { type: <nodeType> }");
  }

  @Test
  void reportsANodeWithoutType() {
    assertThat(problems("name: x\nnodes:\n  a:\n  b:\n    label: B\n"))
        .containsExactly(
            FILE
                + ":3:3: error: [MissingField] node 'a' has no 'type' | fix: add 'type:"
                + " <nodeType>' indented below it, e.g. type: process:clarityai_crystal_upscaler",
            FILE
                + ":4:3: error: [MissingField] node 'b' has no 'type' | fix: add 'type:"
                + " <nodeType>', e.g. type: process:clarityai_crystal_upscaler");
    assertThat(read("name: x\nnodes:\n  a:\n")).isEmpty();
  }

  @Test
  void reportsAnEmptyFile() {
    assertThat(problems("# nothing but a comment\n"))
        .containsExactly(
            FILE
                + ":1:1: error: [MissingField] the file is empty; expected a workflow with"
                + " 'name' and 'nodes' | fix: start with 'name: <workflow name>' and a 'nodes:'"
                + " mapping of node id to node; see docs/yaml.md");
  }

  @Test
  void reportsADocumentThatIsNotAMapping() {
    assertThat(problems("- name: x\n"))
        .containsExactly(
            FILE
                + ":1:1: error: [InvalidValue] a workflow file must hold a mapping with 'name'"
                + " and 'nodes', found a list | fix: start with 'name: <workflow name>' and a"
                + " 'nodes:' mapping of node id to node; see docs/yaml.md");
  }

  @Test
  void reportsValuesOfTheWrongShape() {
    String yaml =
        """
        name: 2024
        tags: upscale
        active: maybe
        nodes:
          - a
        """;
    assertThat(problems(yaml))
        .containsExactly(
            FILE
                + ":1:7: error: [InvalidValue] 'name' of the workflow must be a string, found"
                + " the number 2024 | fix: quote it: name: \"2024\"",
            FILE
                + ":2:7: error: [InvalidValue] 'tags' of the workflow must be a list of strings,"
                + " found the string 'upscale' | fix: write tags as a list, e.g. tags: [upscale,"
                + " product]",
            FILE
                + ":3:9: error: [InvalidValue] 'active' of the workflow must be true or false,"
                + " found the string 'maybe' | fix: write 'active: true' or 'active: false'",
            FILE
                + ":5:3: error: [InvalidValue] 'nodes' of the workflow must be a mapping of node"
                + " id to node, found a list | fix: write each node as '<id>:' followed by its"
                + " fields indented below, not as a '- ' list item");
  }

  @Test
  void reportsInputsThatAreNotPortReferences() {
    String yaml =
        """
        name: x
        nodes:
          up:
            type: t
            inputs:
              image_url: input-1
              mask: [a.b, 3]
              other: x.y.z
              none: []
              blank:
        """;
    assertThat(problems(yaml))
        .containsExactly(
            FILE
                + ":6:18: error: [InvalidReference] input 'image_url' of node 'up' refers to"
                + " 'input-1', which is not of the form 'node.port' | fix: name the output port"
                + " too: 'input-1.<port>', e.g. input-1.prompt",
            FILE
                + ":7:19: error: [InvalidValue] input 'mask' of node 'up' must be 'node.port' or"
                + " a list of them, found the number 3 | fix: write the source node's id and"
                + " output port, e.g. input-1.prompt",
            FILE
                + ":8:14: error: [InvalidReference] input 'other' of node 'up' refers to"
                + " 'x.y.z', which is not of the form 'node.port' | fix: node ids and port ids"
                + " hold only letters, digits, '_' and '-'; write <node>.<port>, e.g."
                + " input-1.prompt",
            FILE
                + ":9:13: error: [InvalidValue] input 'none' of node 'up' must name at least one"
                + " 'node.port', found an empty list | fix: wire a source, e.g. none:"
                + " [input-1.prompt], or remove the input",
            FILE
                + ":10:13: error: [InvalidValue] input 'blank' of node 'up' must be 'node.port'"
                + " or a list of them, found an empty value | fix: write the source node's id and"
                + " output port, e.g. input-1.prompt");
    assertThat(read(yaml)).isEmpty();
  }

  @Test
  void reportsInvalidNodeIds() {
    assertThat(problems("name: x\nnodes:\n  my node!:\n    type: t\n  \"\":\n    type: t\n"))
        .containsExactly(
            FILE
                + ":3:3: error: [InvalidNodeId] node id 'my node!' holds characters other than"
                + " letters, digits, '_' and '-' | fix: rename it, e.g. 'my-node'; node ids are"
                + " letters, digits, '_' and '-' (a '.' separates node and port)",
            FILE
                + ":5:3: error: [InvalidNodeId] node id is empty | fix: name the node with"
                + " letters, digits, '_' and '-', e.g. 'upscale-1'");
  }

  @Test
  void reportsPositionProblems() {
    String yaml =
        """
        name: x
        nodes:
          a:
            type: t
            position: { x: 1, z: 2 }
          b:
            type: t
            position: { x: left, y: 0 }
        """;
    assertThat(problems(yaml))
        .containsExactly(
            FILE
                + ":5:5: error: [MissingField] 'position' of node 'a' has no 'y' | fix: write"
                + " position: { x: 500, y: 0 }",
            FILE
                + ":5:23: error: [UnknownField] unknown field 'z' in 'position' of node 'a' |"
                + " fix: remove it; fields of 'position' of node 'a': x, y",
            FILE
                + ":8:20: error: [InvalidValue] 'x' of 'position' of node 'b' must be a number,"
                + " found the string 'left' | fix: write a number without quotes, e.g. 500");
  }

  @Test
  void reportsYaml11SurprisesAnywhere() {
    String yaml =
        """
        name: x
        active: yes
        nodes:
          a:
            type: t
            label: off
            params: { country: NO, mode: 0755, n: 1_000, t: 1:20:30, v: 1.10, q: "yes" }
        """;
    Optional<Workflow> wf = read(yaml);

    assertThat(Render.all(diagnostics))
        .containsExactly(
            FILE
                + ":2:9: error: [AmbiguousScalar] unquoted 'yes' is ambiguous: YAML 1.1 reads it"
                + " as the boolean true | fix: write true for a boolean, or quote it ('yes') for a"
                + " string",
            FILE
                + ":6:12: error: [AmbiguousScalar] unquoted 'off' is ambiguous: YAML 1.1 reads"
                + " it as the boolean false | fix: write false for a boolean, or quote it ('off')"
                + " for a string",
            FILE
                + ":7:24: error: [AmbiguousScalar] unquoted 'NO' is ambiguous: YAML 1.1 reads it"
                + " as the boolean false | fix: write false for a boolean, or quote it ('NO') for"
                + " a string",
            FILE
                + ":7:34: error: [AmbiguousScalar] unquoted '0755' is ambiguous: YAML 1.1 reads"
                + " it as the octal number 493 | fix: quote it ('0755') for a string, or write the"
                + " number plainly",
            FILE
                + ":7:43: error: [AmbiguousScalar] unquoted '1_000' is ambiguous: YAML 1.1 reads"
                + " it as the number 1000 | fix: quote it ('1_000') for a string, or write the"
                + " number plainly",
            FILE
                + ":7:53: error: [AmbiguousScalar] unquoted '1:20:30' is ambiguous: YAML 1.1"
                + " reads it as the base-60 number 4830 | fix: quote it ('1:20:30') for a string,"
                + " or write the number plainly",
            FILE
                + ":7:65: error: [AmbiguousScalar] unquoted '1.10' is ambiguous: YAML 1.1 reads"
                + " it as the number 1.1 | fix: quote it ('1.10') for a string, or write the"
                + " number plainly");
    // reported, not silently coerced; a string field keeps the text as written
    assertThat(wf.orElseThrow().nodes().get(0).label()).isEqualTo("off");
  }

  @Test
  void rejectsAFileOverOneMebibyte() {
    byte[] big = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    YamlWorkflowReader.read(FILE, big, diagnostics);

    assertThat(Render.all(diagnostics))
        .containsExactly(
            FILE
                + ": error: [InputTooLarge] the file is 1048577 bytes; wireform reads files of at"
                + " most 1048576 bytes (1 MiB) | fix: split it into several workflow files, or"
                + " remove generated content");
  }

  @Test
  void rejectsNestingDeeperThan64() {
    String deep =
        "name: x\nnodes: {a: {type: t, params: {p: " + "[".repeat(70) + "]".repeat(70) + "}}}\n";
    assertThat(problems(deep))
        .containsExactly(
            FILE
                + ":2:94: error: [InputTooLarge] values are nested more than 64 levels deep here"
                + " | fix: flatten the structure; wireform reads at most 64 levels of nesting");
  }

  @Test
  void rejectsAnAliasBomb() {
    String yaml =
        """
        a: &a [x, x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
        """;
    assertThat(problems(yaml))
        .containsExactly(
            FILE
                + ":4:36: error: [InputTooLarge] aliases expand to more than 10000 values in this"
                + " file | fix: write the values out instead of repeating large anchors through"
                + " aliases");
  }

  @Test
  void rejectsInvalidUtf8WithItsByteOffset() {
    byte[] latin1 = "name: caf\u00e9\nnodes: {}\n".getBytes(StandardCharsets.ISO_8859_1);
    YamlWorkflowReader.read(FILE, latin1, diagnostics);

    assertThat(Render.all(diagnostics))
        .containsExactly(
            FILE
                + ":1:10: error: [InvalidEncoding] the file is not valid UTF-8: byte 0xE9 at byte"
                + " offset 9 cannot start or continue a UTF-8 character | fix: save the file as"
                + " UTF-8 (a Latin-1 or Windows-1252 file must be converted); wireform only reads"
                + " UTF-8 text");
  }

  @Test
  void rejectsBinaryContent() {
    YamlWorkflowReader.read(FILE, new byte[] {'n', 'a', 'm', 'e', ':', '\n', 0, 1, 2}, diagnostics);

    assertThat(Render.all(diagnostics))
        .containsExactly(
            FILE
                + ":2:1: error: [InvalidEncoding] the file holds the control character U+0000 at"
                + " byte offset 6; expected text (is it a binary file?) | fix: remove the"
                + " character; workflow files are plain UTF-8 text");
  }

  @Test
  void rejectsUtf16() {
    byte[] utf16 = "name: x\n".getBytes(StandardCharsets.UTF_16);
    YamlWorkflowReader.read(FILE, utf16, diagnostics);

    assertThat(Render.all(diagnostics))
        .containsExactly(
            FILE
                + ":1:1: error: [InvalidEncoding] the file is UTF-16 encoded (it starts with a"
                + " UTF-16 byte order mark); expected UTF-8 | fix: save the file as UTF-8");
  }

  @Test
  void acceptsAUtf8ByteOrderMark() {
    byte[] bom = "\uFEFFname: x\nnodes: {}\n".getBytes(StandardCharsets.UTF_8);
    assertThat(YamlWorkflowReader.read(FILE, bom, diagnostics)).isPresent();
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void rejectsMergeKeys() {
    String yaml = "name: x\nnodes:\n  a:\n    type: t\n    params: { <<: {p: 1}, q: 2 }\n";
    assertThat(problems(yaml))
        .containsExactly(
            FILE
                + ":5:15: error: [InvalidValue] YAML merge keys ('<<') are not supported; found"
                + " '<<' here | fix: write the merged fields out in full");
  }

  @Test
  void showsAtMost200ProblemsOfAFile() {
    String yaml = "name: x\nnodes: {}\nflags: [" + "y, ".repeat(500) + "y]\n";
    List<String> problems = problems(yaml);

    assertThat(problems).hasSize(201);
    assertThat(problems.get(0)) // a file-wide diagnostic sorts first
        .isEqualTo(
            FILE
                + ": error: [InputTooLarge] the file has 502 problems; only the first 200 are"
                + " shown | fix: fix the problems shown and run again");
  }
}
