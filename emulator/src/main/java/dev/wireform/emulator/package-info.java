/**
 * A local Wireflow: a Wireflow-compatible REST API on the JDK's HTTP server, with state kept
 * crash-safely in a data folder, asynchronous executions (the ClarityAI upscalers really
 * resample images), plan rate limits, credits, idempotency keys, and test hooks (faults, a
 * request log, simulated time, node behaviours).
 *
 * <pre>{@code
 * try (EmulatorServer wf = Emulator.builder().dataDir(dir).build().start()) {
 *   HttpRequest.newBuilder(URI.create(wf.baseUrl() + "/workflows"))
 *       .header("Authorization", "Bearer " + wf.apiKey());
 * }
 * }</pre>
 *
 * <p>The public surface is {@link dev.wireform.emulator.Emulator} (configuration and builder),
 * {@link dev.wireform.emulator.EmulatorServer} (a running instance), the value types {@link
 * dev.wireform.emulator.ApiKey}, {@link dev.wireform.emulator.Scope}, {@link
 * dev.wireform.emulator.Plan}, {@link dev.wireform.emulator.Faults}, {@link
 * dev.wireform.emulator.NodeBehaviour}, the time seams {@link dev.wireform.emulator.Sleeper} and
 * {@link dev.wireform.emulator.SimulatedTime}, and {@link dev.wireform.emulator.EmulatorMain}.
 * Everything else is package-private. Behaviour, and which parts are documented Wireflow
 * behaviour versus our assumption, is described in {@code docs/emulator.md}.
 */
package dev.wireform.emulator;
