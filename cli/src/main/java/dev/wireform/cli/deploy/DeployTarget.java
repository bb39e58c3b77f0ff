package dev.wireform.cli.deploy;

import java.util.Objects;
import java.util.Optional;

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
 * @param protectOverride the environment's {@code protect}, which overrides every workflow's
 *     own setting when present (e.g. {@code false} on a preview environment that is destroyed)
 * @param projectFile the display path of the project file, where project-wide problems are
 *     reported
 */
public record DeployTarget(
    String project,
    String environment,
    String endpoint,
    String namePrefix,
    boolean protectByDefault,
    Optional<Boolean> protectOverride,
    String projectFile) {
  public DeployTarget {
    Objects.requireNonNull(protectOverride, "protectOverride == null");
    Objects.requireNonNull(project, "project == null");
    Objects.requireNonNull(environment, "environment == null");
    Objects.requireNonNull(endpoint, "endpoint == null");
    Objects.requireNonNull(namePrefix, "namePrefix == null");
    Objects.requireNonNull(projectFile, "projectFile == null");
  }

  /** A target whose environment does not override {@code protect}. */
  public DeployTarget(
      String project,
      String environment,
      String endpoint,
      String namePrefix,
      boolean protectByDefault,
      String projectFile) {
    this(project, environment, endpoint, namePrefix, protectByDefault, Optional.empty(),
        projectFile);
  }

  /** Whether a workflow saying {@code workflowProtect} is protected here. */
  public boolean protect(Optional<Boolean> workflowProtect) {
    return protectOverride.orElse(workflowProtect.orElse(protectByDefault));
  }

  /** The marker of {@code key} in this project and environment. */
  public Marker marker(String key) {
    return new Marker(project, environment, key);
  }
}
