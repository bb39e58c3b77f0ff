package dev.wireform.cli.command;

import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.RootCommand;
import dev.wireform.cli.UserErrorException;
import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.deploy.Applier;
import dev.wireform.cli.deploy.ClientRemote;
import dev.wireform.cli.deploy.Importer;
import dev.wireform.dsl.model.Workflow;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wireform import (--id ID… | --all) [-o DIR]}: writes existing workflows as YAML with an
 * {@code adopt} binding and takes them over, so that {@code plan} right after shows no changes.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Write existing Wireflow workflows as YAML (with adopt: {id}) and mark them as"
        + " owned by this project, so that 'wireform plan' right after shows no changes.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  every workflow imported and adopted", "  1  something was skipped or failed"})
public final class ImportCommand implements Callable<Integer> {
  /** The languages import writes. */
  public enum Language {
    YAML,
    JAVA
  }

  static final class Which {
    @Option(names = "--id", paramLabel = "ID", required = true,
        description = "A workflow id to import; repeat for more.")
    List<String> ids;

    @Option(names = "--all", required = true,
        description = "Every workflow on the account that no wireform project owns.")
    boolean all;
  }

  @ParentCommand private RootCommand root;
  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Which which;

  @Option(names = "--to", paramLabel = "LANG", defaultValue = "yaml",
      description = "yaml (java comes with the codegen command). Default: ${DEFAULT-VALUE}.")
  private Language to;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Folder for the files. Default: the project's first workflow folder.")
  private Path outDir;

  @Override
  public Integer call() {
    if (to == Language.JAVA) {
      throw new UserErrorException(
          "import --to java is not available yet (it comes with the codegen command); use"
              + " --to yaml");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (DeploySession session = DeploySession.open(root, err, false)) {
      Path dir = outDir != null ? root.invocation().resolve(outDir)
          : session.loaded.root().resolve(session.project.workflows().isEmpty()
              ? "workflows" : session.project.workflows().get(0).replaceAll("[*?].*$", ""));
      List<String> folders = session.project.workflows().isEmpty()
          ? List.of("workflows") : session.project.workflows();
      if (!readsWorkflowsFrom(session.loaded.root(), folders, dir)) {
        // An adopted workflow whose file the project does not read would show as orphaned at
        // once, and 'apply --prune' would delete what was just imported.
        Path cwd = root.invocation().cwd();
        throw new UserErrorException("'" + DeploySession.display(cwd, dir) + "' is not one of"
            + " the project's workflow folders (workflows: [" + String.join(", ", folders)
            + "] in wireform.yaml), so plan would not see the imported files and 'apply --prune'"
            + " would delete the workflows; nothing was imported. Import into one of them, or"
            + " add the folder to 'workflows:' first");
      }
      Set<String> keys =
          session.loaded.workflows().stream().map(Workflow::key).collect(Collectors.toSet());
      Importer importer = new Importer(session.deployer,
          new ClientRemote(session.connection.client()), session.loaded.catalog());
      Applier.Options options =
          new Applier.Options(java.util.OptionalInt.empty(), DeploySession.CONCURRENCY);
      Importer.Result r;
      try {
        r = which.all ? importer.importAll(dir, keys, options)
            : importer.importIds(which.ids, dir, keys, options);
      } catch (ApiException e) {
        throw DeploySession.apiFailure("import stopped", e);
      }
      Path cwd = root.invocation().cwd();
      r.written().forEach(f -> out.println("wrote " + DeploySession.display(cwd, f)));
      r.adopted().forEach(a -> out.println("adopted " + a));
      r.problems().forEach(p -> err.println("error: " + p));
      if (r.written().isEmpty() && r.problems().isEmpty()) {
        out.println("nothing to import: every workflow on the account is already managed");
      } else {
        out.println("Imported " + r.written().size() + " file(s), adopted " + r.adopted().size()
            + (r.adopted().isEmpty() ? "." : "; 'wireform plan' now shows no changes for them."));
      }
      return r.exitCode() == 0 ? ExitCodes.OK : r.exitCode();
    }
  }

  /**
   * Whether the project at {@code root}, reading the {@code workflows:} entries {@code
   * folders} (folders, files or globs), would read a {@code .yaml} file written to {@code dir}.
   */
  static boolean readsWorkflowsFrom(Path root, List<String> folders, Path dir) {
    Path base = root.toAbsolutePath().normalize();
    Path target = dir.toAbsolutePath().normalize();
    Path sample = target.resolve("imported.yaml");
    for (String entry : folders) {
      if (entry.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0)) {
        if (sample.startsWith(base) && FileSystems.getDefault().getPathMatcher("glob:" + entry)
            .matches(base.relativize(sample))) {
          return true;
        }
        continue;
      }
      Path folder = base.resolve(entry).normalize();
      if (target.startsWith(folder) && !skipped(folder.relativize(target))) {
        return true;
      }
    }
    return false;
  }

  /** The project loader skips hidden and {@code target} folders below a workflow folder. */
  private static boolean skipped(Path below) {
    for (Path part : below) {
      String name = part.toString();
      if (name.startsWith(".") || name.equals("target")) {
        return true;
      }
    }
    return false;
  }
}
