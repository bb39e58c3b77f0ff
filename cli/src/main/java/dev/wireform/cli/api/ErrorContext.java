package dev.wireform.cli.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Where and how a call failed: what every {@link ApiException} message names.
 *
 * @param method the HTTP method, e.g. {@code PUT}
 * @param path the API path below the base URL, e.g. {@code /workflows/abc}
 * @param status the HTTP status, or 0 when no response arrived
 * @param reason the status's standard reason phrase, e.g. {@code Conflict}; empty for status 0
 * @param requestId the server's {@code X-Request-Id}, for support tickets
 * @param serverMessage what the server (or the network) said, already scrubbed of the key
 * @param attempts how many times the request was sent
 */
public record ErrorContext(
    String method,
    String path,
    int status,
    String reason,
    Optional<String> requestId,
    String serverMessage,
    int attempts) {

  public ErrorContext {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(requestId, "requestId == null");
    Objects.requireNonNull(serverMessage, "serverMessage == null");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts < 0");
    }
  }

  /** The first line of every API error message. */
  String headline() {
    StringBuilder b = new StringBuilder();
    if (status > 0) {
      b.append("HTTP ").append(status);
      if (!reason.isEmpty()) {
        b.append(' ').append(reason);
      }
      b.append(": ");
    }
    b.append(method).append(' ').append(path).append(": ").append(serverMessage);
    String attemptsNote = attempts > 1 ? "after " + attempts + " attempts" : "";
    if (status > 0) {
      b.append(" (")
          .append(requestId.map(id -> "request id " + id).orElse("no request id"))
          .append(attemptsNote.isEmpty() ? "" : ", " + attemptsNote)
          .append(')');
    } else if (!attemptsNote.isEmpty()) {
      b.append(" (").append(attemptsNote).append(')');
    }
    return b.toString();
  }

  /** The standard reason phrase of {@code status}, or empty for an unusual one. */
  static String reasonPhrase(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 202 -> "Accepted";
      case 204 -> "No Content";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 402 -> "Payment Required";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 413 -> "Payload Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Entity";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "";
    };
  }
}
