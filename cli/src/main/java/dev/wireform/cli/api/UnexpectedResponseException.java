package dev.wireform.cli.api;

import java.util.List;

/**
 * An answer the client cannot use: a redirect, a status outside the API's vocabulary, or a
 * success body without what the call needs (e.g. no execution id).
 */
public final class UnexpectedResponseException extends ApiException {
  public UnexpectedResponseException(ErrorContext context, String fix) {
    super(context, List.of(), fix, null);
  }
}
