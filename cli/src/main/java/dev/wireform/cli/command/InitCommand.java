package dev.wireform.cli.command;

import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.RootCommand;
import dev.wireform.cli.UserErrorException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wireform init [DIR]}: scaffolds a project: {@code wireform.yaml}, the ClarityAI example
 * in {@code workflows/}, and {@code .wireform/} in {@code .gitignore}. Never overwrites a file.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Create a wireform project: wireform.yaml, workflows/clarity-upscale.yaml and a"
        + " .gitignore entry for .wireform/. Existing files are never overwritten.")
public final class InitCommand implements Callable<Integer> {
  static final String PROJECT_FILE = "wireform.yaml";
  static final String EXAMPLE_FILE = "workflows/clarity-upscale.yaml";
  static final String IGNORE_ENTRY = ".wireform/";
  /** The project names wireform.yaml accepts (see ProjectFileReader). */
  static final Pattern PROJECT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  @ParentCommand private RootCommand root;
  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "Folder to create the project in (created if missing). Default: the working"
          + " folder.")
  private Path dir;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "Project name, written onto every deployed workflow as its owner. Default:"
          + " the folder's name.")
  private String name;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path target = root.invocation().resolve(dir == null ? Path.of(".") : dir);
    String project = name != null ? name : defaultName(target);
    if (!PROJECT_NAME.matcher(project).matches()) {
      throw new ParameterException(
          spec.commandLine(),
          "--name '" + project + "' is not a valid project name: use letters, digits, '.', '_'"
              + " and '-', starting with a letter or digit");
    }

    Map<String, String> files = new LinkedHashMap<>();
    files.put(PROJECT_FILE, projectFile(project));
    files.put(EXAMPLE_FILE, EXAMPLE_WORKFLOW);
    List<String> existing = new ArrayList<>();
    for (String file : files.keySet()) {
      if (Files.exists(target.resolve(file))) {
        existing.add(file);
      }
    }
    if (!existing.isEmpty()) {
      throw new UserErrorException(
          "not creating a project in " + display(target) + ": " + String.join(", ", existing)
              + " already exist" + (existing.size() == 1 ? "s" : "")
              + "; init never overwrites files (remove them or choose another folder)");
    }

    Path current = target;
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        current = target.resolve(file.getKey());
        Files.createDirectories(current.getParent());
        Files.writeString(current, file.getValue(), StandardCharsets.UTF_8);
        out.println("created " + display(current));
      }
      current = target.resolve(".gitignore");
      String ignoreAction = ignoreWireformState(current);
      if (!ignoreAction.isEmpty()) {
        out.println(ignoreAction + " " + display(current));
      }
    } catch (IOException e) {
      throw UserErrorException.io("write", display(current), e);
    }
    String cd = target.equals(root.invocation().cwd()) ? "" : "cd " + display(target) + " && ";
    out.println("next: " + cd + "wireform validate");
    return ExitCodes.OK;
  }

  /** Adds {@code .wireform/} to the ignore file; returns what it did, empty when nothing. */
  private static String ignoreWireformState(Path gitignore) throws IOException {
    if (!Files.exists(gitignore)) {
      Files.writeString(gitignore, IGNORE_ENTRY + "\n", StandardCharsets.UTF_8);
      return "created";
    }
    String text = Files.readString(gitignore, StandardCharsets.UTF_8);
    List<String> spellings = List.of(IGNORE_ENTRY, ".wireform", "/.wireform/", "/.wireform");
    boolean present = text.lines().map(String::strip).anyMatch(spellings::contains);
    if (present) {
      return "";
    }
    String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
    Files.writeString(gitignore, text + separator + IGNORE_ENTRY + "\n", StandardCharsets.UTF_8);
    return "updated";
  }

  private String display(Path path) {
    Path cwd = root.invocation().cwd();
    if (path.equals(cwd)) {
      return ".";
    }
    return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
  }

  /** The folder name in lower case, runs of other characters than a-z, 0-9 turned into '-'. */
  static String defaultName(Path dir) {
    Path fileName = dir.getFileName();
    String raw = fileName == null ? "wireform-project" : fileName.toString();
    String slug = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = slug.replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "wireform-project" : slug;
  }

  static String projectFile(String project) {
    return """
        # A wireform project. See docs/getting-started.md and docs/cli.md.
        project: %s          # ownership marker written onto every workflow wireform deploys
        workflows: [workflows]   # folders holding the workflow files (one workflow per file)
        environments:
          local:
            endpoint: embedded   # the in-process Wireflow emulator; data under .wireform/local
          # prod:
          #   endpoint: https://www.wireflow.ai/api/v1
          #   apiKeyEnv: WIREFLOW_API_KEY   # the key is only ever read from the environment
          #   plan: pro
        default: local
        """.formatted(project);
  }

  /** The ClarityAI example of Wireflow's upscaling guide. */
  static final String EXAMPLE_WORKFLOW = """
      # The ClarityAI example from Wireflow's upscaling guide: the text of an input node (an
      # image URL) wired into the Crystal upscaler, at 2x.
      name: ClarityAI Image Upscaler
      nodes:
        input-1:
          type: input:text
          label: Image URL
          params: { prompt: "" }
        upscale-1:
          type: process:clarityai_crystal_upscaler
          label: ClarityAI Upscaler
          params: { scale_factor: 2 }
          inputs:
            image_url: input-1.prompt
      """;
}
