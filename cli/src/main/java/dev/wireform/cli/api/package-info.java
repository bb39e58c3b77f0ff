/**
 * The Wireflow REST API client: a Retrofit interface ({@link dev.wireform.cli.api.WireflowApi}),
 * one OkHttp interceptor per concern (auth, user agent, retry, rate limit, logging), tolerant
 * decoding of both API dialects, and typed errors.
 *
 * <p>Callers use {@link dev.wireform.cli.api.WireflowClient}:
 *
 * <pre>{@code
 * ClientConfig config = ClientConfig.builder("https://www.wireflow.ai/api/v1")
 *     .plan(AccountPlan.PRO)
 *     .apiKey(ApiKeySource.fromEnvironment("WIREFLOW_API_KEY", System.getenv()))
 *     .build();
 * try (WireflowClient client = WireflowClient.create(config)) {
 *   List<WorkflowSummary> all = client.listWorkflows();
 * }
 * }</pre>
 *
 * <p>Everything is non-null unless it is an {@code Optional}. The API key is held in a {@link
 * dev.wireform.cli.api.Secret} and never appears in any message, log line or {@code toString()}.
 */
package dev.wireform.cli.api;

import dev.wireform.dsl.project.AccountPlan;
