package dev.wireform.cli.api;

import java.util.List;
import java.util.Optional;

/**
 * A Wireflow API call that failed. The message names the method, path, status and {@code
 * X-Request-Id}, then any detail lines, then a {@code fix:} line, e.g.
 *
 * <pre>
 * HTTP 409 Conflict: PUT /workflows/abc: Workflow was modified (request id req_123)
 *   fix: the workflow changed on the server since it was read; run plan again, then apply
 * </pre>
 *
 * <p>No message ever contains the API key. Subclasses say which failure it was and carry its
 * data; the hierarchy is sealed so a {@code switch} can handle every kind.
 */
public abstract sealed class ApiException extends RuntimeException
    permits AuthException,
        BadRequestException,
        ConflictException,
        InsufficientCreditsException,
        InvalidGraphException,
        NetworkException,
        NotFoundException,
        RateLimitedException,
        ServerException,
        UnexpectedResponseException {

  private final transient ErrorContext context;
  private final List<String> details;
  private final String fix;

  ApiException(ErrorContext context, List<String> details, String fix, Throwable cause) {
    super(render(context, details, fix), cause);
    this.context = context;
    this.details = List.copyOf(details);
    this.fix = fix;
  }

  private static String render(ErrorContext context, List<String> details, String fix) {
    StringBuilder b = new StringBuilder(context.headline());
    for (String d : details) {
      b.append("\n  ").append(d);
    }
    if (fix != null && !fix.isEmpty()) {
      b.append("\n  fix: ").append(fix);
    }
    return b.toString();
  }

  public ErrorContext context() {
    return context;
  }

  public String method() {
    return context.method();
  }

  public String path() {
    return context.path();
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return context.status();
  }

  public Optional<String> requestId() {
    return context.requestId();
  }

  /** What the server said, without the surrounding method/path/status. */
  public String serverMessage() {
    return context.serverMessage();
  }

  /** Extra lines under the headline (per-node credits, graph violations). */
  public List<String> details() {
    return details;
  }

  /** What the user can do about it. */
  public Optional<String> fix() {
    return Optional.ofNullable(fix).filter(f -> !f.isEmpty());
  }
}
