package dev.wireform.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
  @TempDir Path dir;

  @Test
  void workflowsExecutionsCreditsAndKeysSurviveARestart() throws Exception {
    String id;
    String executionId;
    JsonNode workflow;
    JsonNode poll;
    String key;
    try (EmulatorServer s = Fixtures.quick(dir).nodeCost("llm:openrouter_router", 7).build()
        .start()) {
      Http http = new Http(s);
      key = s.apiKey();
      workflow = http.post("workflows", "{\"name\":\"kept\",\"nodes\":[{\"id\":\"l\","
          + "\"data\":{\"nodeType\":\"llm:openrouter_router\"}}],\"edges\":[],"
          + "\"mine\":{\"a\":[1,2]}}").json();
      id = workflow.get("id").asText();
      executionId = http.post("workflows/" + id + "/execute", "{}").json()
          .get("executionId").asText();
      assertThat(s.awaitIdle(Duration.ofSeconds(10))).isTrue();
      poll = http.get("workflows/executions/" + executionId + "/poll").json();
      workflow = http.get("workflows/" + id).json();
    }

    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      Http http = new Http(s);
      assertThat(s.apiKey()).isEqualTo(key);
      assertThat(http.get("workflows/" + id).json()).isEqualTo(workflow);
      assertThat(http.get("workflows/executions/" + executionId + "/poll").json())
          .isEqualTo(poll);
      assertThat(http.get("developer/usage").body())
          .isEqualTo("{\"availableCredits\":993,\"usedCredits\":7}");
    }
  }

  @Test
  void anExecutionCutShortByAKillIsFailedAfterRestart() throws Exception {
    SimulatedTime time = SimulatedTime.manual(Fixtures.T0);
    String executionId;
    byte[] whileRunning;
    try (EmulatorServer s = Fixtures.quick(dir).time(time).build().start()) {
      Http http = new Http(s);
      String id = http.post("workflows", "{\"name\":\"slow\",\"nodes\":[{\"id\":\"l\","
          + "\"data\":{\"nodeType\":\"llm:openrouter_router\"}}],\"edges\":[]}")
          .json().get("id").asText();
      executionId = http.post("workflows/" + id + "/execute", "{}").json()
          .get("executionId").asText();
      assertThat(http.get("workflows/executions/" + executionId + "/poll").json()
          .get("status").asText()).isEqualTo("RUNNING");
      whileRunning = Files.readAllBytes(dir.resolve("executions").resolve(executionId + ".json"));
    }
    // A kill leaves the file as it was while running (a clean stop would mark it FAILED).
    Files.write(dir.resolve("executions").resolve(executionId + ".json"), whileRunning);
    assertThat(new String(whileRunning, StandardCharsets.UTF_8)).contains("\"RUNNING\"");

    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      JsonNode poll = new Http(s).get("workflows/executions/" + executionId + "/poll").json();
      assertThat(poll.get("status").asText()).isEqualTo("FAILED");
      assertThat(poll.get("error").asText())
          .isEqualTo("The emulator stopped while this execution was running");
    }
  }

  @Test
  void aNodeThatWasRunningAtTheKillIsFailedAndLaterOnesStayPending() {
    Execution e = new Execution("x1", "w1", "b1", "execute", Fixtures.T0, java.util.List.of(
        new Execution.NodeRun("a", "A", "input:text"), new Execution.NodeRun("b", "B", "llm:x")));
    e.nodeStarted(e.nodeRuns.get(0), Fixtures.T0);
    Execution loaded = Execution.fromStored(e.storedJson());

    assertThat(loaded.interruptIfRunning(Fixtures.T0.plusSeconds(5))).isTrue();

    JsonNode poll = loaded.pollJson();
    assertThat(poll.get("status").asText()).isEqualTo("FAILED");
    assertThat(poll.get("endTime").asText()).isEqualTo("2026-11-26T10:00:35.000Z");
    assertThat(poll.get("nodeStates").get(0).get("status").asText()).isEqualTo("FAILED");
    assertThat(poll.get("nodeStates").get(1).get("status").asText()).isEqualTo("PENDING");
    assertThat(loaded.interruptIfRunning(Fixtures.T0)).isFalse();
  }

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldFileWhole() throws Exception {
    Path file = dir.resolve("w.json");
    AtomicFiles.write(file, "{\"version\":1}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write("{\"version\":2, \"half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");

    assertThat(Files.readString(file)).isEqualTo("{\"version\":1}");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("w.json");
    }
  }

  @Test
  void tempFilesLeftByACrashAreIgnoredAndRemovedAtStart() throws Exception {
    String id;
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      id = new Http(s).post("workflows", Fixtures.textOnly("a")).json().get("id").asText();
    }
    Path torn = dir.resolve("workflows").resolve(id + ".json" + AtomicFiles.TEMP_MARKER + "dead");
    Files.writeString(torn, "{\"id\":\"" + id + "\",\"name\":\"tor");

    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      assertThat(new Http(s).get("workflows/" + id).json().get("name").asText()).isEqualTo("a");
    }
    assertThat(torn).doesNotExist();
  }

  @Test
  void aCorruptStoredWorkflowStopsStartWithAClearMessage() throws Exception {
    Files.createDirectories(dir.resolve("workflows"));
    Files.writeString(dir.resolve("workflows").resolve("x.json"), "{oops");

    assertThatThrownBy(() -> Fixtures.quick(dir).build().start())
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("stored workflow " + dir.resolve("workflows").resolve("x.json")
            + " is not valid JSON (")
        .hasMessageEndingWith("); fix or delete the file");
  }

  @Test
  void aTemporaryDataDirIsDeletedOnClose() throws Exception {
    Path data;
    try (EmulatorServer s = Emulator.builder().build().start()) {
      data = s.dataDir();
      assertThat(data.resolve("keys.json")).exists();
    }
    assertThat(data).doesNotExist();
  }
}
