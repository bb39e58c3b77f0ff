package dev.wireform.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorMainTest {
  @Test
  void parsesEveryOption(@TempDir Path dir) throws Exception {
    Emulator e = EmulatorMain.parse(List.of("--port", "0", "--data-dir", dir.toString(),
        "--plan", "starter", "--exec-rate=20", "--credits", "5", "--fail-rate", "0.1",
        "--drop-rate=0.2", "--latency-ms", "30", "--seed", "9", "--api-key", "sk-ci",
        "--admin-key", "sk-admin", "--node-delay-ms", "0", "--no-lint")).build();

    assertThat(e.port).isZero();
    assertThat(e.dataDir).contains(dir);
    assertThat(e.requestsPerMinute).isEqualTo(20);
    assertThat(e.executionsPerMinute).isEqualTo(20);
    assertThat(e.credits).isEqualTo(5);
    assertThat(e.faults).isEqualTo(new Faults(0.1, 0.2, java.time.Duration.ofMillis(30), 9));
    assertThat(e.apiKeys.get(0).key()).isEqualTo("sk-ci");
    assertThat(e.adminKey).contains("sk-admin");
    assertThat(e.lint).isFalse();
    assertThat(EmulatorMain.parse(List.of("--rate", "600")).build().requestsPerMinute)
        .isEqualTo(600);
  }

  @Test
  void badOptionsSayWhatIsWrong() {
    assertThatThrownBy(() -> EmulatorMain.parse(List.of("--prot", "1")))
        .hasMessage("unknown option '--prot'");
    assertThatThrownBy(() -> EmulatorMain.parse(List.of("--port")))
        .hasMessage("option '--port' needs a value");
    assertThatThrownBy(() -> EmulatorMain.parse(List.of("--port", "http")))
        .hasMessage("option '--port' needs a whole number, found 'http'");
    assertThatThrownBy(() -> EmulatorMain.parse(List.of("--fail-rate", "1.5")))
        .hasMessage("failRate must be between 0 and 1, found 1.5");
    assertThatThrownBy(() -> EmulatorMain.parse(List.of("--plan", "gold")))
        .hasMessage("unknown plan 'gold'; expected one of: free, starter, pro, enterprise");
    assertThatThrownBy(() -> EmulatorMain.parse(List.of("--api-key", "abc")))
        .hasMessage("API key 'cli' must start with 'sk-' or 'wf_live_' and hold no spaces");
  }

  @Test
  void runPrintsAGeneratedKeyInFull(@TempDir Path dir) throws Exception {
    String text = runAndStop("--port", "0", "--data-dir", dir.toString());

    String key = Http.MAPPER.readTree(dir.resolve("keys.json").toFile()).get("keys").get(0)
        .get("key").asText();
    assertThat(text).startsWith("wireform emulator listening on http://127.0.0.1:")
        .contains("  limits:    60 requests/min, 10 executions/min")
        .contains("  API key:   " + key + "  (generated; kept in "
            + dir.toAbsolutePath().resolve("keys.json") + ")")
        .contains("export WIREFLOW_API_KEY=" + key)
        .doesNotContain(Http.MAPPER.readTree(dir.resolve("keys.json").toFile())
            .get("adminKey").asText())
        .endsWith("Press Ctrl+C to stop." + System.lineSeparator());
  }

  @Test
  void aConfiguredKeyIsNeverPrinted(@TempDir Path dir) {
    String text = runAndStop("--port", "0", "--data-dir", dir.toString(),
        "--api-key", "sk-local-secret-value");

    assertThat(text).contains("  API key:   sk-loca…alue  (the key you configured)")
        .doesNotContain("sk-local-secret-value").doesNotContain("export");
  }

  @Test
  void theKeyCanComeFromTheEnvironment() throws Exception {
    Emulator e = EmulatorMain.parse(List.of("--api-key-env", "EMU_KEY"),
        java.util.Map.of("EMU_KEY", "sk-from-env")).build();
    assertThat(e.apiKeys.get(0).key()).isEqualTo("sk-from-env");
    assertThat(e.apiKeys.get(0).name()).isEqualTo("EMU_KEY");
    assertThatThrownBy(() -> EmulatorMain.parse(List.of("--api-key-env", "NOPE"),
        java.util.Map.of())).hasMessage(
            "option '--api-key-env': environment variable 'NOPE' is not set");
  }

  private static String runAndStop(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CountDownLatch stop = new CountDownLatch(1);
    stop.countDown();
    int code = EmulatorMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), stop);
    assertThat(code).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aUsageErrorExits64() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = EmulatorMain.run(new String[] {"--bogus"},
        new PrintStream(java.io.OutputStream.nullOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8), new CountDownLatch(0));

    assertThat(code).isEqualTo(64);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("error: unknown option '--bogus'" + System.lineSeparator() + "Usage:");
  }

  @Test
  void aTakenPortSaysSoAndHowToPickAnother(@TempDir Path dir) throws Exception {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      String err = failToStart("--port", String.valueOf(taken.getLocalPort()), "--data-dir",
          dir.toString());

      assertThat(err).isEqualTo("error: cannot start the emulator: the port is already in use"
          + " (Address already in use); pick another with --port N, or --port 0 for a free one"
          + System.lineSeparator());
    }
  }

  @Test
  void aDataDirThatIsAFileIsNamedWithTheReason(@TempDir Path dir) throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("data"), "not a folder");

    String err = failToStart("--port", "0", "--data-dir", file.toString());

    assertThat(err).isEqualTo("error: cannot start the emulator: '" + file + "': a file of that"
        + " name is in the way; --data-dir must be a folder wireform can create and write"
        + System.lineSeparator());
  }

  @Test
  void aCorruptStoredFileIsNamedWithItsPosition(@TempDir Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("account.json"), "{bad");

    String err = failToStart("--port", "0", "--data-dir", dir.toString());

    assertThat(err).isEqualTo("error: cannot start the emulator: stored file "
        + dir.resolve("account.json") + " is not valid JSON at line 1, column 2 (Unexpected"
        + " character ('b' (code 98)): was expecting double-quote to start field name); fix or"
        + " delete the file" + System.lineSeparator());
  }

  private static String failToStart(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = EmulatorMain.run(args, new PrintStream(java.io.OutputStream.nullOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8), new CountDownLatch(0));
    assertThat(code).isEqualTo(1);
    return err.toString(StandardCharsets.UTF_8);
  }
}
