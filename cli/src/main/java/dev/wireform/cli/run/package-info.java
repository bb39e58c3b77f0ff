/**
 * The runner behind {@code wireform run}, {@code trigger} and {@code status}: resolves a
 * workflow key to its deployed id through the ownership marker, checks and uploads inputs before
 * anything is executed, starts the run under an {@code Idempotency-Key}, polls with the
 * documented backoff (1 s, ×1.5, at most 10 s), and reports or downloads the outputs.
 *
 * <pre>{@code
 * Poller poller = new Poller(client::poll, context.clock(), context.sleeper(), progress);
 * Poller.Result r = poller.await(executionId, Duration.ofMinutes(15), stop);
 * }</pre>
 *
 * <p>Time, waiting and Ctrl-C come from a {@link dev.wireform.cli.run.RunContext}, so tests run
 * minutes of simulated work without sleeping.
 */
package dev.wireform.cli.run;
