package dev.wireform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.compiler.check.Check;
import dev.wireform.compiler.check.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The diagnostic IDs of every module and the pages under {@code docs/errors/} are the same set:
 * no ID a user can see lacks its page, and no page describes an ID nothing produces. IDs are the
 * compiler's check classes plus the PascalCase string literals of the main sources (readers,
 * project loader, Java loader, planner), which hold nothing else.
 */
class ErrorPagesTest {
  private static final Path ROOT = Path.of("..");
  private static final Path PAGES = ROOT.resolve("docs/errors");
  private static final List<String> MODULES = List.of("dsl", "compiler", "emulator", "cli");
  private static final Pattern ID_LITERAL = Pattern.compile("\"([A-Z][a-z]+(?:[A-Z][a-z0-9]*)+)\"");

  @Test
  void everyDiagnosticIdOfEveryModuleHasAPageAndEveryPageAnId() throws IOException {
    Set<String> ids = new TreeSet<>();
    Checks.all().stream().map(Check::id).forEach(ids::add);
    for (String module : MODULES) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> ids.addAll(literals(f)));
      }
    }
    Set<String> pages;
    try (Stream<Path> files = Files.list(PAGES)) {
      pages =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith(".md"))
              .map(n -> n.substring(0, n.length() - 3))
              .collect(Collectors.toCollection(TreeSet::new));
    }

    assertThat(ids).as("IDs found in the code").contains("UnknownPort", "OwnershipCollision");
    assertThat(pages).as("pages under docs/errors").containsExactlyElementsOf(ids);
    for (String id : pages) {
      assertThat(Files.readString(PAGES.resolve(id + ".md"), StandardCharsets.UTF_8))
          .as(id)
          .startsWith("# " + id + "\n");
    }
  }

  private static Set<String> literals(Path file) {
    try {
      Matcher m = ID_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
      Set<String> found = new TreeSet<>();
      while (m.find()) {
        found.add(m.group(1));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
