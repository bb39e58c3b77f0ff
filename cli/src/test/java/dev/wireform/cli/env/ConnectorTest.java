package dev.wireform.cli.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wireform.cli.UserErrorException;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.project.Environment;
import dev.wireform.dsl.project.Policies;
import dev.wireform.dsl.project.ProjectFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorTest {
  private static final Environment LOCAL = Environment.of("local", "embedded");
  private static final Environment PROD =
      Environment.of("prod", "https://www.wireflow.ai/api/v1");

  private static Optional<ProjectFile> project(Optional<String> defaultEnv) {
    return Optional.of(
        new ProjectFile(
            "media", List.of("workflows"), Optional.empty(), Map.of("local", LOCAL, "prod", PROD),
            defaultEnv, Policies.DEFAULT, SourceMap.empty("wireform.yaml")));
  }

  @Test
  void resolvesTheProjectsDefaultEnvironment() {
    assertThat(Connector.resolve(project(Optional.of("local")), Optional.empty(), Optional.empty()))
        .isEqualTo(LOCAL);
  }

  @Test
  void endpointFlagOverridesTheEnvironmentsEndpointOnly() {
    Environment e =
        Connector.resolve(
            project(Optional.of("local")), Optional.of("prod"), Optional.of("http://127.0.0.1:9"));
    assertThat(e.name()).isEqualTo("prod");
    assertThat(e.endpoint()).isEqualTo("http://127.0.0.1:9");
  }

  @Test
  void unknownEnvironmentNamesTheDefinedOnes() {
    assertThatThrownBy(
            () -> Connector.resolve(project(Optional.empty()), Optional.of("stage"), Optional.empty()))
        .isInstanceOf(UserErrorException.class)
        .hasMessageContaining("unknown environment 'stage'; wireform.yaml defines: ")
        .hasMessageContaining("local")
        .hasMessageContaining("prod");
  }

  @Test
  void aProjectWithoutEnvironmentsSaysHowToAddOne() {
    Optional<ProjectFile> bare =
        Optional.of(
            new ProjectFile(
                "media", List.of("workflows"), Optional.empty(), Map.of(), Optional.empty(),
                Policies.DEFAULT, SourceMap.empty("wireform.yaml")));
    assertThatThrownBy(() -> Connector.resolve(bare, Optional.empty(), Optional.empty()))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "wireform.yaml defines no environment to talk to; add one, e.g. 'environments:"
                + " { local: { endpoint: embedded } }' and 'default: local'")
        .extracting(e -> ((UserErrorException) e).exitCode())
        .isEqualTo(1);
  }

  @Test
  void realEndpointWithoutKeyTellsWhichVariableToSet() {
    Connector connector = new Connector(Map.of(), UnaryOperator.identity());
    assertThatThrownBy(() -> connector.open(PROD, Path.of(".")))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "environment 'prod' needs an API key: set the environment variable WIREFLOW_API_KEY"
                + " (Wireflow: Settings > API Keys)");
  }

  @Test
  void embeddedEndpointStartsAnEmulatorWithDataUnderDotWireform(@TempDir Path root) {
    Connector connector = new Connector(Map.of(), UnaryOperator.identity());
    try (Connection c = connector.open(LOCAL, root)) {
      assertThat(c.embedded()).isTrue();
      assertThat(c.client().listWorkflows()).isEmpty();
    }
    assertThat(Files.isDirectory(root.resolve(".wireform/local"))).isTrue();
  }
}
