package dev.wireform.cli.api;

import okhttp3.HttpUrl;

/** The API-relative path of a request URL, as messages and logs show it: {@code /workflows/x}. */
final class ApiPath {
  private ApiPath() {}

  static String of(HttpUrl url, HttpUrl base) {
    String path = url.encodedPath();
    String basePath = base.encodedPath();
    if (sameOrigin(url, base) && path.startsWith(basePath)) {
      return "/" + path.substring(basePath.length());
    }
    return path;
  }

  /** Whether the request is a webhook trigger, which is called without the API key. */
  static boolean isWebhookTrigger(String apiPath) {
    return apiPath.matches("/workflow/[^/]+/trigger/?");
  }

  /**
   * Whether the request starts a run and so draws on the execution budget: {@code POST
   * /workflows/{id}/execute} and {@code /run} (documented), and the webhook trigger's POST (our
   * assumption, shared with the emulator: it starts a run too).
   */
  static boolean isExecutionStart(String method, String apiPath) {
    return method.equals("POST")
        && (apiPath.matches("/workflows/[^/]+/(execute|run)/?") || isWebhookTrigger(apiPath));
  }

  private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }
}
