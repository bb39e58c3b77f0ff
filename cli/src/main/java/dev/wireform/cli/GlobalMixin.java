package dev.wireform.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command accepts, before or after its name ({@code wireform --no-color
 * validate} and {@code wireform validate --no-color} mean the same). {@code --format} is not
 * here: each command declares it with the formats it can write.
 */
public final class GlobalMixin {
  @Option(
      names = "--project",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "Project folder (holding wireform.yaml). Default: the nearest wireform.yaml"
          + " in the working folder or above.")
  private Path project;

  @Option(
      names = "--env",
      paramLabel = "ENV",
      scope = ScopeType.INHERIT,
      description = "Environment of wireform.yaml to talk to. Default: the project's default.")
  private String env;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description = "Wireflow API base URL, overriding the environment's endpoint.")
  private String endpoint;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "Never colour output (also: the NO_COLOR environment variable).")
  private boolean noColor;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of internal errors (also: WIREFORM_DEBUG=1).")
  private boolean debug;

  /** The {@code --project} folder as typed, if given. */
  public Optional<Path> project() {
    return Optional.ofNullable(project);
  }

  /** The {@code --env} name, if given. */
  public Optional<String> env() {
    return Optional.ofNullable(env);
  }

  /** The {@code --endpoint} URL, if given. */
  public Optional<String> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  public boolean noColor() {
    return noColor;
  }

  public boolean debug() {
    return debug;
  }
}
