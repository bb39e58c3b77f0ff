package dev.wireform.cli.api;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sends {@code User-Agent: wireform/<version>} so Wireflow can tell our traffic apart. */
final class UserAgentInterceptor implements Interceptor {
  private final String userAgent;

  UserAgentInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build());
  }
}
