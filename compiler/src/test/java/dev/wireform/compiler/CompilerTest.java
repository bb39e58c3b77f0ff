package dev.wireform.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompilerTest {
  private final Compiler compiler = new Compiler(TestCatalog.catalog());

  @Test
  void compilesAValidProjectSortedByKey() {
    Workflow guide = Workflows.clarityGuide();
    Compilation c = compiler.compile(List.of(Workflows.fanOut(), guide));

    assertThat(c.diagnostics()).isEmpty();
    assertThat(c.hasErrors()).isFalse();
    assertThat(c.workflows())
        .extracting(CompiledWorkflow::key)
        .containsExactly("clarity-upscale", "fan-out");
    assertThat(c.workflows().get(0).source()).isSameAs(guide);
    assertThat(c.workflows().get(0).json())
        .startsWith("{\n  \"name\": \"ClarityAI Image Upscaler\"");
  }

  @Test
  void anUnknownNodeTypeHidesThatNodesPortParamAndReachabilityProblems() {
    Workflow workflow =
        Workflow.builder("k", "N")
            .node(Node.builder("in", "input:image").build())
            .node(
                Node.builder("x", "process:upscalr")
                    .param("whatever", 1L)
                    .input("nope", PortRef.parse("in.image"))
                    .build())
            .node(
                Node.builder("up", "process:clarityai_crystal_upscaler")
                    .input("image_url", PortRef.parse("x.out"))
                    .build())
            .build();

    assertThat(compiler.compile(List.of(workflow)).diagnostics())
        .extracting(Diagnostic::id, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "UnknownNodeType", "node 'x' has unknown type 'process:upscalr'"));
  }

  @Test
  void reportsEveryProblemOfEveryWorkflowSortedByFileAndCompilesTheRest() {
    Workflow broken =
        Workflow.builder("b", "Broken")
            .source(SourceMap.empty("workflows/b.yaml"))
            .node(
                Node.builder("up", "process:clarityai_crystal_upscaler")
                    .param("scale_factor", 99L)
                    .input("image_url", PortRef.parse("missing.image"))
                    .build())
            .build();
    Workflow warned =
        Workflow.builder("a", "Warned")
            .source(SourceMap.empty("workflows/a.yaml"))
            .node(Node.builder("in", "input:text").build())
            .node(Node.builder("gen", "process:text_to_image").build())
            .build();
    Workflow fine = Workflows.clarityGuide();

    Compilation c = compiler.compile(List.of(broken, fine, warned));

    assertThat(c.diagnostics())
        .extracting(d -> d.position().file(), Diagnostic::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("workflows/a.yaml", "MissingRequiredInput"),
            org.assertj.core.groups.Tuple.tuple("workflows/b.yaml", "MissingNodeReference"),
            org.assertj.core.groups.Tuple.tuple("workflows/b.yaml", "ParamOutOfRange"));
    assertThat(c.hasErrors()).isTrue();
    assertThat(c.workflows()).extracting(CompiledWorkflow::key).containsExactly("clarity-upscale");
  }

  @Test
  void aWarningAloneDoesNotStopAWorkflowFromCompiling() {
    Workflow workflow =
        Workflows.clarityGuide().toBuilder()
            .node(Node.builder("sink", "output:sink").build())
            .build();

    Compilation c = compiler.compile(List.of(workflow));

    assertThat(c.diagnostics())
        .extracting(Diagnostic::id, Diagnostic::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "UnreachableNode", dev.wireform.dsl.diag.Severity.WARNING));
    assertThat(c.hasErrors()).isFalse();
    assertThat(c.workflows()).extracting(CompiledWorkflow::key).containsExactly("clarity-upscale");
  }

  @Test
  void aDuplicateKeyStopsBothWorkflows() {
    Workflow yaml = Workflows.clarityGuide().toBuilder().source(SourceMap.empty("a.yaml")).build();
    Workflow java =
        Workflows.clarityGuide().toBuilder()
            .name("Other")
            .source(SourceMap.empty("a.java"))
            .build();

    Compilation c = compiler.compile(List.of(yaml, java));

    assertThat(c.diagnostics())
        .extracting(Diagnostic::id)
        .containsExactly("DuplicateWorkflowKey", "DuplicateWorkflowKey");
    assertThat(c.workflows()).isEmpty();
  }

  @Test
  void compilesNothingToNothing() {
    Compilation c = compiler.compile(List.of());

    assertThat(c.diagnostics()).isEmpty();
    assertThat(c.workflows()).isEmpty();
  }
}
