package dev.wireform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root {@code ./wireform} launcher, run with bash on a copy of the repository layout whose
 * {@code mvnw} only records that it was called, so the test never starts a real Maven build.
 */
class LauncherIT {
  private static final Path JAR =
      Path.of(System.getProperty("wireform.jar", "target/wireform.jar"));
  private static final Path SCRIPT = Path.of("..", "wireform");

  @TempDir Path repo;
  @TempDir Path elsewhere;
  private Path jar;
  private Path source;

  @BeforeEach
  void fakeRepository() throws Exception {
    Files.copy(SCRIPT, repo.resolve("wireform"));
    repo.resolve("wireform").toFile().setExecutable(true);
    Files.writeString(
        repo.resolve("mvnw"),
        "#!/usr/bin/env bash\necho \"$@\" >> mvnw.calls\ntouch cli/target/wireform.jar\n");
    Files.setPosixFilePermissions(
        repo.resolve("mvnw"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(repo.resolve("pom.xml"), "<project/>");
    source = repo.resolve("dsl/src/main/java/A.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "class A {}");
    jar = repo.resolve("cli/target/wireform.jar");
    Files.createDirectories(jar.getParent());
    Files.copy(JAR, jar);
    Instant now = Instant.now();
    for (Path p : List.of(repo.resolve("pom.xml"), source)) {
      Files.setLastModifiedTime(p, FileTime.from(now.minusSeconds(60)));
    }
    Files.setLastModifiedTime(jar, FileTime.from(now));
  }

  @Test
  void runsTheJarFromAnyFolderWithoutBuildingWhenItIsFresh() throws Exception {
    Result result = launch(elsewhere, "--version");

    assertThat(result.out()).isEqualTo("wireform " + VersionProvider.version() + "\n");
    assertThat(result.exitCode()).isZero();
    assertThat(repo.resolve("mvnw.calls")).doesNotExist();
  }

  @Test
  void buildsQuietlyFirstWhenASourceIsNewerThanTheJar() throws Exception {
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));

    Result result = launch(elsewhere, "--version");

    assertThat(Files.readString(repo.resolve("mvnw.calls")))
        .isEqualTo("-q -B -DskipTests -pl cli -am package\n");
    assertThat(result.err())
        .isEqualTo(
            "wireform: building cli/target/wireform.jar (first run or sources changed)...\n");
    assertThat(result.out()).isEqualTo("wireform " + VersionProvider.version() + "\n");
  }

  @Test
  void keepsTheCallersFolderForRelativePathsAndPassesTheExitCode() throws Exception {
    Files.writeString(
        elsewhere.resolve("empty.yaml"), "name: Empty\nnodes: {}\n", StandardCharsets.UTF_8);

    Result result = launch(elsewhere, "validate", "empty.yaml", "--no-color");

    assertThat(result.out()).startsWith("empty.yaml:");
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void dumpsAClassDataArchiveOnceAndStartsWithIt() throws Exception {
    Path archive = repo.resolve("cli/target/wireform.jsa");

    Result first = launchWithCds(elsewhere, "--version");

    assertThat(first.out()).isEqualTo("wireform " + VersionProvider.version() + "\n");
    assertThat(first.err()).isEmpty();
    assertThat(archive).isNotEmptyFile();
    assertThat(Files.readString(repo.resolve("cli/target/wireform.jsa.java"))).isNotBlank();
    FileTime dumped = Files.getLastModifiedTime(archive);

    Result second = launchWithCds(elsewhere, "--version");

    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEmpty();
    assertThat(Files.getLastModifiedTime(archive)).isEqualTo(dumped);
  }

  @Test
  void aCorruptArchiveNeverBreaksARun() throws Exception {
    launchWithCds(elsewhere, "--version");
    Path archive = repo.resolve("cli/target/wireform.jsa");
    Files.delete(archive);
    Files.writeString(archive, "not a CDS archive");

    Result result = launchWithCds(elsewhere, "--version");

    assertThat(result.out()).isEqualTo("wireform " + VersionProvider.version() + "\n");
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void aNewerJarGetsAFreshArchive() throws Exception {
    launchWithCds(elsewhere, "--version");
    Path archive = repo.resolve("cli/target/wireform.jsa");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(120)));
    Files.delete(archive);
    Files.writeString(archive, "stale");

    Result result = launchWithCds(elsewhere, "--version");

    assertThat(result.err()).isEmpty();
    assertThat(Files.readString(archive, StandardCharsets.ISO_8859_1)).isNotEqualTo("stale");
  }

  private record Result(int exitCode, String out, String err) {}

  private Result launchWithCds(Path cwd, String... args) throws Exception {
    return launch(cwd, true, args);
  }

  private Result launch(Path cwd, String... args) throws Exception {
    return launch(cwd, false, args);
  }

  private Result launch(Path cwd, boolean cds, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", repo.resolve("wireform").toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(cwd.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("NO_COLOR");
    builder.environment().put("WIREFORM_CDS", cds ? "1" : "0");
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("launcher did not finish in 60 s");
    }
    Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return result;
  }
}
