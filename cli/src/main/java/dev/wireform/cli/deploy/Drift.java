package dev.wireform.cli.deploy;

import java.util.List;
import java.util.Objects;

/**
 * What {@code drift} found: the deployed workflows edited outside wireform since it last wrote
 * them, each with the param-level difference from the code.
 *
 * @param project the project name
 * @param environment the environment name
 * @param endpoint where it looked
 * @param edited workflows whose content no longer matches what wireform wrote, sorted by key
 * @param clean how many deployed workflows are as wireform left them
 * @param notDeployed keys in the code with no workflow on the account yet
 */
public record Drift(
    String project,
    String environment,
    String endpoint,
    List<Edited> edited,
    int clean,
    List<String> notDeployed) {

  public Drift {
    Objects.requireNonNull(project, "project == null");
    Objects.requireNonNull(environment, "environment == null");
    Objects.requireNonNull(endpoint, "endpoint == null");
    edited = List.copyOf(edited);
    notDeployed = List.copyOf(notDeployed);
  }

  /**
   * A workflow edited outside wireform.
   *
   * @param key its key
   * @param id its Wireflow id
   * @param name its name on the account
   * @param updatedAt when it was last modified
   * @param diff from the code ({@code before}) to the account ({@code after}): what was edited
   */
  public record Edited(String key, String id, String name, String updatedAt, WorkflowDiff diff) {
    public Edited {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(updatedAt, "updatedAt == null");
      Objects.requireNonNull(diff, "diff == null");
    }
  }

  public boolean drifted() {
    return !edited.isEmpty();
  }

  /** 2 when a workflow was edited outside wireform, else 0. */
  public int exitCode() {
    return drifted() ? 2 : 0;
  }
}
