package dev.wireform.dsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every diagnostic ID of the YAML, catalog and project readers has its docs/errors page. */
class ErrorPagesTest {
  private static final Path ERRORS = Path.of("..", "docs", "errors");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "YamlSyntax",
        "DuplicateKey",
        "UnknownField",
        "MissingField",
        "InvalidValue",
        "InvalidReference",
        "InvalidNodeId",
        "AmbiguousScalar",
        "InputTooLarge",
        "InvalidEncoding",
        "InvalidCatalog",
        "UnknownEnvironment",
        "SecretInProjectFile"
      })
  void hasAPageSayingWhatItMeansWithAnExampleAndAFix(String id) throws IOException {
    String page = Files.readString(ERRORS.resolve(id + ".md"));

    assertThat(page)
        .startsWith("# " + id + "\n")
        .contains("## What it means", "## Example", "## How to fix", "[" + id + "]");
  }
}
