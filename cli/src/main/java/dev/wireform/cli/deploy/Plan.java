package dev.wireform.cli.deploy;

import dev.wireform.dsl.diag.Diagnostic;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What apply would do on one environment, change by change, with the exact bodies it would send
 * and the remote {@code updatedAt} each change was planned against. A plan with errors in its
 * diagnostics cannot be applied.
 *
 * @param planId a random id, part of every create's idempotency key
 * @param project the project name
 * @param environment the environment name
 * @param endpoint the API base URL (or {@code embedded}) the plan was made against
 * @param prune whether owned workflows that left the code are deleted (else reported orphaned)
 * @param changes one change per workflow, sorted by key
 * @param diagnostics problems found while planning (errors block apply), sorted
 */
public record Plan(
    String planId,
    String project,
    String environment,
    String endpoint,
    boolean prune,
    List<Change> changes,
    List<Diagnostic> diagnostics) {

  /** The version of the plan JSON format; see {@code docs/plan-schema.json}. */
  public static final int FORMAT_VERSION = 1;

  public Plan {
    Objects.requireNonNull(planId, "planId == null");
    Objects.requireNonNull(project, "project == null");
    Objects.requireNonNull(environment, "environment == null");
    Objects.requireNonNull(endpoint, "endpoint == null");
    changes =
        changes.stream()
            .sorted(Comparator.comparing(Change::key).thenComparing(c -> c.action().ordinal()))
            .toList();
    diagnostics = diagnostics.stream().sorted().toList();
  }

  public long count(Action action) {
    return changes.stream().filter(c -> c.action() == action).count();
  }

  /** The changes that write. */
  public List<Change> writes() {
    return changes.stream().filter(c -> c.action().writes()).toList();
  }

  /** Whether applying would write anything. Orphans alone are not changes. */
  public boolean hasChanges() {
    return changes.stream().anyMatch(c -> c.action().writes());
  }

  public boolean hasDeletes() {
    return count(Action.DELETE) > 0;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /**
   * The exit code of {@code plan --detailed-exitcode}: 1 on errors, 3 with a delete, 2 with
   * other changes, 0 with none.
   */
  public int detailedExitCode() {
    if (hasErrors()) {
      return 1;
    }
    return hasDeletes() ? 3 : hasChanges() ? 2 : 0;
  }
}
