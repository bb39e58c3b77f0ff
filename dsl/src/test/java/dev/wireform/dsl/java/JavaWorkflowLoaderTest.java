package dev.wireform.dsl.java;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.Severity;
import dev.wireform.dsl.diag.SourcePosition;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Workflow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JavaWorkflowLoaderTest {
  private final JavaWorkflowLoader loader = new JavaWorkflowLoader();
  private final Diagnostics diagnostics = new Diagnostics();

  private static final String PRODUCT_PHOTOS =
      """
      import dev.wireform.dsl.WorkflowDefinition;
      import dev.wireform.dsl.Workflows;
      import dev.wireform.dsl.model.Workflow;

      class ProductPhotos implements WorkflowDefinition {
        @Override
        public Workflow define() {
          return Workflows.workflow("product-photos")
              .name("Product photos")
              .node("photo", "input:image").label("Photo")
              .node("cutout", "process:background_removal")
                  .input("image_url", "photo.image")
                  .param("scale_factor", 3)
              .build();
        }
      }
      """;

  @Test
  void loadsAWorkflowFromAJavaFile() {
    Optional<Workflow> wf = load("workflows/product-photos.java", PRODUCT_PHOTOS);

    assertThat(diagnostics.sorted()).isEmpty();
    Workflow workflow = wf.orElseThrow();
    assertThat(workflow.key()).isEqualTo("product-photos");
    assertThat(workflow.name()).isEqualTo("Product photos");
    assertThat(workflow.nodes()).extracting(n -> n.id()).containsExactly("photo", "cutout");
    assertThat(workflow.node("cutout").orElseThrow().inputs())
        .isEqualTo(Map.of("image_url", List.of(new PortRef("photo", "image"))));
  }

  @Test
  void movesBuilderPositionsToTheDisplayPathWithTheSourceLines() {
    Workflow wf = load("workflows/product-photos.java", PRODUCT_PHOTOS).orElseThrow();

    var source = wf.source();
    assertThat(source.file()).isEqualTo("workflows/product-photos.java");
    assertThat(source.value("/nodes/cutout/params/scale_factor"))
        .isEqualTo(new SourcePosition("workflows/product-photos.java", 13, 0));
    assertThat(source.key("/nodes/cutout/inputs/image_url"))
        .isEqualTo(new SourcePosition("workflows/product-photos.java", 12, 0));
    assertThat(source.key("/name"))
        .isEqualTo(new SourcePosition("workflows/product-photos.java", 9, 0));
    assertThat(source.errorAtValue("UnknownParam", "/nodes/cutout/params/scale_factor", "m")
            .snippet())
        .isEqualTo("            .param(\"scale_factor\", 3)");
  }

  @Test
  void loadsAPublicClassInAPackage() {
    String text =
        """
        package com.acme.flows;

        import dev.wireform.dsl.*;
        import dev.wireform.dsl.model.Workflow;

        public class Upscale implements WorkflowDefinition {
          public Workflow define() {
            return Workflows.workflow("Upscale").name("Upscale")
                .node("in", "input:text").param("prompt", "")
                .build();
          }
        }
        """;

    Optional<Workflow> wf = load("Upscale.java", text);

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(wf.orElseThrow().source().file()).isEqualTo("Upscale.java");
  }

  @Test
  void reportsJavacErrorsAtTheirExactPosition() {
    String text = PRODUCT_PHOTOS.replace(".node(\"photo\"", ".nod(\"photo\"");

    Optional<Workflow> wf = load("workflows/product-photos.java", text);

    assertThat(wf).isEmpty();
    assertThat(diagnostics.sorted())
        .containsExactly(
            new Diagnostic(
                "JavaCompile",
                Severity.ERROR,
                new SourcePosition("workflows/product-photos.java", 10, 9),
                "cannot find symbol (symbol: method nod(java.lang.String,java.lang.String),"
                    + " location: interface dev.wireform.dsl.WorkflowStep)",
                "fix the Java source; the builder API is described in docs/java-dsl.md",
                "        .nod(\"photo\", \"input:image\").label(\"Photo\")"));
  }

  @Test
  void reportsEverySyntaxErrorOfTheFile() {
    String text =
        """
        class Broken implements dev.wireform.dsl.WorkflowDefinition {
          public dev.wireform.dsl.model.Workflow define() {
            int a = 1
            return null
          }
        }
        """;

    load("Broken.java", text);

    assertThat(diagnostics.sorted())
        .extracting(d -> d.position().toString() + " " + d.message())
        .containsExactly("Broken.java:3:14 ';' expected", "Broken.java:4:16 ';' expected");
  }

  @Test
  void reportsAnExceptionFromDefineAtTheLineThatThrewIt() {
    String text =
        PRODUCT_PHOTOS.replace(
            ".node(\"cutout\", \"process:background_removal\")",
            ".node(\"photo\", \"process:background_removal\")");

    Optional<Workflow> wf = load("workflows/product-photos.java", text);

    assertThat(wf).isEmpty();
    assertThat(diagnostics.sorted())
        .containsExactly(
            new Diagnostic(
                "JavaWorkflow",
                Severity.ERROR,
                new SourcePosition("workflows/product-photos.java", 11, 0),
                "define() of 'ProductPhotos' threw IllegalArgumentException: node 'photo' already"
                    + " declared in workflow 'product-photos'",
                "fix the code at this line; define() must return the workflow without throwing",
                "        .node(\"photo\", \"process:background_removal\")"));
  }

  @Test
  void reportsAnExceptionFromTheConstructor() {
    String text =
        """
        class Failing implements dev.wireform.dsl.WorkflowDefinition {
          private final String name = System.getenv().containsKey("x") ? "x" : fail();

          private static String fail() {
            throw new IllegalStateException();
          }

          public dev.wireform.dsl.model.Workflow define() {
            return null;
          }
        }
        """;

    load("Failing.java", text);

    assertThat(diagnostics.sorted())
        .extracting(d -> d.position() + " " + d.message())
        .containsExactly("Failing.java:5 creating 'Failing' threw IllegalStateException");
  }

  @Test
  void rejectsAClassThatDoesNotImplementWorkflowDefinition() {
    String text =
        """
        import dev.wireform.dsl.Workflows;

        public class Pipeline implements Runnable {
          public void run() {}
        }
        """;

    load("workflows/Pipeline.java", text);

    assertThat(diagnostics.sorted())
        .containsExactly(
            new Diagnostic(
                "JavaWorkflow",
                Severity.ERROR,
                new SourcePosition("workflows/Pipeline.java", 3, 1),
                "class 'Pipeline' does not implement dev.wireform.dsl.WorkflowDefinition",
                "declare 'class Pipeline implements WorkflowDefinition' whose define() returns"
                    + " the workflow",
                "public class Pipeline implements Runnable {"));
  }

  @Test
  void rejectsAClassWithoutANoArgConstructor() {
    String text =
        """
        class NeedsArgs implements dev.wireform.dsl.WorkflowDefinition {
          NeedsArgs(String name) {}

          public dev.wireform.dsl.model.Workflow define() {
            return null;
          }
        }
        """;

    load("NeedsArgs.java", text);

    assertThat(diagnostics.sorted())
        .extracting(d -> d.position() + " " + d.message() + " | " + d.fix())
        .containsExactly(
            "NeedsArgs.java:1:1 class 'NeedsArgs' has no no-arg constructor | add 'public"
                + " NeedsArgs() {}'; wireform creates the class with it");
  }

  @Test
  void rejectsADefineThatReturnsNull() {
    String text =
        """
        class Empty implements dev.wireform.dsl.WorkflowDefinition {
          public dev.wireform.dsl.model.Workflow define() {
            return null;
          }
        }
        """;

    load("empty.java", text);

    assertThat(diagnostics.sorted())
        .extracting(d -> d.position() + " " + d.message() + " | " + d.fix())
        .containsExactly(
            "empty.java:1:1 define() of 'Empty' returned null | return the workflow:"
                + " Workflows.workflow(\"empty\")...build()");
  }

  @Test
  void rejectsAKeyThatIsNotTheFileStem() {
    load("workflows/photos.java", PRODUCT_PHOTOS);

    assertThat(diagnostics.sorted())
        .extracting(d -> d.position() + " " + d.message() + " | " + d.fix())
        .containsExactly(
            "workflows/photos.java:8 workflow key 'product-photos' does not match the file name"
                + " 'photos.java'; the file stem is the workflow's key | write"
                + " Workflows.workflow(\"photos\"), or rename the file to 'product-photos.java'");
  }

  @Test
  void picksTheClassNamedAfterTheFileAmongSeveralDefinitions() {
    String text =
        """
        import dev.wireform.dsl.*;
        import dev.wireform.dsl.model.Workflow;

        class Helper implements WorkflowDefinition {
          public Workflow define() { return null; }
        }

        class Photos implements WorkflowDefinition {
          public Workflow define() {
            return Workflows.workflow("photos").name("Photos").node("a", "input:image").build();
          }
        }
        """;

    assertThat(load("photos.java", text)).isPresent();
    assertThat(diagnostics.sorted()).isEmpty();

    load("other.java", text.replace("\"photos\"", "\"other\""));
    assertThat(diagnostics.sorted())
        .extracting(d -> d.position() + " " + d.message())
        .containsExactly(
            "other.java:8:1 'other.java' declares 2 workflow classes: Helper, Photos; a file"
                + " holds one workflow");
  }

  @Test
  void picksTheClassNamedAfterAFileWhoseStemIsAlreadyAClassName() {
    String text =
        """
        import dev.wireform.dsl.*;
        import dev.wireform.dsl.model.Workflow;

        class Photos implements WorkflowDefinition {
          public Workflow define() {
            return Workflows.workflow("Photos").name("Photos").node("a", "input:image").build();
          }
        }

        class Helper implements WorkflowDefinition {
          public Workflow define() { return null; }
        }
        """;

    Optional<Workflow> wf = load("workflows/Photos.java", text);

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(wf.orElseThrow().key()).isEqualTo("Photos");
  }

  @Test
  void explainsThatAJreCannotCompileJavaWorkflows() {
    JavaWorkflowLoader onJre = new JavaWorkflowLoader(() -> null);

    Optional<Workflow> wf =
        onJre.load("workflows/product-photos.java", PRODUCT_PHOTOS.getBytes(UTF_8), diagnostics);

    assertThat(wf).isEmpty();
    assertThat(diagnostics.sorted())
        .containsExactly(
            new Diagnostic(
                "JavaCompile",
                Severity.ERROR,
                SourcePosition.file("workflows/product-photos.java"),
                "cannot compile 'product-photos.java': this Java runtime has no Java compiler (it"
                    + " is a JRE, not a JDK)",
                "run wireform with a JDK 17 or newer (set JAVA_HOME to a JDK), or write this"
                    + " workflow in YAML",
                ""));
  }

  @Test
  void rejectsAFileThatIsNotUtf8() {
    byte[] bytes = "class A {}\n// caf\u00e9\n".getBytes(ISO_8859_1);

    assertThat(loader.load("A.java", bytes, diagnostics)).isEmpty();
    assertThat(diagnostics.sorted())
        .extracting(d -> d.id() + " " + d.position() + " " + d.message())
        .containsExactly(
            "InvalidEncoding A.java:2:7 the file is not valid UTF-8: byte 0xE9 at byte offset 17"
                + " cannot start or continue a UTF-8 character");
  }

  @Test
  void rejectsAnOversizedFileBeforeCompilingIt() {
    byte[] bytes = new byte[JavaWorkflowLoader.MAX_BYTES + 1];

    assertThat(loader.load("Big.java", bytes, diagnostics)).isEmpty();
    assertThat(diagnostics.sorted())
        .extracting(d -> d.id() + " " + d.position() + " " + d.message())
        .containsExactly(
            "InputTooLarge Big.java the file is 1048577 bytes; wireform reads files of at most"
                + " 1048576 bytes (1 MiB)");
  }

  @Test
  void keepsJavacMessagesOnOneLine() {
    assertThat(
            MemoryCompiler.message(
                "cannot find symbol\n  symbol:   variable x\n  location: class A\n"))
        .isEqualTo("cannot find symbol (symbol: variable x, location: class A)");
    assertThat(MemoryCompiler.message("';' expected")).isEqualTo("';' expected");
  }

  @Test
  void reportsADefineThatNeverReturnsInsteadOfHanging() {
    String text =
        """
        class Spins implements dev.wireform.dsl.WorkflowDefinition {
          public dev.wireform.dsl.model.Workflow define() {
            while (true) {
              Thread.onSpinWait();
            }
          }
        }
        """;
    JavaWorkflowLoader impatient =
        new JavaWorkflowLoader(
            javax.tools.ToolProvider::getSystemJavaCompiler, java.time.Duration.ofMillis(300));

    Optional<Workflow> loaded = impatient.load("Spins.java", text.getBytes(UTF_8), diagnostics);

    assertThat(loaded).isEmpty();
    assertThat(diagnostics.sorted())
        .extracting(d -> d.id() + " " + d.position() + " " + d.message() + " | " + d.fix())
        .containsExactly(
            "JavaWorkflow Spins.java:1:1 define() of 'Spins' did not finish within 300 ms | define()"
                + " must only build and return the workflow: no endless loops, network calls or"
                + " waiting");
  }

  private Optional<Workflow> load(String displayPath, String text) {
    return loader.load(displayPath, text.getBytes(UTF_8), diagnostics);
  }
}
