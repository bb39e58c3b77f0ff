package dev.wireform.cli.api;

import java.util.List;

/**
 * No HTTP answer: connection refused or dropped, DNS failure, TLS failure, timeout ({@link
 * #status()} 0).
 */
public final class NetworkException extends ApiException {
  public NetworkException(ErrorContext context, String fix, Throwable cause) {
    super(context, List.of(), fix, cause);
  }
}
