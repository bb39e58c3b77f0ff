package dev.wireform.cli.command;

import static dev.wireform.cli.CliRun.wireform;
import static dev.wireform.cli.command.Projects.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.cli.CliRun;
import dev.wireform.compiler.Compiler;
import dev.wireform.dsl.project.LoadedProject;
import dev.wireform.dsl.project.ProjectLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheCompilersJsonForEachWorkflowNamedByItsKey() throws Exception {
    project(dir, "clarity-upscale.yaml", Projects.CLARITY, "cutout.yaml", Projects.CUTOUT);

    CliRun run = wireform(dir, "build", "-o", "out/");

    assertThat(run.out()).isEqualTo("ok: 2 workflows written to out\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(list(dir.resolve("out"))).containsExactly("clarity-upscale.json", "cutout.json");
    LoadedProject loaded = ProjectLoader.load(List.of(), dir);
    String expected =
        new Compiler(loaded.catalog()).compile(loaded.workflows()).workflows().get(0).json();
    assertThat(Files.readString(dir.resolve("out/clarity-upscale.json"))).isEqualTo(expected);
    assertThat(expected).startsWith("{").contains("\"sourceHandle\": \"out-prompt\"");
  }

  @Test
  void buildingTwiceGivesByteIdenticalFiles() throws Exception {
    project(dir, "cutout.yaml", Projects.CUTOUT);

    wireform(dir, "build", "-o", "a");
    wireform(dir, "build", "-o", "b");

    assertThat(Files.readAllBytes(dir.resolve("b/cutout.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("a/cutout.json")));
  }

  @Test
  void anyErrorMeansNoFileAtAllAndExitOne() {
    project(dir, "clarity-upscale.yaml", Projects.CLARITY, "broken.yaml", Projects.BROKEN);

    CliRun run = wireform(dir, "build", "-o", "out");

    assertThat(run.out())
        .startsWith("workflows/broken.yaml:7:29: error: [ParamOutOfRange] ")
        .endsWith("\n2 errors, 0 warnings in 1 file\n");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void warningsAreReportedAndTheFilesWritten() {
    project(dir, "stray.yaml", Projects.WITH_WARNING);

    CliRun run = wireform(dir, "build", "-o", "out");

    assertThat(run.out()).endsWith("\nok: 1 workflow written to out, 1 warning\n");
    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("out/stray.json")).exists();
  }

  @Test
  void jsonFormatPrintsOnlyTheDocument() {
    project(dir, "cutout.yaml", Projects.CUTOUT);

    CliRun run = wireform(dir, "build", "-o", "out", "--format", "json");

    assertThat(run.out())
        .isEqualTo(
            """
            {
              "version": 1,
              "diagnostics": [],
              "summary": {
                "errors": 0,
                "warnings": 0,
                "filesWithDiagnostics": 0,
                "workflows": 1
              }
            }
            """);
    assertThat(dir.resolve("out/cutout.json")).exists();
  }

  @Test
  void outputFolderThatIsAFileIsOneErrorLine() {
    project(dir, "cutout.yaml", Projects.CUTOUT);
    Projects.write(dir.resolve("out"), "I am a file");

    CliRun run = wireform(dir, "build", "-o", "out");

    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "error: cannot write to 'out': it is a file, not a folder; pass a folder to -o\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void outputFolderUnderAFileIsOneErrorLine() {
    project(dir, "cutout.yaml", Projects.CUTOUT);
    Projects.write(dir.resolve("out"), "I am a file");

    CliRun run = wireform(dir, "build", "-o", "out/json");

    assertThat(run.err())
        .isEqualTo(
            "error: cannot create folder 'out/json': part of the path is a file, not a"
                + " folder\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void missingOutputOptionIsAUsageError() {
    CliRun run = wireform(dir, "build");

    assertThat(run.err())
        .isEqualTo(
            "error: Missing required option: '--out=DIR'\n"
                + "Try 'wireform build --help' for more information.\n");
    assertThat(run.exitCode()).isEqualTo(64);
  }

  private static List<String> list(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
