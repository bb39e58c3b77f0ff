package dev.wireform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the shaded {@code wireform.jar} that {@code package} built. The Maven enforcer bans
 * Kotlin artifacts but cannot look inside a shaded jar, so this test lists its entries; and it
 * runs the jar as a real process, the way the launcher does.
 */
class ShadedJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("wireform.jar", "target/wireform.jar"));

  @TempDir Path dir;

  @Test
  void jarHoldsNoKotlinClassesOrModules() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> kotlin =
          jar.stream()
              .map(e -> e.getName())
              .filter(
                  n ->
                      n.startsWith("kotlin/")
                          || n.startsWith("kotlinx/")
                          || n.endsWith(".kotlin_module")
                          || n.toLowerCase(java.util.Locale.ROOT).contains("kotlin"))
              .toList();
      assertThat(kotlin).isEmpty();
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("dev.wireform.cli.Main");
      // Sanity: the shaded dependencies really are inside, so an empty list means something.
      assertThat(jar.getEntry("picocli/CommandLine.class")).isNotNull();
      assertThat(jar.getEntry("okhttp3/OkHttpClient.class")).isNotNull();
    }
  }

  @Test
  void versionRunsAsAProcessAndExitsZero() throws Exception {
    Result result = java("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("wireform " + VersionProvider.version() + "\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void usageErrorExitsTheProcessWith64() throws Exception {
    Result result = java("--frobnicate");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("error: Unknown option: '--frobnicate'\n");
  }

  @Test
  void initThenValidateOfTheScaffoldedProjectSucceeds() throws Exception {
    assertThat(java("init").exitCode()).isZero();

    Result result = java("validate");

    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo("ok: 1 workflow\n");
    assertThat(result.exitCode()).isZero();
  }

  private record Result(int exitCode, String out, String err) {}

  private Result java(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("wireform-it", ".out");
    Path err = Files.createTempFile("wireform-it", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().remove("NO_COLOR");
    builder.environment().remove("WIREFORM_DEBUG");
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("wireform " + String.join(" ", args) + " did not finish in 60 s");
    }
    Result result =
        new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }
}
