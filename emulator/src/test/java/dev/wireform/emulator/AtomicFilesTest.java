package dev.wireform.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void anInterruptedThreadStillWritesTheFileAndKeepsItsInterrupt() throws Exception {
    Path file = dir.resolve("execution.json");
    Thread.currentThread().interrupt();
    try {
      AtomicFiles.write(file, "{\"status\":\"COMPLETED\"}".getBytes(StandardCharsets.UTF_8));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(Files.readString(file)).isEqualTo("{\"status\":\"COMPLETED\"}");
    try (var leftovers = Files.list(dir)) {
      assertThat(leftovers).containsExactly(file);
    }
  }
}
