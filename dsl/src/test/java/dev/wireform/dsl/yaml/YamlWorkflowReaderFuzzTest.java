package dev.wireform.dsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.CatalogReader;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.model.Workflow;
import dev.wireform.dsl.project.ProjectFile;
import dev.wireform.dsl.project.ProjectFileReader;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;

/**
 * No input makes a reader throw: every problem is a diagnostic. In a normal build this runs in
 * regression mode over the seeds in {@code YamlWorkflowReaderFuzzTestInputs/<method>/}; {@code
 * JAZZER_FUZZ=1 ./mvnw -pl dsl test -Dtest=YamlWorkflowReaderFuzzTest} fuzzes for real.
 */
class YamlWorkflowReaderFuzzTest {
  @BeforeAll
  static void skipHooksInRegressionMode() {
    // In regression mode (a normal build) Jazzer's bytecode hooks only cost time: instrumenting
    // every loaded class took ~35 of ~40 seconds on a loaded 2-core machine. Fuzzing keeps them.
    if (System.getenv("JAZZER_FUZZ") == null && System.getProperty("jazzer.hooks") == null) {
      System.setProperty("jazzer.hooks", "false");
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readsAnyInput(@NotNull byte[] content) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<Workflow> workflow = YamlWorkflowReader.read("fuzz.yaml", content, diagnostics);

    // Either a workflow, or at least one error saying why not.
    assertThat(workflow.isPresent() || diagnostics.hasErrors()).isTrue();
    diagnostics.sorted().forEach(d -> assertThat(d.message()).isNotBlank());
  }

  @FuzzTest(maxDuration = "60s")
  void catalogReaderReadsAnyInput(@NotNull byte[] content) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<Catalog> catalog = CatalogReader.read("fuzz.yaml", content, diagnostics);

    assertThat(catalog.isPresent() != diagnostics.hasErrors()).isTrue();
  }

  @FuzzTest(maxDuration = "60s")
  void projectFileReaderReadsAnyInput(@NotNull byte[] content) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<ProjectFile> project = ProjectFileReader.read("fuzz.yaml", content, diagnostics);

    assertThat(project.isPresent() != diagnostics.hasErrors()).isTrue();
  }
}
