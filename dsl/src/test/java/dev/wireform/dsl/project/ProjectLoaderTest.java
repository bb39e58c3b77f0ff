package dev.wireform.dsl.project;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.model.Workflow;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLoaderTest {
  @TempDir Path tmp;

  private static final String JAVA_WORKFLOW =
      """
      import dev.wireform.dsl.*;
      import dev.wireform.dsl.model.Workflow;

      class Photos implements WorkflowDefinition {
        public Workflow define() {
          return Workflows.workflow("photos").name("Photos").node("in", "input:image").build();
        }
      }
      """;

  @Test
  void projectOnlyReadsTheProjectFileButNoWorkflow() throws IOException {
    Path project = tmp.resolve("shop");
    write(project.resolve("wireform.yaml"), "project: shop\n");
    write(project.resolve("workflows/broken.yaml"), "nodes: [not, a, workflow]\n");
    Path below = Files.createDirectories(project.resolve("workflows"));

    LoadedProject loaded = ProjectLoader.loadProjectOnly(java.util.Optional.empty(), below);

    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(loaded.workflows()).isEmpty();
    assertThat(loaded.project().orElseThrow().project()).isEqualTo("shop");
    assertThat(loaded.root()).isEqualTo(project);
  }

  @Test
  void projectOnlyWithoutAProjectIsEmptyButANamedFolderMustHoldOne() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));

    LoadedProject none = ProjectLoader.loadProjectOnly(java.util.Optional.empty(), empty);
    assertThat(none.project()).isEmpty();
    assertThat(none.diagnostics()).isEmpty();

    LoadedProject named =
        ProjectLoader.loadProjectOnly(java.util.Optional.of(Path.of("empty")), tmp);
    assertThat(named.diagnostics())
        .extracting(d -> d.id() + " " + d.position() + " " + d.message() + " | " + d.fix())
        .containsExactly(
            "ProjectNotFound empty 'empty' holds no wireform.yaml | run 'wireform init' there,"
                + " or point --project at a project folder");
  }

  @Test
  void loadsTheNearestProjectFromAFolderBelowIt() throws IOException {
    Path project = tmp.resolve("shop");
    write(project.resolve("wireform.yaml"), "project: shop\n");
    write(project.resolve("workflows/b-upscale.yaml"), yaml("Upscale"));
    write(project.resolve("workflows/photos.java"), JAVA_WORKFLOW);
    write(project.resolve("workflows/nested/a-cutout.yml"), yaml("Cutout"));
    write(project.resolve("README.yaml"), yaml("Not a workflow folder"));
    Path below = Files.createDirectories(project.resolve("workflows/nested"));

    LoadedProject loaded = ProjectLoader.load(List.of(), below);

    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(loaded.root()).isEqualTo(project);
    assertThat(loaded.project().orElseThrow().project()).isEqualTo("shop");
    assertThat(loaded.workflows())
        .extracting(w -> w.source().file())
        .containsExactly("../b-upscale.yaml", "../photos.java", "a-cutout.yml");
    assertThat(loaded.workflows())
        .extracting(Workflow::key)
        .containsExactly("b-upscale", "photos", "a-cutout");
  }

  @Test
  void explainsHowToStartWhenNoProjectIsFound() {
    LoadedProject loaded = ProjectLoader.load(List.of(), tmp);

    assertThat(loaded.project()).isEmpty();
    assertThat(loaded.workflows()).isEmpty();
    assertThat(loaded.root()).isEqualTo(tmp);
    assertThat(loaded.diagnostics())
        .extracting(ProjectLoaderTest::render)
        .containsExactly(
            "wireform.yaml: [ProjectNotFound] no wireform.yaml in '"
                + tmp
                + "' or any folder above it | run 'wireform init' to create a project here, or"
                + " pass the workflow files or folders to check");
  }

  @Test
  void readsTheFoldersFilesAndGlobsTheProjectNames() throws IOException {
    Path project = tmp.resolve("p");
    write(
        project.resolve("wireform.yaml"),
        "project: p\nworkflows: [flows, extra/one.yaml, 'globbed/**/*.yml']\n");
    write(project.resolve("flows/a.yaml"), yaml("A"));
    write(project.resolve("flows/.hidden/h.yaml"), yaml("Hidden"));
    write(project.resolve("flows/target/t.yaml"), yaml("Build output"));
    write(project.resolve("extra/one.yaml"), yaml("One"));
    write(project.resolve("extra/two.yaml"), yaml("Two"));
    write(project.resolve("globbed/deep/g.yml"), yaml("G"));
    write(project.resolve("globbed/deep/g.yaml"), yaml("Not matched"));
    write(project.resolve("workflows/default.yaml"), yaml("Default folder not listed"));

    LoadedProject loaded = ProjectLoader.load(List.of(Path.of("p")), tmp);

    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(loaded.workflows())
        .extracting(w -> w.source().file())
        .containsExactly("p/extra/one.yaml", "p/flows/a.yaml", "p/globbed/deep/g.yml");
  }

  @Test
  void readsEveryWorkflowFileOfAFolderWithoutAProject() throws IOException {
    write(tmp.resolve("loose/b.yaml"), yaml("B"));
    write(tmp.resolve("loose/a.yml"), yaml("A"));
    write(tmp.resolve("loose/photos.java"), JAVA_WORKFLOW);
    write(tmp.resolve("loose/notes.txt"), "not a workflow");
    write(tmp.resolve("loose/my-nodes.yaml"), catalog("custom:thing"));

    LoadedProject loaded = ProjectLoader.load(List.of(tmp.resolve("loose")), tmp);

    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(loaded.project()).isEmpty();
    assertThat(loaded.root()).isEqualTo(tmp);
    assertThat(loaded.workflows())
        .extracting(w -> w.source().file())
        .containsExactly("loose/a.yml", "loose/b.yaml", "loose/photos.java");
  }

  @Test
  void checksAFileInsideAProjectAgainstTheProjectsCatalog() throws IOException {
    Path project = tmp.resolve("p");
    write(project.resolve("wireform.yaml"), "project: p\ncatalog: nodes.yaml\n");
    write(project.resolve("nodes.yaml"), catalog("custom:thing"));
    write(project.resolve("workflows/a.yaml"), yaml("A"));
    write(project.resolve("workflows/b.yaml"), yaml("B"));

    LoadedProject loaded = ProjectLoader.load(List.of(Path.of("p/workflows/a.yaml")), tmp);

    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(loaded.root()).isEqualTo(project);
    assertThat(loaded.project()).isPresent();
    assertThat(loaded.workflows()).extracting(Workflow::key).containsExactly("a");
    assertThat(loaded.catalog().find("custom:thing")).isPresent();
    assertThat(loaded.catalog().find("process:clarityai_crystal_upscaler")).isPresent();
  }

  @Test
  void reportsMissingPathsAndFoldersAndKeepsLoadingTheRest() throws IOException {
    Path project = tmp.resolve("p");
    write(project.resolve("wireform.yaml"), "project: p\nworkflows: [flows, workflows]\n");
    write(project.resolve("workflows/a.yaml"), yaml("A"));

    LoadedProject loaded = ProjectLoader.load(List.of(Path.of("p"), Path.of("nope.yaml")), tmp);

    assertThat(loaded.workflows()).extracting(Workflow::key).containsExactly("a");
    assertThat(loaded.diagnostics())
        .extracting(ProjectLoaderTest::render)
        .containsExactly(
            "nope.yaml: [PathNotFound] 'nope.yaml' does not exist | check the path; relative"
                + " paths start at '"
                + tmp
                + "'",
            "p/wireform.yaml:2:13: [PathNotFound] workflow folder 'flows' does not exist |"
                + " create it, or list the folders that hold workflow files, e.g. workflows:"
                + " [workflows]");
  }

  @Test
  void warnsAboutAGlobThatMatchesNothing() throws IOException {
    write(tmp.resolve("wireform.yaml"), "project: p\nworkflows: ['flows/*.yaml']\n");

    LoadedProject loaded = ProjectLoader.load(List.of(), tmp);

    assertThat(loaded.diagnostics())
        .extracting(d -> d.severity().word() + " " + render(d))
        .containsExactly(
            "warning wireform.yaml:2:13: [PathNotFound] workflow glob 'flows/*.yaml' matches no"
                + " workflow file | check the pattern; it is relative to the project folder");
  }

  @Test
  void reportsAnUnreadableFileAndReadsTheOthers() throws IOException {
    write(tmp.resolve("wireform.yaml"), "project: p\n");
    write(tmp.resolve("workflows/a.yaml"), yaml("A"));
    write(tmp.resolve("workflows/secret.yaml"), yaml("Secret"));

    LoadedProject loaded =
        ProjectLoader.load(
            List.of(),
            tmp,
            file -> {
              if (file.endsWith("secret.yaml")) {
                throw new AccessDeniedException(file.toString());
              }
              return Files.readAllBytes(file);
            });

    assertThat(loaded.workflows()).extracting(Workflow::key).containsExactly("a");
    assertThat(loaded.diagnostics())
        .extracting(ProjectLoaderTest::render)
        .containsExactly(
            "workflows/secret.yaml: [UnreadableFile] cannot read 'workflows/secret.yaml':"
                + " permission denied | check the file's permissions");
  }

  @Test
  void refusesAnOversizedFileWithoutReadingIt() throws IOException {
    write(tmp.resolve("big.yaml"), "#".repeat(ProjectLoader.MAX_BYTES + 1));

    LoadedProject loaded =
        ProjectLoader.load(
            List.of(Path.of("big.yaml")),
            tmp,
            file -> {
              throw new AssertionError("read " + file);
            });

    assertThat(loaded.diagnostics())
        .extracting(ProjectLoaderTest::render)
        .containsExactly(
            "big.yaml: [InputTooLarge] the file is 1048577 bytes; wireform reads files of at most"
                + " 1048576 bytes (1 MiB) | split it into several files, or remove generated"
                + " content");
  }

  @Test
  void reportsWorkflowErrorsOfEveryFileSorted() throws IOException {
    write(tmp.resolve("wireform.yaml"), "project: p\n");
    write(tmp.resolve("workflows/b.yaml"), "nodes: {}\n");
    write(tmp.resolve("workflows/a.java"), "class A {");

    LoadedProject loaded = ProjectLoader.load(List.of(), tmp);

    assertThat(loaded.workflows()).isEmpty();
    assertThat(loaded.diagnostics())
        .extracting(d -> d.position() + " " + d.id())
        .containsExactly("workflows/a.java:1:10 JavaCompile", "workflows/b.yaml:1:1 MissingField");
  }

  @Test
  void refusesPathsOfTwoProjectsInOneRun() throws IOException {
    write(tmp.resolve("one/wireform.yaml"), "project: one\n");
    write(tmp.resolve("one/workflows/a.yaml"), yaml("A"));
    write(tmp.resolve("two/wireform.yaml"), "project: two\n");
    write(tmp.resolve("two/workflows/b.yaml"), yaml("B"));

    LoadedProject loaded = ProjectLoader.load(List.of(Path.of("one"), Path.of("two")), tmp);

    assertThat(loaded.workflows()).extracting(Workflow::key).containsExactly("a");
    assertThat(loaded.diagnostics())
        .extracting(ProjectLoaderTest::render)
        .containsExactly(
            "two/wireform.yaml: [SeveralProjects] 'two' is another project than 'one'; one run"
                + " checks one project | run wireform once per project");
  }

  @Test
  void loadsTheSameFilesInTheSameOrderEveryTime() throws IOException {
    write(tmp.resolve("wireform.yaml"), "project: p\n");
    for (String name : List.of("m", "c", "x", "a", "k")) {
      write(tmp.resolve("workflows/" + name + ".yaml"), yaml(name.toUpperCase()));
    }

    List<String> first = keys(ProjectLoader.load(List.of(), tmp));
    List<String> second = keys(ProjectLoader.load(List.of(Path.of(".")), tmp));

    assertThat(first).containsExactly("a", "c", "k", "m", "x").isEqualTo(second);
  }

  private static List<String> keys(LoadedProject p) {
    return p.workflows().stream().map(Workflow::key).toList();
  }

  private static String render(Diagnostic d) {
    return d.position() + ": [" + d.id() + "] " + d.message() + " | " + d.fix();
  }

  private static String yaml(String name) {
    return "name: " + name + "\nnodes:\n  in:\n    type: input:text\n";
  }

  private static String catalog(String nodeType) {
    return "nodeTypes:\n  "
        + nodeType
        + ":\n    category: process\n    label: Thing\n    provenance: ASSUMED\n";
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }
}
