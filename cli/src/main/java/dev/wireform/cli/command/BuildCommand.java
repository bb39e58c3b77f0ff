package dev.wireform.cli.command;

import dev.wireform.cli.DiagnosticsFormatMixin;
import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.RootCommand;
import dev.wireform.cli.UserErrorException;
import dev.wireform.compiler.CompiledWorkflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wireform build [PATH...] -o DIR}: the canonical Wireflow JSON of each workflow, one
 * {@code <key>.json} per workflow. All or nothing: with any error, no file is written.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Compile workflows to the exact JSON Wireflow's POST /workflows takes, one <key>.json per"
          + " workflow (the key is the file name without extension).",
      "Runs every check of validate first; with any error it prints them, writes nothing and"
          + " exits 1. Output is byte-identical for the same input."
    })
public final class BuildCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;
  @Spec private CommandSpec spec;
  @Mixin private DiagnosticsFormatMixin format;

  @Mixin private WorkflowPathsMixin paths;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      required = true,
      description = "Folder to write the JSON files to (created if missing; files of the same"
          + " name are replaced, other files are left alone).")
  private Path out;

  @Override
  public Integer call() {
    ProjectCheck check = ProjectCheck.run(root, paths.paths());
    Path dir = root.invocation().resolve(out);
    String shown = display(dir);
    if (check.hasErrors()) {
      format.renderer(root).render(check.report(), spec.commandLine().getOut());
      return ExitCodes.FAILED;
    }
    write(check.compilation().workflows(), dir, shown);
    format.renderer(root).render(check.report(" written to " + shown), spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  private static void write(List<CompiledWorkflow> workflows, Path dir, String shown) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UserErrorException(
          "cannot write to '" + shown + "': it is a file, not a folder; pass a folder to -o");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw UserErrorException.io("create folder", shown, e);
    }
    for (CompiledWorkflow workflow : workflows) {
      String name = workflow.key() + ".json";
      try {
        Files.writeString(dir.resolve(name), workflow.json(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw UserErrorException.io("write", shown + "/" + name, e);
      }
    }
  }

  private String display(Path path) {
    Path cwd = root.invocation().cwd();
    if (path.equals(cwd)) {
      return ".";
    }
    return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
  }
}
