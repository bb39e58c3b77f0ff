package dev.wireform.cli.api;

import java.io.IOException;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <key>} to every request for the API's own origin, except
 * the webhook trigger, which is documented as unauthenticated: there the header is removed, so
 * the key never travels where it is not needed. Without a key, an authenticated call fails
 * before anything is sent.
 */
final class AuthInterceptor implements Interceptor {
  static final String AUTHORIZATION = "Authorization";

  private final HttpUrl base;
  private final ApiKeySource keys;

  AuthInterceptor(HttpUrl base, ApiKeySource keys) {
    this.base = base;
    this.keys = keys;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String path = ApiPath.of(request.url(), base);
    boolean sameOrigin =
        request.url().host().equals(base.host()) && request.url().port() == base.port();
    if (!sameOrigin || ApiPath.isWebhookTrigger(path)) {
      return chain.proceed(request.newBuilder().removeHeader(AUTHORIZATION).build());
    }
    Secret key = keys.secret().orElseThrow(() -> missingKey(request.method(), path));
    return chain.proceed(
        request.newBuilder().header(AUTHORIZATION, "Bearer " + key.reveal()).build());
  }

  private AuthException missingKey(String method, String path) {
    return new AuthException(
        new ErrorContext(
            method,
            path,
            0,
            "",
            Optional.empty(),
            "no API key: environment variable " + keys.envVar() + " is not set",
            0),
        "export " + keys.envVar() + "=<your key> (create one in Wireflow under"
            + " Settings > API Keys); the key is never read from flags or files");
  }
}
