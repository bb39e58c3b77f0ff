package dev.wireform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wireform.dsl.project.AccountPlan;
import dev.wireform.emulator.ApiKey;
import dev.wireform.emulator.Emulator;
import dev.wireform.emulator.EmulatorServer;
import dev.wireform.emulator.Faults;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployer's crash invariant with a real crash: {@code wireform apply} of 50 workflows runs
 * as its own process and is killed with SIGKILL ({@code destroyForcibly}) once some of its
 * creates have reached the emulator; a second apply must then leave exactly 50 workflows, none
 * twice, and a plan with no changes. The kill point is chosen by what the emulator has seen, not
 * by a clock, so the test does not depend on timing.
 */
class KillDuringApplyIT {
  private static final Path JAR =
      Path.of(System.getProperty("wireform.jar", "target/wireform.jar"));
  private static final String KEY = "sk-kill-test-0123456789abcdef";
  private static final String ADMIN = "sk-kill-admin-0123456789abcdef";
  private static final int WORKFLOWS = 50;

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aKilledApplyRerunLeavesExactlyFiftyWorkflowsAndAnEmptyPlan() throws Exception {
    // Every API call waits 150 ms in the emulator, so 50 creates take over a second even at 8
    // at a time: long enough to kill the apply after its first creates, wherever it is then.
    try (EmulatorServer emulator =
        Emulator.builder()
            .port(0)
            .dataDir(dir.resolve("emulator"))
            .apiKey(ApiKey.allScopes(KEY, "kill-test"))
            .adminKey(ADMIN)
            .plan(AccountPlan.ENTERPRISE)
            .faults(new Faults(0, 0, Duration.ofMillis(150), 1))
            .build()
            .start()) {
      Path project = writeProject(emulator.baseUrl());

      Process apply = wireform(project, "apply", "--auto-approve");
      int seen = awaitCreates(emulator, 5, apply);
      apply.destroyForcibly();
      assertThat(apply.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(seen).as("creates seen before the kill").isLessThan(WORKFLOWS);
      // killed in the middle: some workflows exist, not all
      assertThat(workflowNames(emulator).size()).as("workflows when killed")
          .isBetween(1, WORKFLOWS - 1);

      Process rerun = wireform(project, "apply", "--auto-approve");
      assertThat(finish(rerun)).as("exit code of the re-run apply").isZero();
      List<String> names = workflowNames(emulator);
      assertThat(names).hasSize(WORKFLOWS);
      assertThat(new HashSet<>(names)).hasSize(WORKFLOWS);

      Process plan = wireform(project, "plan", "--detailed-exitcode");
      assertThat(finish(plan)).as("plan --detailed-exitcode after the re-run").isZero();
    }
  }

  private Path writeProject(String baseUrl) throws Exception {
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("workflows"));
    Files.writeString(
        project.resolve("wireform.yaml"),
        "project: kill-test\n"
            + "workflows: [workflows]\n"
            + "environments:\n"
            + "  live:\n"
            + "    endpoint: " + baseUrl + "\n"
            + "    apiKeyEnv: WF_KILL_TEST_KEY\n"
            + "    plan: enterprise\n"
            + "default: live\n");
    for (int i = 0; i < WORKFLOWS; i++) {
      Files.writeString(
          project.resolve("workflows/upscale-" + i + ".yaml"),
          "name: Upscale " + i + "\n"
              + "nodes:\n"
              + "  input-1: { type: input:text, params: { prompt: \"\" } }\n"
              + "  upscale-1:\n"
              + "    type: process:clarityai_crystal_upscaler\n"
              + "    params: { scale_factor: " + (1 + i % 16) + " }\n"
              + "    inputs: { image_url: input-1.prompt }\n");
    }
    return project;
  }

  private Process wireform(Path project, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.add("--project");
    command.add(project.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(Files.createTempFile(dir, "out", ".txt").toFile())
            .redirectError(Files.createTempFile(dir, "err", ".txt").toFile());
    builder.environment().put("WF_KILL_TEST_KEY", KEY);
    return builder.start();
  }

  private static int finish(Process process) throws InterruptedException {
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("wireform did not finish in 120 s");
    }
    return process.exitValue();
  }

  /** Waits until the emulator has answered at least {@code n} creates; returns how many. */
  private int awaitCreates(EmulatorServer emulator, int n, Process apply) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      int creates = get(emulator.rootUrl() + "/_emulator/requests?method=POST&path=/api/v1/workflows",
          ADMIN).path("count").asInt();
      if (creates >= n) {
        return creates;
      }
      assertThat(apply.isAlive()).as("apply still running before %d creates", n).isTrue();
      Thread.sleep(10);
    }
    throw new AssertionError("the apply made fewer than " + n + " creates in 120 s");
  }

  private List<String> workflowNames(EmulatorServer emulator) throws Exception {
    List<String> names = new ArrayList<>();
    for (JsonNode w : get(emulator.baseUrl() + "/workflows", KEY)) {
      names.add(w.path("name").asText());
    }
    return names;
  }

  private JsonNode get(String url, String key) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as("GET %s", url).isEqualTo(200);
    return json.readTree(r.body());
  }
}
