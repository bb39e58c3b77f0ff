package dev.wireform.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.cli.CliRun;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's loop on the examples' own {@code local} environment (endpoint {@code embedded}):
 * deploy the ClarityAI workflow, run it on the bundled 64×48 PNG, download the result. Each
 * command starts its own in-process emulator on the project's {@code .wireform/local} data.
 */
class RunOnEmbeddedTest {
  @TempDir Path dir;
  Path project;
  final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void deployTheExamples() throws Exception {
    project = RunWorld.copyExamples(dir.resolve("examples"));
    Files.copy(RunWorld.examples().resolve("wireform.yaml"), project.resolve("wireform.yaml"));
    CliRun apply = CliRun.wireform(project, "apply", "--auto-approve");
    assertThat(apply.exitCode()).as(apply.toString()).isZero();
    assertThat(apply.out()).contains("+ create clarity-upscale");
  }

  private CliRun wireform(String... args) {
    return RunWorld.wireform(project, RunWorld.instant(waits), Map.of(), args);
  }

  @Test
  void upscalesTheBundledPngToExactlyTwiceItsSizeAndDownloadsIt() throws Exception {
    CliRun r = wireform("run", "clarity-upscale", "--input", "input-1.prompt=images/product.png",
        "--download", "out");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    BufferedImage in = ImageIO.read(project.resolve("images/product.png").toFile());
    Path file = project.resolve("out/upscale-1.png");
    BufferedImage out = ImageIO.read(file.toFile());
    assertThat(out.getWidth()).isEqualTo(2 * in.getWidth());
    assertThat(out.getHeight()).isEqualTo(2 * in.getHeight());
    assertThat(Files.readAllBytes(file)).startsWith(0x89, 'P', 'N', 'G');
    assertThat(r.out()).contains("downloaded:\n  out/upscale-1.png  image/png  128×96  ")
        .contains("  sha256 " + RunCommandTest.sha256(file) + "\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void outputFormatJpgYieldsAJpeg() throws Exception {
    CliRun r = wireform("run", "clarity-upscale", "-i", "input-1=images/product.png",
        "-i", "upscale-1.output_format=jpg", "--download", "out");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Path file = project.resolve("out/upscale-1.jpg");
    assertThat(Files.readAllBytes(file)).startsWith(0xFF, 0xD8, 0xFF);
    BufferedImage out = ImageIO.read(file.toFile());
    assertThat(out.getWidth()).isEqualTo(128);
    assertThat(out.getHeight()).isEqualTo(96);
    assertThat(r.out()).contains("out/upscale-1.jpg  image/jpeg  128×96  ");
  }

  @Test
  void aFinishedRunCanBeReadAndDownloadedByALaterCommand() throws Exception {
    CliRun run = wireform("run", "clarity-upscale", "-i", "input-1=images/product.png",
        "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out())
        .path("executionId").asText();
    CliRun status = wireform("status", id, "--download", "later");
    assertThat(status.exitCode()).as(status.toString()).isZero();
    assertThat(status.out()).startsWith("execution " + id + ": COMPLETED\n");
    assertThat(ImageIO.read(project.resolve("later/upscale-1.png").toFile()).getWidth())
        .isEqualTo(128);
  }

  @Test
  void noWaitIsRefusedBeforeAnythingRunsBecauseTheEmulatorEndsWithTheCommand() {
    CliRun r = wireform("run", "clarity-upscale", "--no-wait", "-i",
        "input-1=images/product.png");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: --no-wait cannot work with environment 'local': its"
        + " endpoint is 'embedded', an emulator inside this command that stops, and ends the run,"
        + " when the command exits; drop --no-wait, or run a standalone emulator and point an"
        + " environment at it (see docs/run.md)\n");
  }

  @Test
  void statusOfAnUnknownExecutionExplainsWhatTheEmbeddedEmulatorKeeps() {
    CliRun r = wireform("status", "cm-not-here");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: no execution 'cm-not-here' in the embedded emulator of"
        + " environment 'local' (data in .wireform/local). An embedded emulator lives only while"
        + " a wireform command runs: it keeps the runs those commands waited for, but a run"
        + " cannot outlive the command that started it. Wait for runs in the same command"
        + " ('wireform run KEY' waits by default), or run a standalone emulator (see"
        + " docs/run.md)\n");
  }
}
