package dev.wireform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.compiler.Compilation;
import dev.wireform.compiler.Compiler;
import dev.wireform.compiler.DiagnosticFormatter;
import dev.wireform.dsl.Workflows;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.model.Workflow;
import dev.wireform.dsl.project.LoadedProject;
import dev.wireform.dsl.project.ProjectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiler errors in builder-made workflows point at the builder call that caused them. */
class BuilderDiagnosticsTest {
  @TempDir Path tmp;

  @Test
  void reportsACompilerErrorAtTheLineOfTheBuilderCall() {
    int line = here();
    Workflow wf =
        Workflows.workflow("upscale")
            .name("Upscale")
            .node("in", "input:text")
            .node("up", "process:clarityai_crystal_upscaler")
            .param("scale_factor", 32) // line + 6
            .input("image_url", "in", "prompt")
            .build();

    Compilation c = new Compiler(Catalog.builtin()).compile(List.of(wf));

    assertThat(c.diagnostics())
        .extracting(d -> d.id() + " " + d.position())
        .containsExactly("ParamOutOfRange BuilderDiagnosticsTest.java:" + (line + 6));
  }

  @Test
  void reportsACompilerErrorInAProjectsJavaFileWithItsDisplayPathAndSourceLine()
      throws IOException {
    Files.writeString(tmp.resolve("wireform.yaml"), "project: demo\n");
    Files.createDirectories(tmp.resolve("workflows"));
    Files.writeString(
        tmp.resolve("workflows/pipeline.java"),
        """
        import dev.wireform.dsl.*;
        import dev.wireform.dsl.model.Workflow;

        class Pipeline implements WorkflowDefinition {
          public Workflow define() {
            return Workflows.workflow("pipeline")
                .name("Pipeline")
                .node("in", "input:text")
                .node("up", "process:clarityai_crystal_upscaler")
                    .param("scale_factor", 2)
                    .input("image", "in.prompt")
                .build();
          }
        }
        """);

    LoadedProject project = ProjectLoader.load(List.of(), tmp);
    Compilation c = new Compiler(project.catalog()).compile(project.workflows());

    assertThat(project.diagnostics()).isEmpty();
    String unknownPort =
        c.diagnostics().stream()
            .filter(d -> d.id().equals("UnknownPort"))
            .map(new DiagnosticFormatter()::format)
            .findFirst()
            .orElseThrow();
    assertThat(unknownPort)
        .startsWith(
            "workflows/pipeline.java:11: error: [UnknownPort] node 'up' has no input port"
                + " 'image'\n"
                + "            .input(\"image\", \"in.prompt\")\n");
  }

  private static int here() {
    return StackWalker.getInstance().walk(s -> s.skip(1).findFirst()).orElseThrow().getLineNumber();
  }
}
