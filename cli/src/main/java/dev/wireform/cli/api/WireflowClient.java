package dev.wireform.cli.api;

import dev.wireform.dsl.media.MediaTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The Wireflow API as the deployer and runner use it: one method per endpoint, decoded from
 * either dialect (bare or {@code {data: ...}} bodies, string or object errors), failures as
 * typed {@link ApiException}s. Thread-safe; concurrent callers share one rate budget.
 *
 * <p>Every POST carries an {@code Idempotency-Key}: the caller's, or a fresh one per call. That
 * makes the POST safe to retry, and a retry sends the same key. Pass your own key (e.g. derived
 * from a plan) to make a whole operation safe to repeat after a crash.
 */
public final class WireflowClient implements AutoCloseable {
  private final ClientConfig config;
  private final OkHttpClient http;
  private final WireflowApi api;
  private final ErrorTranslator errors;

  private WireflowClient(ClientConfig config) {
    this.config = config;
    HttpUrl base = HttpUrl.get(config.baseUrl());
    RateBudget requests =
        new RateBudget(
            "request", config.requestsPerMinute(), config.clock(), config.retry().maxServerWait());
    RateBudget executions =
        new RateBudget(
            "execution",
            config.executionsPerMinute(),
            config.clock(),
            config.retry().maxServerWait());
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(config.connectTimeout())
            .readTimeout(config.readTimeout())
            .writeTimeout(config.writeTimeout())
            .callTimeout(config.callTimeout())
            // Redirects are errors, not followed: the key stays on the configured host.
            .followRedirects(false)
            .followSslRedirects(false)
            // OkHttp would silently resend a POST on some failures; RetryInterceptor decides.
            .retryOnConnectionFailure(false)
            .socketFactory(new NoDelaySocketFactory())
            .addInterceptor(new UserAgentInterceptor(config.userAgent()))
            .addInterceptor(new AuthInterceptor(base, config.apiKey()))
            .addInterceptor(
                new RetryInterceptor(
                    config.retry(),
                    base,
                    config.clock(),
                    config.sleeper(),
                    config.random(),
                    config.log()))
            .addInterceptor(
                new RateLimitInterceptor(
                    requests, executions, base, config.sleeper(), config.log()))
            .addInterceptor(
                new LoggingInterceptor(base, config.apiKey(), config.clock(), config.log()))
            .build();
    this.api =
        new Retrofit.Builder()
            .baseUrl(base)
            .client(http)
            .addConverterFactory(new JsonNodeConverterFactory())
            .addConverterFactory(JacksonConverterFactory.create(Json.MAPPER))
            .build()
            .create(WireflowApi.class);
    this.errors =
        new ErrorTranslator(base, config.apiKey(), config.clock(), config.callTimeout());
  }

  /** A client for {@code config}; {@link #close()} it when done. */
  public static WireflowClient create(ClientConfig config) {
    return new WireflowClient(Objects.requireNonNull(config, "config == null"));
  }

  public ClientConfig config() {
    return config;
  }

  /** The configured OkHttp client, interceptors included. */
  OkHttpClient http() {
    return http;
  }

  /** The raw Retrofit interface, for callers that need a response as sent. */
  WireflowApi api() {
    return api;
  }

  /** Every workflow the key's owner owns, newest first. */
  public List<WorkflowSummary> listWorkflows() {
    return listWorkflows(WorkflowFilter.all());
  }

  /** The workflows matching {@code filter}. */
  public List<WorkflowSummary> listWorkflows(WorkflowFilter filter) {
    Response<JsonNode> r =
        send(
            api.listWorkflows(
                filter.active().map(String::valueOf).orElse(null),
                filter.mediaId().orElse(null),
                filter.teamId().orElse(null)));
    return decode(r, WorkflowSummary::listFrom, "the body holds no list of workflows");
  }

  /** One workflow, every field kept. */
  public RemoteWorkflow getWorkflow(String id) {
    Response<JsonNode> r = send(api.getWorkflow(require(id, "workflow id")));
    return decode(r, RemoteWorkflow::from, "the body holds no workflow object");
  }

  /** Creates a workflow from {@code workflow} (name, nodes, edges, ...) under a fresh key. */
  public SavedWorkflow createWorkflow(JsonNode workflow) {
    return createWorkflow(workflow, config.idempotencyKeys().get());
  }

  /** Creates a workflow; a repeat with the same {@code idempotencyKey} creates nothing new. */
  public SavedWorkflow createWorkflow(JsonNode workflow, String idempotencyKey) {
    Response<JsonNode> r =
        send(api.createWorkflow(requireObject(workflow), require(idempotencyKey, "key")));
    SavedWorkflow saved =
        decode(r, SavedWorkflow::from, "the body holds no workflow object");
    if (saved.id().isBlank()) {
      throw errors.unexpectedBody(r.raw(), "the created workflow has no id");
    }
    return saved;
  }

  /** Replaces workflow {@code id} with {@code workflow} exactly as given. */
  public SavedWorkflow updateWorkflow(String id, JsonNode workflow) {
    return update(require(id, "workflow id"), requireObject(workflow).deepCopy());
  }

  /**
   * Replaces workflow {@code id}, refused with a {@link ConflictException} if the server's
   * {@code updatedAt} is no longer {@code baseUpdatedAt} (someone edited it meanwhile).
   */
  public SavedWorkflow updateWorkflow(String id, JsonNode workflow, String baseUpdatedAt) {
    ObjectNode body = requireObject(workflow).deepCopy();
    body.put("baseUpdatedAt", require(baseUpdatedAt, "baseUpdatedAt"));
    return update(require(id, "workflow id"), body);
  }

  private SavedWorkflow update(String id, ObjectNode body) {
    Response<JsonNode> r = send(api.updateWorkflow(id, body));
    Optional<SavedWorkflow> saved = SavedWorkflow.from(bodyOf(r));
    if (saved.isPresent()) {
      return saved.get();
    }
    // The docs do not show the update answer; without one, what we sent is what is stored.
    ObjectNode sent = body.deepCopy();
    sent.remove("baseUpdatedAt");
    sent.put("id", id);
    return new SavedWorkflow(new RemoteWorkflow(sent), List.of(), List.of());
  }

  /** Deletes workflow {@code id}. */
  public void deleteWorkflow(String id) {
    Call<Void> call = api.deleteWorkflow(require(id, "workflow id"));
    Request request = call.request();
    try {
      Response<Void> r = call.execute();
      if (!r.isSuccessful()) {
        throw errors.fromResponse(r.raw(), errorText(r));
      }
    } catch (IOException e) {
      throw errors.network(request, e, call.isCanceled());
    }
  }

  /** What a run of workflow {@code id} takes ({@code GET /workflows/{id}/run}). */
  public RunInfo getRunInfo(String workflowId) {
    Response<JsonNode> r = send(api.getRunInfo(require(workflowId, "workflow id")));
    return decode(r, RunInfo::from, "the body holds no run description");
  }

  /** Runs the saved workflow with {@code inputs} (input node id to value), under a fresh key. */
  public ExecutionStart run(String workflowId, Map<String, ? extends JsonNode> inputs) {
    return run(workflowId, inputs, config.idempotencyKeys().get());
  }

  /** Runs the saved workflow; a repeat with the same key starts nothing new. */
  public ExecutionStart run(
      String workflowId, Map<String, ? extends JsonNode> inputs, String idempotencyKey) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    ObjectNode in = body.putObject("inputs");
    inputs.forEach((k, v) -> in.set(k, v == null ? NullNode.getInstance() : v.deepCopy()));
    Response<JsonNode> r =
        send(api.run(require(workflowId, "workflow id"), body, require(idempotencyKey, "key")));
    return started(r);
  }

  /** Executes a graph ({@code POST /workflows/{id}/execute}) under a fresh key. */
  public ExecutionStart execute(String workflowId, ExecuteRequest request) {
    return execute(workflowId, request, config.idempotencyKeys().get());
  }

  /** Executes a graph; a repeat with the same key starts nothing new. */
  public ExecutionStart execute(String workflowId, ExecuteRequest request, String idempotencyKey) {
    Response<JsonNode> r =
        send(
            api.execute(
                require(workflowId, "workflow id"),
                request.toJson(),
                require(idempotencyKey, "key")));
    return started(r);
  }

  /** One poll of an execution. */
  public ExecutionStatus poll(String executionId) {
    String id = require(executionId, "execution id");
    Response<JsonNode> r = send(api.poll(id));
    return decode(r, b -> ExecutionStatus.from(b, id), "the body holds no execution status");
  }

  /** Whether webhook {@code webhookId} is configured. Sent without the API key. */
  public TriggerInfo getTrigger(String webhookId) {
    Response<JsonNode> r = send(api.getTrigger(require(webhookId, "webhook id")));
    return decode(r, TriggerInfo::from, "the body holds no webhook description");
  }

  /** Starts a run through webhook {@code webhookId} with {@code data}, under a fresh key. */
  public ExecutionStart trigger(String webhookId, JsonNode data) {
    return trigger(webhookId, data, config.idempotencyKeys().get());
  }

  /** Starts a run through a webhook. Sent without the API key. */
  public ExecutionStart trigger(String webhookId, JsonNode data, String idempotencyKey) {
    Response<JsonNode> r =
        send(
            api.trigger(
                require(webhookId, "webhook id"),
                data == null ? Json.MAPPER.createObjectNode() : data,
                require(idempotencyKey, "key")));
    return started(r);
  }

  /** The server's node catalog. */
  public List<CatalogNode> listNodes() {
    return decode(send(api.listNodes()), CatalogNode::listFrom, "the body holds no node list");
  }

  /** Uploads {@code file} (PNG, JPEG, WebP, ...); its type is guessed from the name. */
  public UploadedMedia uploadMedia(Path file) {
    return uploadMedia(file, config.idempotencyKeys().get());
  }

  /** Uploads {@code file}; a repeat with the same key stores nothing new. */
  public UploadedMedia uploadMedia(Path file, String idempotencyKey) {
    Objects.requireNonNull(file, "file == null");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("not a readable file: " + file);
    }
    MediaType type = MediaType.parse(MediaTypes.ofFileName(file.getFileName().toString()));
    MultipartBody.Part part =
        MultipartBody.Part.createFormData(
            "file", file.getFileName().toString(), RequestBody.create(type, file.toFile()));
    Response<JsonNode> r = send(api.uploadMedia(part, require(idempotencyKey, "key")));
    return decode(r, UploadedMedia::from, "the body holds no media url");
  }

  /** Shuts the connection pool down. The client must not be used afterwards. */
  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private ExecutionStart started(Response<JsonNode> r) {
    Optional<String> location = Optional.ofNullable(r.headers().get("Location"));
    return decode(
        r,
        b -> ExecutionStart.from(b, location),
        "the body has no execution id (looked for executionRuns[0].id and executionId)");
  }

  private Response<JsonNode> send(Call<JsonNode> call) {
    Request request = call.request();
    try {
      Response<JsonNode> r = call.execute();
      if (!r.isSuccessful()) {
        throw errors.fromResponse(r.raw(), errorText(r));
      }
      return r;
    } catch (MalformedBodyException e) {
      throw errors.malformed(request, e);
    } catch (IOException e) {
      throw errors.network(request, e, call.isCanceled());
    }
  }

  private <T> T decode(
      Response<JsonNode> r, Function<JsonNode, Optional<T>> decoder, String problem) {
    return decoder.apply(bodyOf(r)).orElseThrow(() -> errors.unexpectedBody(r.raw(), problem));
  }

  private static JsonNode bodyOf(Response<JsonNode> r) {
    return r.body() == null ? NullNode.getInstance() : r.body();
  }

  private static String errorText(Response<?> r) {
    try (okhttp3.ResponseBody b = r.errorBody()) {
      return b == null ? "" : b.string();
    } catch (IOException e) {
      return "";
    }
  }

  private static String require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    return value;
  }

  private static ObjectNode requireObject(JsonNode workflow) {
    if (workflow == null || !workflow.isObject()) {
      throw new IllegalArgumentException("a workflow must be a JSON object");
    }
    return (ObjectNode) workflow;
  }
}
