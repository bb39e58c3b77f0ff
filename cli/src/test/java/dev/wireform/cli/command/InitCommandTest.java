package dev.wireform.cli.command;

import static dev.wireform.cli.CliRun.wireform;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @TempDir Path dir;

  @Test
  void scaffoldsProjectFileExampleWorkflowAndGitignore() throws Exception {
    CliRun run = wireform(dir, "init", "--name", "media-pipelines");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            created wireform.yaml
            created workflows/clarity-upscale.yaml
            created .gitignore
            next: wireform validate
            """);
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(dir.resolve("wireform.yaml")))
        .isEqualTo(InitCommand.projectFile("media-pipelines"))
        .contains("\nproject: media-pipelines ");
    assertThat(Files.readString(dir.resolve("workflows/clarity-upscale.yaml")))
        .isEqualTo(InitCommand.EXAMPLE_WORKFLOW);
    assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo(".wireform/\n");
  }

  @Test
  void createsTheNamedFolderAndNamesTheProjectAfterIt() throws Exception {
    CliRun run = wireform(dir, "init", "My Media_Pipelines");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            created My Media_Pipelines/wireform.yaml
            created My Media_Pipelines/workflows/clarity-upscale.yaml
            created My Media_Pipelines/.gitignore
            next: cd My Media_Pipelines && wireform validate
            """);
    assertThat(Files.readString(dir.resolve("My Media_Pipelines/wireform.yaml")))
        .contains("\nproject: my-media-pipelines ");
  }

  @Test
  void appendsToAnExistingGitignoreOnce() throws Exception {
    Files.writeString(dir.resolve(".gitignore"), "target/");

    CliRun run = wireform(dir, "init");

    assertThat(run.out()).contains("updated .gitignore\n");
    assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo("target/\n.wireform/\n");
  }

  @Test
  void leavesAGitignoreThatAlreadyIgnoresStateAlone() throws Exception {
    Files.writeString(dir.resolve(".gitignore"), "/.wireform\n");

    CliRun run = wireform(dir, "init");

    assertThat(run.out()).doesNotContain(".gitignore");
    assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo("/.wireform\n");
  }

  @Test
  void refusesToOverwriteAndWritesNothing() throws Exception {
    Files.writeString(dir.resolve("wireform.yaml"), "project: mine\n");

    CliRun run = wireform(dir, "init");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "error: not creating a project in .: wireform.yaml already exists; init never"
                + " overwrites files (remove them or choose another folder)\n");
    assertThat(Files.readString(dir.resolve("wireform.yaml"))).isEqualTo("project: mine\n");
    assertThat(dir.resolve("workflows")).doesNotExist();
    assertThat(dir.resolve(".gitignore")).doesNotExist();
  }

  @Test
  void invalidNameIsAUsageErrorAndWritesNothing() {
    CliRun run = wireform(dir, "init", "--name", "my project");

    assertThat(run.exitCode()).isEqualTo(64);
    assertThat(run.err())
        .isEqualTo(
            "error: --name 'my project' is not a valid project name: use letters, digits, '.',"
                + " '_' and '-', starting with a letter or digit\n"
                + "Try 'wireform init --help' for more information.\n");
    assertThat(dir.resolve("wireform.yaml")).doesNotExist();
  }

  @Test
  void defaultNameIsASlugOfTheFolderName() {
    assertThat(InitCommand.defaultName(Path.of("/x/My Media_Pipelines!")))
        .isEqualTo("my-media-pipelines");
    assertThat(InitCommand.defaultName(Path.of("/"))).isEqualTo("wireform-project");
    assertThat(InitCommand.defaultName(Path.of("/x/___"))).isEqualTo("wireform-project");
  }
}
