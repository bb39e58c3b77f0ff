package dev.wireform.cli.api;

import java.io.IOException;

/** A success response whose body is not JSON (an HTML login page from a proxy, say). */
final class MalformedBodyException extends IOException {
  MalformedBodyException(String message, Throwable cause) {
    super(message, cause);
  }
}
