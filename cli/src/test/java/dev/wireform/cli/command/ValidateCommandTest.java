package dev.wireform.cli.command;

import static dev.wireform.cli.CliRun.wireform;
import static dev.wireform.cli.command.Projects.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.cli.CliRun;
import java.nio.file.Path;
import java.util.Map;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void cleanProjectSaysOkAndExitsZero() {
    project(dir, "clarity-upscale.yaml", Projects.CLARITY, "cutout.yaml", Projects.CUTOUT);

    CliRun run = wireform(dir, "validate");

    assertThat(run.out()).isEqualTo("ok: 2 workflows\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void printsEveryErrorSortedThenTheSummaryAndExitsOne() {
    project(dir, "clarity-upscale.yaml", Projects.CLARITY, "broken.yaml", Projects.BROKEN);

    CliRun run = wireform(dir, "validate");

    assertThat(run.out())
        .isEqualTo(
            """
            workflows/broken.yaml:7:29: error: [ParamOutOfRange] param 'scale_factor' of node \
            'upscale-1' is '32', expected a value from 1 to 16
                params: { scale_factor: 32 }
                                        ^
              fix: use a value from 1 to 16 (the default is 2)
              see: docs/errors/ParamOutOfRange.md

            workflows/broken.yaml:9:7: error: [UnknownPort] node 'upscale-1' has no input port \
            'image'
                  image: input-1.prompt
                  ^
              fix: did you mean 'image_url'? Input ports of \
            process:clarityai_crystal_upscaler: image_url
              see: docs/errors/UnknownPort.md

            2 errors, 0 warnings in 1 file
            """);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void warningsAreShownButDoNotFail() {
    project(dir, "stray.yaml", Projects.WITH_WARNING);

    CliRun run = wireform(dir, "validate");

    assertThat(run.out())
        .isEqualTo(
            """
            workflows/stray.yaml:9:3: warning: [UnreachableNode] node 'poster' is not reachable \
            from any input node
              poster:
              ^
              fix: wire one of its inputs from a node downstream of an input node, or remove it; \
            input nodes: input-1
              see: docs/errors/UnreachableNode.md

            ok: 1 workflow, 1 warning
            """);
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void jsonFormatGivesTheVersionedDocument() {
    project(dir, "clarity-upscale.yaml", Projects.CLARITY, "broken.yaml", Projects.BROKEN);

    CliRun run = wireform(dir, "validate", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    Approvals.verify(run.out());
  }

  @Test
  void sarifFormatGivesASarifLog() {
    project(dir, "broken.yaml", Projects.BROKEN, "stray.yaml", Projects.WITH_WARNING);

    CliRun run = wireform(dir, "validate", "--format=sarif");

    assertThat(run.exitCode()).isEqualTo(1);
    Approvals.verify(run.out().replace(dev.wireform.cli.VersionProvider.version(), "VERSION"));
  }

  @Test
  void pathsAreReadRelativeToTheWorkingFolder() {
    project(dir, "clarity-upscale.yaml", Projects.CLARITY, "broken.yaml", Projects.BROKEN);

    CliRun run = wireform(dir.resolve("workflows"), "validate", "clarity-upscale.yaml");

    assertThat(run.out()).isEqualTo("ok: 1 workflow\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void projectOptionReadsAnotherFolder() {
    project(dir.resolve("media"), "clarity-upscale.yaml", Projects.CLARITY);
    Projects.write(dir.resolve("elsewhere/readme.txt"), "not a project");

    CliRun run = wireform(dir.resolve("elsewhere"), "validate", "--project", "../media");

    assertThat(run.out()).isEqualTo("ok: 1 workflow\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void globalOptionsWorkBeforeTheCommandToo() {
    project(dir.resolve("media"), "clarity-upscale.yaml", Projects.CLARITY);

    CliRun run = wireform(dir, "--project", "media", "--no-color", "validate");

    assertThat(run.out()).isEqualTo("ok: 1 workflow\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void missingPathIsAnErrorNamingIt() {
    CliRun run = wireform(dir, "validate", "nope.yaml");

    assertThat(run.out())
        .startsWith("nope.yaml: error: [PathNotFound] ")
        .endsWith("\n1 error, 0 warnings in 1 file\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void noProjectAnywhereIsAnErrorWithAFix() {
    CliRun run = wireform(dir, "validate");

    assertThat(run.out())
        .contains("error: [ProjectNotFound] no wireform.yaml in '" + dir + "'")
        .contains("  fix: run 'wireform init'");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void colourOnlyWhenAllowed() {
    project(dir, "broken.yaml", Projects.BROKEN);
    Map<String, String> forced = Map.of("CLICOLOR_FORCE", "1");

    assertThat(wireform(dir, forced, "validate").out()).contains("\u001b[");
    assertThat(wireform(dir, Map.of(), "validate").out()).doesNotContain("\u001b[");
    assertThat(wireform(dir, Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), "validate").out())
        .doesNotContain("\u001b[");
    assertThat(wireform(dir, forced, "validate", "--no-color").out()).doesNotContain("\u001b[");
    assertThat(wireform(dir, forced, "validate", "--format", "json").out())
        .doesNotContain("\u001b[");
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = wireform(dir, "validate", "--format", "xml");

    assertThat(run.err())
        .isEqualTo(
            "error: Invalid value for option '--format': expected one of text, json,"
                + " sarif but was 'xml'\n"
                + "Try 'wireform validate --help' for more information.\n");
    assertThat(run.exitCode()).isEqualTo(64);
  }
}
