package dev.wireform.cli;

import static dev.wireform.cli.CliRun.wireform;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  @Test
  void versionPrintsTheBuildVersionAndExitsZero() {
    CliRun run = wireform(dir, "--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("wireform " + VersionProvider.version() + "\n");
    assertThat(VersionProvider.version()).doesNotContain("$").isNotEqualTo("unknown");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitCode64() {
    CliRun run = wireform(dir, "init", "--frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE).isEqualTo(64);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "error: Unknown option: '--frobnicate'\n"
                + "Try 'wireform init --help' for more information.\n");
  }

  @Test
  void mistypedCommandSuggestsTheNearestOne() {
    CliRun run = wireform(dir, "innit");

    assertThat(run.exitCode()).isEqualTo(64);
    assertThat(run.err())
        .isEqualTo(
            "error: Unmatched argument at index 0: 'innit'\n"
                + "Did you mean: wireform init?\n"
                + "Try 'wireform --help' for more information.\n");
  }

  @Test
  void noCommandPrintsUsageToStandardErrorAndExits64() {
    CliRun run = wireform(dir);

    assertThat(run.exitCode()).isEqualTo(64);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("error: Missing required subcommand\n\nUsage: wireform ")
        .contains("Commands:")
        .contains("  init ");
  }

  @Test
  void helpGoesToStandardOutputAndExitsZero() {
    CliRun run = wireform(dir, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: wireform ").contains("--no-color").contains("64");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void helpIsPlainWithoutATerminalEvenWhenColourIsForcedOff() {
    CliRun forced = wireform(dir, Map.of("CLICOLOR_FORCE", "1"), "--help");
    CliRun noColor = wireform(dir, Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), "--help");

    assertThat(forced.out()).contains("\u001b[");
    assertThat(noColor.out()).doesNotContain("\u001b[");
    assertThat(wireform(dir, Map.of("CLICOLOR_FORCE", "1"), "--no-color", "--help").out())
        .doesNotContain("\u001b[");
  }
}
