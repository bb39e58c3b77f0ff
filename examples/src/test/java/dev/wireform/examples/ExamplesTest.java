package dev.wireform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.compiler.Compilation;
import dev.wireform.compiler.CompiledWorkflow;
import dev.wireform.compiler.Compiler;
import dev.wireform.dsl.model.Workflow;
import dev.wireform.dsl.project.AccountPlan;
import dev.wireform.dsl.project.Environment;
import dev.wireform.dsl.project.LoadedProject;
import dev.wireform.dsl.project.ProjectFile;
import dev.wireform.dsl.project.ProjectLoader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled example project: it loads without a diagnostic, and each workflow compiles to its
 * approved Wireflow JSON. Tests run in the module folder, which is the project's folder.
 */
class ExamplesTest {
  private static final LoadedProject PROJECT = ProjectLoader.load(List.of(), Path.of(""));
  private static final Compilation COMPILATION =
      new Compiler(PROJECT.catalog()).compile(PROJECT.workflows());

  @Test
  void loadsAndCompilesTheExampleProjectWithoutAnyDiagnostic() {
    assertThat(PROJECT.diagnostics()).isEmpty();
    assertThat(COMPILATION.diagnostics()).isEmpty();
    assertThat(PROJECT.root()).isEqualTo(Path.of("").toAbsolutePath());
    assertThat(PROJECT.workflows())
        .extracting(Workflow::key)
        .containsExactly(
            "clarity-upscale",
            "poster-from-prompt",
            "product-cutout",
            "product-photos",
            "upscale-comparison");
  }

  @Test
  void declaresAnEmbeddedLocalEnvironmentAndAProdOne() {
    ProjectFile file = PROJECT.project().orElseThrow();

    assertThat(file.project()).isEqualTo("wireform-examples");
    assertThat(file.workflows()).containsExactly("workflows");
    assertThat(file.defaultEnvironment()).contains("local");
    assertThat(file.environment("local").orElseThrow().embedded()).isTrue();
    Environment prod = file.environment("prod").orElseThrow();
    assertThat(prod.endpoint()).isEqualTo("https://www.wireflow.ai/api/v1");
    assertThat(prod.apiKeyEnv()).isEqualTo("WIREFLOW_API_KEY");
    assertThat(prod.plan()).isEqualTo(AccountPlan.PRO);
  }

  static List<String> keys() {
    return PROJECT.workflows().stream().map(Workflow::key).toList();
  }

  @ParameterizedTest
  @MethodSource("keys")
  void compilesToItsApprovedJson(String key) {
    CompiledWorkflow compiled =
        COMPILATION.workflows().stream()
            .filter(w -> w.key().equals(key))
            .findFirst()
            .orElseThrow(() -> new AssertionError("'" + key + "' did not compile"));

    Approvals.verify(
        compiled.json(), new Options().forFile().withAdditionalInformation(key));
  }

  @Test
  void reportsBuilderPositionsOfTheJavaWorkflowAtItsDisplayPath() {
    Workflow photos =
        PROJECT.workflows().stream()
            .filter(w -> w.key().equals("product-photos"))
            .findFirst()
            .orElseThrow();

    assertThat(photos.source().file()).isEqualTo("workflows/product-photos.java");
    assertThat(photos.source().key("/nodes/upscale/params/scale_factor").toString())
        .isEqualTo("workflows/product-photos.java:25");
  }

  @Test
  void shipsASmallSamplePngForRuns() throws IOException {
    BufferedImage image = ImageIO.read(Path.of("images/product.png").toFile());

    assertThat(image.getWidth()).isEqualTo(64);
    assertThat(image.getHeight()).isEqualTo(48);
  }
}
