package dev.wireform.cli.api;

import java.util.List;

/**
 * The server refused the request as malformed (400, and other 4xx without a more specific
 * type: 405, 413, 415 ...). Sending it again unchanged will fail again.
 */
public final class BadRequestException extends ApiException {
  public BadRequestException(ErrorContext context, String fix) {
    super(context, List.of(), fix, null);
  }
}
