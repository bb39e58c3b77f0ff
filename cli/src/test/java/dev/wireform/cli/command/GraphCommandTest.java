package dev.wireform.cli.command;

import static dev.wireform.cli.CliRun.wireform;
import static dev.wireform.cli.command.Projects.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {
  @TempDir Path dir;

  @Test
  void drawsMermaidByDefault() {
    project(dir, "cutout.yaml", Projects.CUTOUT);

    CliRun run = wireform(dir, "graph", "workflows/cutout.yaml");

    assertThat(run.out())
        .isEqualTo(
            """
            ---
            title: "Product cutout"
            ---
            flowchart LR
              n1(["Product photo<br/>photo (input:image)"])
              n2["Background Removal<br/>cutout (process:background_removal)"]
              n3["ClarityAI Upscaler<br/>upscale (process:clarityai_crystal_upscaler)"]
              n1 -->|"image → image_url"| n2
              n2 -->|"image → image_url"| n3
            """);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void drawsDot() {
    project(dir, "clarity-upscale.yaml", Projects.CLARITY);

    CliRun run = wireform(dir, "graph", "workflows/clarity-upscale.yaml", "--format", "dot");

    assertThat(run.out())
        .isEqualTo(
            """
            digraph "clarity-upscale" {
              label="ClarityAI Image Upscaler";
              labelloc=t;
              rankdir=LR;
              node [shape=box];
              "input-1" [label="Image URL\\ninput-1 (input:text)", style=rounded];
              "upscale-1" [label="ClarityAI Upscaler\\nupscale-1 \
            (process:clarityai_crystal_upscaler)"];
              "input-1" -> "upscale-1" [label="prompt → image_url"];
            }
            """);
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void workflowWithErrorsIsNotDrawnAndItsErrorsGoToStandardError() {
    project(dir, "broken.yaml", Projects.BROKEN);

    CliRun run = wireform(dir, "graph", "workflows/broken.yaml");

    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("workflows/broken.yaml:7:29: error: [ParamOutOfRange] ")
        .endsWith("\n2 errors, 0 warnings in 1 file\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void warningsGoToStandardErrorAndTheDrawingToStandardOutput() {
    project(dir, "stray.yaml", Projects.WITH_WARNING);

    CliRun run = wireform(dir, "graph", "workflows/stray.yaml");

    assertThat(run.out()).startsWith("---\ntitle: \"Upscale and a stray poster\"\n");
    assertThat(run.err()).endsWith("\nok: 1 workflow, 1 warning\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void folderOfSeveralWorkflowsIsAUsageError() {
    project(dir, "clarity-upscale.yaml", Projects.CLARITY, "cutout.yaml", Projects.CUTOUT);

    CliRun run = wireform(dir, "graph", "workflows");

    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "error: graph draws one workflow, but 'workflows' holds 2; pass one workflow file\n"
                + "Try 'wireform graph --help' for more information.\n");
    assertThat(run.exitCode()).isEqualTo(64);
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = wireform(dir, "graph", "x.yaml", "--format", "svg");

    assertThat(run.err())
        .startsWith(
            "error: Invalid value for option '--format': expected one of mermaid, dot but was"
                + " 'svg'\n");
    assertThat(run.exitCode()).isEqualTo(64);
  }
}
