package dev.wireform.dsl.java;

import dev.wireform.dsl.WorkflowDefinition;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.diag.SourcePosition;
import dev.wireform.dsl.model.Workflow;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Loads a workflow from a {@code .java} file of a project: compiles it in memory with the JDK's
 * compiler against wireform's own classpath, instantiates the class that implements {@link
 * WorkflowDefinition} in a fresh class loader and calls {@code define()}. The file stem is the
 * workflow's key.
 *
 * <p>Every problem becomes a {@link Diagnostic}, never an exception: javac errors as {@value
 * #COMPILE} at javac's line and column, a missing compiler (a JRE) as {@value #COMPILE} at the
 * file, and a class that cannot be used, or a {@code define()} that throws, as {@value #WORKFLOW}
 * at the line it concerns; a file over 1 MiB or not in UTF-8 as {@code InputTooLarge} or {@code
 * InvalidEncoding}, as for YAML. The builder's {@code File.java:LINE} positions are moved to the
 * file's display path.
 *
 * <p>The file's code runs inside wireform's process, with its permissions, exactly as a build
 * script would: load only projects you trust.
 */
public final class JavaWorkflowLoader {
  /** Diagnostic ID of javac errors and of a missing Java compiler. */
  public static final String COMPILE = "JavaCompile";

  /** Diagnostic ID of a compiled file that does not yield a workflow. */
  public static final String WORKFLOW = "JavaWorkflow";

  /** Larger files are refused before javac sees them. */
  static final int MAX_BYTES = 1 << 20;

  private static final String INTERFACE = WorkflowDefinition.class.getName();

  /** How long a workflow class may take to be created and to return from define(). */
  static final Duration DEFINE_TIMEOUT = Duration.ofSeconds(30);

  private final Supplier<JavaCompiler> compiler;
  private final Duration defineTimeout;

  /** A loader using the running JDK's compiler ({@link ToolProvider#getSystemJavaCompiler()}). */
  public JavaWorkflowLoader() {
    this(ToolProvider::getSystemJavaCompiler, DEFINE_TIMEOUT);
  }

  /** A loader using this compiler; the supplier may return null, as on a JRE. */
  JavaWorkflowLoader(Supplier<JavaCompiler> compiler) {
    this(compiler, DEFINE_TIMEOUT);
  }

  JavaWorkflowLoader(Supplier<JavaCompiler> compiler, Duration defineTimeout) {
    this.compiler = Objects.requireNonNull(compiler, "compiler == null");
    this.defineTimeout = Objects.requireNonNull(defineTimeout, "defineTimeout == null");
  }

  /**
   * Compiles and runs one workflow file.
   *
   * @param displayPath the file's path as diagnostics show it, e.g. {@code
   *     workflows/product-photos.java}; its stem is the workflow's key
   * @param content the file's bytes, UTF-8
   * @param diagnostics receives every problem found
   * @return the workflow, or empty when {@code diagnostics} got an error for this file
   */
  public Optional<Workflow> load(String displayPath, byte[] content, Diagnostics diagnostics) {
    Objects.requireNonNull(displayPath, "displayPath == null");
    Objects.requireNonNull(content, "content == null");
    Objects.requireNonNull(diagnostics, "diagnostics == null");
    String fileName = displayPath.substring(displayPath.lastIndexOf('/') + 1);
    SourcePosition atFile = SourcePosition.file(displayPath);
    if (content.length > MAX_BYTES) {
      diagnostics.add(
          Diagnostic.error(
                  "InputTooLarge",
                  atFile,
                  "the file is "
                      + content.length
                      + " bytes; wireform reads files of at most "
                      + MAX_BYTES
                      + " bytes (1 MiB)")
              .withFix("split it into several workflow files, or move shared code elsewhere"));
      return Optional.empty();
    }
    Optional<String> text = decode(displayPath, content, diagnostics);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    WorkflowSource source = new WorkflowSource(displayPath, text.get());
    JavaCompiler javac = compiler.get();
    if (javac == null) {
      diagnostics.add(
          Diagnostic.error(
                  COMPILE,
                  atFile,
                  "cannot compile '"
                      + fileName
                      + "': this Java runtime has no Java compiler (it is a JRE, not a JDK)")
              .withFix(
                  "run wireform with a JDK 17 or newer (set JAVA_HOME to a JDK), or write this"
                      + " workflow in YAML"));
      return Optional.empty();
    }
    Optional<CompiledFile> compiled = MemoryCompiler.compile(javac, source, diagnostics);
    return compiled.flatMap(c -> instantiate(source, c, diagnostics));
  }

  private static Optional<String> decode(
      String displayPath, byte[] content, Diagnostics diagnostics) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length); // UTF-8 never has more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      String before = out.flip().toString();
      int lineStart = before.lastIndexOf('\n') + 1;
      SourcePosition at =
          new SourcePosition(
              displayPath,
              (int) before.chars().filter(c -> c == '\n').count() + 1,
              before.codePointCount(lineStart, before.length()) + 1);
      diagnostics.add(
          Diagnostic.error(
                  "InvalidEncoding",
                  at,
                  String.format(
                      "the file is not valid UTF-8: byte 0x%02X at byte offset %d cannot start"
                          + " or continue a UTF-8 character",
                      content[offset] & 0xFF,
                      offset))
              .withFix(
                  "save the file as UTF-8 (a Latin-1 or Windows-1252 file must be converted);"
                      + " wireform only reads UTF-8 text"));
      return Optional.empty();
    }
    String text = out.flip().toString();
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private Optional<Workflow> instantiate(
      WorkflowSource source, CompiledFile compiled, Diagnostics diagnostics) {
    MemoryClassLoader loader =
        new MemoryClassLoader(WorkflowDefinition.class.getClassLoader(), compiled.classes());
    Map<String, Class<?>> definitions = new LinkedHashMap<>();
    for (String name : compiled.topLevel().keySet()) {
      try {
        Class<?> type = Class.forName(name, false, loader);
        int mods = type.getModifiers();
        if (WorkflowDefinition.class.isAssignableFrom(type)
            && !type.isInterface()
            && !Modifier.isAbstract(mods)) {
          definitions.put(name, type);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        diagnostics.add(
            source.error(
                WORKFLOW,
                compiled.topLevel().get(name),
                "cannot load class '" + simpleName(name) + "': " + describe(e),
                "check that the class compiles on its own"));
        return Optional.empty();
      }
    }
    Optional<Class<?>> chosen = choose(source, compiled, definitions, diagnostics);
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    Class<?> type = chosen.get();
    SourcePosition at = compiled.topLevel().get(type.getName());
    Constructor<?> constructor;
    try {
      constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      diagnostics.add(
          source.error(
              WORKFLOW,
              at,
              "class '" + type.getSimpleName() + "' has no no-arg constructor",
              "add 'public "
                  + type.getSimpleName()
                  + "() {}'; wireform creates the class with it"));
      return Optional.empty();
    } catch (RuntimeException e) {
      diagnostics.add(
          source.error(
              WORKFLOW,
              at,
              "cannot use the constructor of '" + type.getSimpleName() + "': " + describe(e),
              "make the class and its no-arg constructor public"));
      return Optional.empty();
    }
    // The user's code runs on its own daemon thread so that a define() that never returns is
    // reported after a deadline instead of hanging validate, plan or apply for ever.
    String[] step = {"creating '" + type.getSimpleName() + "'"};
    Constructor<?> create = constructor;
    FutureTask<Workflow> task =
        new FutureTask<>(
            () -> {
              Thread.currentThread().setContextClassLoader(loader);
              WorkflowDefinition definition = (WorkflowDefinition) create.newInstance();
              step[0] = "define() of '" + type.getSimpleName() + "'";
              return definition.define();
            });
    Thread runner = new Thread(task, "wireform-define-" + type.getSimpleName());
    runner.setDaemon(true);
    runner.start();
    Workflow workflow;
    try {
      workflow = task.get(defineTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      runner.interrupt();
      diagnostics.add(
          source.error(
              WORKFLOW,
              at,
              step[0] + " did not finish within " + (defineTimeout.toMillis() % 1000 == 0
                  ? defineTimeout.toSeconds() + " s" : defineTimeout.toMillis() + " ms"),
              "define() must only build and return the workflow: no endless loops, network"
                  + " calls or waiting"));
      return Optional.empty();
    } catch (InterruptedException e) {
      runner.interrupt();
      Thread.currentThread().interrupt();
      diagnostics.add(
          source.error(WORKFLOW, at, step[0] + " was interrupted", "run the command again"));
      return Optional.empty();
    } catch (ExecutionException wrapped) {
      Throwable e = wrapped.getCause();
      if (e instanceof InvocationTargetException || e instanceof ExceptionInInitializerError) {
        e = e.getCause() == null ? e : e.getCause();
      }
      // the user's code may throw anything; only a dying VM goes up
      if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
        throw (VirtualMachineError) e;
      }
      diagnostics.add(thrown(source, at, step[0], e));
      return Optional.empty();
    }
    if (workflow == null) {
      diagnostics.add(
          source.error(
              WORKFLOW,
              at,
              "define() of '" + type.getSimpleName() + "' returned null",
              "return the workflow: Workflows.workflow(\"" + source.stem() + "\")...build()"));
      return Optional.empty();
    }
    Workflow located = relocate(workflow, source);
    if (!located.key().equals(source.stem())) {
      diagnostics.add(
          located
              .source()
              .errorAtKey(
                  WORKFLOW,
                  "",
                  "workflow key '"
                      + located.key()
                      + "' does not match the file name '"
                      + source.fileName
                      + "'; the file stem is the workflow's key")
              .withFix(
                  "write Workflows.workflow(\""
                      + source.stem()
                      + "\"), or rename the file to '"
                      + located.key()
                      + ".java'"));
      return Optional.empty();
    }
    return Optional.of(located);
  }

  private static Optional<Class<?>> choose(
      WorkflowSource source,
      CompiledFile compiled,
      Map<String, Class<?>> definitions,
      Diagnostics diagnostics) {
    if (definitions.size() == 1) {
      return Optional.of(definitions.values().iterator().next());
    }
    List<String> topLevel = new ArrayList<>(compiled.topLevel().keySet());
    if (definitions.isEmpty()) {
      String message =
          topLevel.size() == 1
              ? "class '" + simpleName(topLevel.get(0)) + "' does not implement " + INTERFACE
              : "no class in '" + source.fileName + "' implements " + INTERFACE;
      SourcePosition at =
          topLevel.isEmpty()
              ? SourcePosition.file(source.displayPath)
              : compiled.topLevel().get(topLevel.get(0));
      diagnostics.add(
          source.error(
              WORKFLOW,
              at,
              message,
              "declare 'class "
                  + source.className()
                  + " implements WorkflowDefinition' whose define() returns the workflow"));
      return Optional.empty();
    }
    // Set.copyOf, not Set.of: for 'Photos.java' the stem and the class name are the same.
    Set<String> preferred = Set.copyOf(List.of(source.stem(), source.className()));
    List<Class<?>> named =
        definitions.values().stream()
            .filter(c -> preferred.contains(c.getSimpleName()))
            .collect(Collectors.toList());
    if (named.size() == 1) {
      return Optional.of(named.get(0));
    }
    List<String> names = new ArrayList<>(definitions.keySet());
    diagnostics.add(
        source.error(
            WORKFLOW,
            compiled.topLevel().get(names.get(1)),
            "'"
                + source.fileName
                + "' declares "
                + names.size()
                + " workflow classes: "
                + names.stream()
                    .map(JavaWorkflowLoader::simpleName)
                    .collect(Collectors.joining(", "))
                + "; a file holds one workflow",
            "move each workflow into a file of its own, or name the one to load '"
                + source.className()
                + "'"));
    return Optional.empty();
  }

  /** Where a throwable thrown by the user's code points into the file, else the class. */
  private static Diagnostic thrown(
      WorkflowSource source, SourcePosition classAt, String step, Throwable error) {
    SourcePosition at = classAt;
    for (Throwable t = error; t != null; t = t.getCause()) {
      Optional<StackTraceElement> frame =
          List.of(t.getStackTrace()).stream()
              .filter(f -> source.fileName.equals(f.getFileName()) && f.getLineNumber() > 0)
              .findFirst();
      if (frame.isPresent()) {
        at = new SourcePosition(source.displayPath, frame.get().getLineNumber(), 0);
        break;
      }
    }
    return source.error(
        WORKFLOW,
        at,
        step + " threw " + describe(error),
        "fix the code at this line; define() must return the workflow without throwing");
  }

  private static Workflow relocate(Workflow workflow, WorkflowSource source) {
    SourceMap map = workflow.source();
    if (!map.file().equals(source.fileName)) {
      return workflow; // built by code in another file: its positions stay as they are
    }
    return workflow.toBuilder().source(map.relocate(source.displayPath, source.lines)).build();
  }

  static String describe(Throwable t) {
    String message = t.getMessage();
    String name = t.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + message;
  }

  private static String simpleName(String binaryName) {
    return binaryName.substring(binaryName.lastIndexOf('.') + 1);
  }
}
