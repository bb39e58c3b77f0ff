package dev.wireform.cli.run;

import dev.wireform.cli.api.ClientConfig;
import dev.wireform.cli.api.Sleeper;
import dev.wireform.cli.env.Connector;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the runner takes from the world besides the command line: time, waiting, Ctrl-C, fresh
 * idempotency keys, and a last word on the client configuration. Tests pass their own, so a run
 * of minutes of simulated work takes milliseconds and never sleeps.
 *
 * @param clock the time source of polling, timeouts and the client's rate budget
 * @param sleeper what waits between polls (and in the client's retries and rate budget)
 * @param stops where "stop waiting" (Ctrl-C) comes from
 * @param idempotencyKeys makes the key of a run when {@code --idempotency-key} is not given
 * @param tuning applied last to every client configuration
 */
public record RunContext(
    Clock clock,
    Sleeper sleeper,
    StopSignal stops,
    Supplier<String> idempotencyKeys,
    UnaryOperator<ClientConfig.Builder> tuning) {

  /** How long Ctrl-C may hold the exit while the runner prints how to resume. */
  static final int STOP_GRACE_SECONDS = 3;

  public RunContext {
    Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(sleeper, "sleeper == null");
    Objects.requireNonNull(stops, "stops == null");
    Objects.requireNonNull(idempotencyKeys, "idempotencyKeys == null");
    Objects.requireNonNull(tuning, "tuning == null");
  }

  /** The real thing: system clock, real sleeps, Ctrl-C through a shutdown hook, random keys. */
  public static RunContext system() {
    return new RunContext(
        Clock.systemUTC(),
        Sleeper.system(),
        StopSignal.shutdownHook(STOP_GRACE_SECONDS),
        () -> UUID.randomUUID().toString(),
        UnaryOperator.identity());
  }

  /** A connector for {@code env} whose clients use this context's clock and sleeper. */
  public Connector connector(Map<String, String> env) {
    return new Connector(env, b -> tuning.apply(b.clock(clock).sleeper(sleeper)));
  }
}
