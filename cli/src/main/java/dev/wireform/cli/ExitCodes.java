package dev.wireform.cli;

/**
 * The process exit codes of {@code wireform}: one table, each code with one meaning, never
 * reused. {@code docs/cli.md} documents the same table.
 */
public final class ExitCodes {
  /** Success; for {@code plan}, also "no changes". */
  public static final int OK = 0;
  /** Invalid input (any diagnostic of severity error) or a failed operation. */
  public static final int FAILED = 1;
  /** {@code plan --detailed-exitcode}: the plan has changes. */
  public static final int PLAN_HAS_CHANGES = 2;
  /** The plan includes deletes. */
  public static final int PLAN_HAS_DELETES = 3;
  /** The saved plan no longer matches the account or the code. */
  public static final int STALE_PLAN = 4;
  /** A workflow run finished in a failed state. */
  public static final int RUN_FAILED = 5;
  /** A workflow run did not finish within {@code --timeout}. */
  public static final int RUN_TIMED_OUT = 6;
  /** The command line itself is wrong: unknown option, missing or malformed argument. */
  public static final int USAGE = 64;
  /**
   * Ctrl-C while waiting for a run ({@code run}, {@code trigger --wait}, {@code status --wait}):
   * wireform stopped waiting, the run goes on. 128 + SIGINT, as shells report it.
   */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
