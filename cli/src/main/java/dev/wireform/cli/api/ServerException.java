package dev.wireform.cli.api;

import java.util.List;

/** Wireflow failed (5xx), after the retries the policy allows. */
public final class ServerException extends ApiException {
  public ServerException(ErrorContext context) {
    super(
        context,
        List.of(),
        "retry later; if it keeps failing, give Wireflow support the request id",
        null);
  }
}
