package dev.wireform.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.MultipartBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Part;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The Wireflow REST API ({@code https://www.wireflow.ai/api/v1}) as Retrofit sees it. Bodies
 * are {@link JsonNode} because the public pages disagree on their shapes; {@link
 * WireflowClient} decodes them tolerantly and turns failures into typed errors. A {@code null}
 * query or header argument is left out of the request.
 */
public interface WireflowApi {
  /** D1: the caller's workflows, newest {@code updatedAt} first. Scope {@code workflows:read}. */
  @GET("workflows")
  Call<JsonNode> listWorkflows(
      @Query("isActive") String isActive,
      @Query("mediaId") String mediaId,
      @Query("teamId") String teamId);

  /** D3: one workflow with its whole graph. */
  @GET("workflows/{id}")
  Call<JsonNode> getWorkflow(@Path("id") String id);

  /** D2: create ({@code name}, {@code nodes}, {@code edges} required). */
  @POST("workflows")
  Call<JsonNode> createWorkflow(
      @Body JsonNode workflow, @Header("Idempotency-Key") String idempotencyKey);

  /** D4: full replace; {@code baseUpdatedAt} in the body makes a stale write a 409. */
  @PUT("workflows/{id}")
  Call<JsonNode> updateWorkflow(@Path("id") String id, @Body JsonNode workflow);

  /** D5. */
  @DELETE("workflows/{id}")
  Call<Void> deleteWorkflow(@Path("id") String id);

  /** D6: the inputs a run takes ({@code {data: {...}}} per the docs). */
  @GET("workflows/{id}/run")
  Call<JsonNode> getRunInfo(@Path("id") String id);

  /** D7: run the saved graph with {@code {inputs: {nodeId: value}}}; 202. */
  @POST("workflows/{id}/run")
  Call<JsonNode> run(
      @Path("id") String id,
      @Body JsonNode body,
      @Header("Idempotency-Key") String idempotencyKey);

  /** D8: run a given graph (or part of it); 201 with {@code Location}. */
  @POST("workflows/{id}/execute")
  Call<JsonNode> execute(
      @Path("id") String id,
      @Body JsonNode body,
      @Header("Idempotency-Key") String idempotencyKey);

  /** D9: an execution's status and per-node results. */
  @GET("workflows/executions/{executionId}/poll")
  Call<JsonNode> poll(@Path("executionId") String executionId);

  /** D11: whether a webhook is configured. No authentication. */
  @GET("workflow/{webhookId}/trigger")
  Call<JsonNode> getTrigger(@Path("webhookId") String webhookId);

  /** D10: start a run through its webhook with any JSON; 202. No authentication. */
  @POST("workflow/{webhookId}/trigger")
  Call<JsonNode> trigger(
      @Path("webhookId") String webhookId,
      @Body JsonNode data,
      @Header("Idempotency-Key") String idempotencyKey);

  /** The node catalog (skill repo). */
  @GET("nodes")
  Call<JsonNode> listNodes();

  /** Upload a file (multipart part {@code file}, at most 25 MB) (skill repo). */
  @Multipart
  @POST("media/upload")
  Call<JsonNode> uploadMedia(
      @Part MultipartBody.Part file, @Header("Idempotency-Key") String idempotencyKey);
}
