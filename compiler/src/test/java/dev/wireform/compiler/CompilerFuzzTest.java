package dev.wireform.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wireform.compiler.check.Check;
import dev.wireform.compiler.check.Checks;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.model.Workflow;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No project, however broken, makes the compiler throw: every problem comes back as a
 * diagnostic. Under Jazzer ({@code JAZZER_FUZZ=1}) the fuzz test explores; in the normal build
 * it replays its seed inputs, and a seeded random test walks five hundred more projects.
 */
class CompilerFuzzTest {
  private static final Catalog CATALOG = TestCatalog.catalog();
  private static final RandomWorkflows RANDOM = new RandomWorkflows(CATALOG);
  private static final Set<String> IDS =
      Checks.all().stream().map(Check::id).collect(Collectors.toSet());
  private static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest
  void compileReportsProblemsAsDiagnosticsOnly(FuzzedDataProvider data) {
    compileAndCheckInvariants(RANDOM.project(fromFuzzer(data)));
  }

  @Test
  void fiveHundredRandomProjectsCompileWithoutThrowing() {
    Random random = new Random(20261126);
    for (int i = 0; i < 500; i++) {
      compileAndCheckInvariants(RANDOM.project(fromRandom(random)));
    }
  }

  private static void compileAndCheckInvariants(List<Workflow> project) {
    Compilation c = new Compiler(CATALOG).compile(project);

    assertThat(c.diagnostics()).isSorted();
    for (Diagnostic d : c.diagnostics()) {
      assertThat(IDS).contains(d.id());
      assertThat(d.fix()).isNotEmpty();
      assertThat(new DiagnosticFormatter().format(d)).contains("[" + d.id() + "]");
    }
    for (CompiledWorkflow w : c.workflows()) {
      try {
        assertThat(JSON.readTree(w.json()).get("nodes")).hasSize(w.source().nodes().size());
      } catch (java.io.IOException e) {
        throw new AssertionError("invalid JSON for " + w.key() + ":\n" + w.json(), e);
      }
    }
  }

  private static RandomWorkflows.Choices fromFuzzer(FuzzedDataProvider data) {
    return new RandomWorkflows.Choices() {
      @Override
      public int intIn(int min, int max) {
        return data.consumeInt(min, max);
      }

      @Override
      public boolean bool() {
        return data.consumeBoolean();
      }

      @Override
      public long anyLong() {
        return data.consumeLong();
      }

      @Override
      public double anyDouble() {
        return data.consumeDouble();
      }

      @Override
      public String string(int maxLength) {
        return data.consumeString(maxLength);
      }
    };
  }

  private static RandomWorkflows.Choices fromRandom(Random random) {
    return new RandomWorkflows.Choices() {
      @Override
      public int intIn(int min, int max) {
        return min + random.nextInt(max - min + 1);
      }

      @Override
      public boolean bool() {
        return random.nextBoolean();
      }

      @Override
      public long anyLong() {
        return random.nextBoolean() ? random.nextInt(40) - 5 : random.nextLong();
      }

      @Override
      public double anyDouble() {
        return switch (random.nextInt(6)) {
          case 0 -> Double.NaN;
          case 1 -> Double.POSITIVE_INFINITY;
          case 2 -> -0.0;
          case 3 -> random.nextInt(1000) / 4.0;
          default -> random.nextGaussian() * 1e6;
        };
      }

      @Override
      public String string(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
          int c = random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0xFFFF);
          s.append((char) c);
        }
        return s.toString();
      }
    };
  }
}
