package dev.wireform.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The {@code [PATH…]} of the commands that read workflows: files or folders, else the project. */
final class WorkflowPathsMixin {
  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Workflow files (.yaml, .yml, .java) or folders. Default: the project"
          + " (--project, or the nearest wireform.yaml).")
  private List<Path> paths = new ArrayList<>();

  /** The paths as typed, relative to the working folder; empty for the project. */
  List<Path> paths() {
    return paths;
  }
}
