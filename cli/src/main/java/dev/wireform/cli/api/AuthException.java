package dev.wireform.cli.api;

import java.util.List;

/**
 * The key was missing, malformed, unknown or expired (401), or lacks a scope or ownership
 * (403). {@link #serverMessage()} is the server's own words, e.g. {@code API key has expired}.
 * Also thrown before sending when no key is configured ({@link #status()} 0).
 */
public final class AuthException extends ApiException {
  public AuthException(ErrorContext context, String fix) {
    super(context, List.of(), fix, null);
  }
}
