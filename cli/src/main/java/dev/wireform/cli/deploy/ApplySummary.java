package dev.wireform.cli.deploy;

/**
 * What an apply did, counted from its journal's outcome records: the summary printed at the
 * end is computed from exactly the records written, so the two always agree.
 *
 * @param created workflows created
 * @param updated workflows updated
 * @param renamed workflows renamed in place
 * @param adopted workflows adopted
 * @param deleted workflows deleted
 * @param unchanged workflows left as they were: no-ops in the plan, and changes found already
 *     applied (a re-run after a crash, or the same plan applied twice)
 * @param failed writes that failed, stale ones included
 */
public record ApplySummary(
    int created, int updated, int renamed, int adopted, int deleted, int unchanged, int failed) {

  public static final ApplySummary EMPTY = new ApplySummary(0, 0, 0, 0, 0, 0, 0);

  /** This summary with one more outcome for {@code action}. */
  ApplySummary plus(Action action, Journal.Outcome outcome) {
    if (outcome == Journal.Outcome.FAILED || outcome == Journal.Outcome.STALE) {
      return new ApplySummary(created, updated, renamed, adopted, deleted, unchanged, failed + 1);
    }
    if (outcome == Journal.Outcome.SKIPPED || action == Action.NOOP) {
      return new ApplySummary(created, updated, renamed, adopted, deleted, unchanged + 1, failed);
    }
    return switch (action) {
      case CREATE -> new ApplySummary(created + 1, updated, renamed, adopted, deleted, unchanged,
          failed);
      case UPDATE -> new ApplySummary(created, updated + 1, renamed, adopted, deleted, unchanged,
          failed);
      case RENAME -> new ApplySummary(created, updated, renamed + 1, adopted, deleted, unchanged,
          failed);
      case ADOPT -> new ApplySummary(created, updated, renamed, adopted + 1, deleted, unchanged,
          failed);
      case DELETE -> new ApplySummary(created, updated, renamed, adopted, deleted + 1, unchanged,
          failed);
      case ORPHAN, NOOP -> this;
    };
  }

  /** {@code 2 created, 1 updated, 0 renamed, 0 adopted, 0 deleted, 5 unchanged, 0 failed}. */
  @Override
  public String toString() {
    return created + " created, " + updated + " updated, " + renamed + " renamed, " + adopted
        + " adopted, " + deleted + " deleted, " + unchanged + " unchanged, " + failed + " failed";
  }
}
