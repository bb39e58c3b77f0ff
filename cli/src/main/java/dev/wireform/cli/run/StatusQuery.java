package dev.wireform.cli.run;

import dev.wireform.cli.GlobalMixin;
import dev.wireform.cli.Invocation;
import dev.wireform.cli.UserErrorException;
import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.api.ExecutionStatus;
import dev.wireform.cli.api.NotFoundException;
import dev.wireform.cli.env.Connection;
import java.util.Optional;

/**
 * {@code wireform status ID}: one poll of an execution, reported; with {@code --wait}, followed
 * to its end like {@code run}.
 */
public final class StatusQuery {
  private final RunContext context;
  private final Invocation invocation;
  private final GlobalMixin global;
  private final Console console;

  public StatusQuery(
      RunContext context, Invocation invocation, GlobalMixin global, Console console) {
    this.context = context;
    this.invocation = invocation;
    this.global = global;
    this.console = console;
  }

  /** Returns the exit code: 0 completed or still running, 5 failed, 6 timed out. */
  public int status(String executionId, boolean wait, ResultMixin result) {
    Report report = new Report("status");
    report.executionId = Optional.of(executionId);
    try {
      Target target = Target.of(global, invocation);
      report.environment = Optional.of(target.environment().name());
      report.endpoint = Optional.of(target.environment().endpoint());
      try (Connection connection =
          context.connector(invocation.env()).open(target.environment(), target.root())) {
        ExecutionStatus now;
        try {
          now = connection.client().poll(executionId);
        } catch (NotFoundException e) {
          throw notFound(executionId, target, connection, e);
        }
        ExecutionFollower follower = new ExecutionFollower(connection, context, console);
        ExecutionFollower.Options options = ExecutionFollower.Options.of(
            result.timeout(), result.download(), invocation, target.flags());
        if (!wait) {
          return follower.once(report, now, Optional.empty(), options);
        }
        return follower.await(report, executionId, Optional.of(now), Optional.empty(), options);
      }
    } catch (UserErrorException e) {
      return Failures.user(console, report, e);
    } catch (ApiException e) {
      return Failures.api(console, report, e, "execution " + executionId);
    }
  }

  static UserErrorException notFound(
      String executionId, Target target, Connection connection, NotFoundException e) {
    if (connection.embedded()) {
      return new UserErrorException("no execution '" + executionId + "' in the embedded emulator"
          + " of environment '" + target.environment().name() + "' (data in "
          + target.root().relativize(target.root().resolve(".wireform")
              .resolve(target.environment().name())) + "). An embedded emulator lives only"
          + " while a wireform command runs: it keeps the runs those commands waited for, but a"
          + " run cannot outlive the command that started it. Wait for runs in the same command"
          + " ('wireform run KEY' waits by default), or run a standalone emulator (see"
          + " docs/run.md)");
    }
    return new UserErrorException("no execution '" + executionId + "' on environment '"
        + target.environment().name() + "': " + e.getMessage().lines().findFirst().orElse("")
        + "; check the id, and that --env names the environment the run was started on");
  }
}
