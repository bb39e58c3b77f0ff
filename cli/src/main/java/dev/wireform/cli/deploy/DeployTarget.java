package dev.wireform.cli.deploy;

import java.util.Objects;

/**
 * Where a project deploys to and under which policies: one environment of {@code wireform.yaml}.
 *
 * @param project the project name (written into every ownership marker)
 * @param environment the environment name (also part of the marker, so two environments that
 *     share one Wireflow account never touch each other's workflows)
 * @param endpoint the API base URL, or {@code embedded}; shown in plans and checked when a saved
 *     plan is applied
 * @param namePrefix prepended to every workflow name, e.g. {@code pr-123/}
 * @param protectByDefault whether workflows that do not say {@code protect:} are protected
 * @param projectFile the display path of the project file, where project-wide problems are
 *     reported
 */
public record DeployTarget(
    String project,
    String environment,
    String endpoint,
    String namePrefix,
    boolean protectByDefault,
    String projectFile) {
  public DeployTarget {
    Objects.requireNonNull(project, "project == null");
    Objects.requireNonNull(environment, "environment == null");
    Objects.requireNonNull(endpoint, "endpoint == null");
    Objects.requireNonNull(namePrefix, "namePrefix == null");
    Objects.requireNonNull(projectFile, "projectFile == null");
  }

  /** The marker of {@code key} in this project and environment. */
  public Marker marker(String key) {
    return new Marker(project, environment, key);
  }
}
