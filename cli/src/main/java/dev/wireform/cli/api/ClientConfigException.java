package dev.wireform.cli.api;

/**
 * A client configuration the user must fix before any request is made: a refused base URL, a
 * malformed key variable, an out-of-range setting. The message says what is wrong and how to
 * fix it; it never contains the API key.
 */
public final class ClientConfigException extends RuntimeException {
  private final String fix;

  public ClientConfigException(String problem, String fix) {
    super(problem + "\n  fix: " + fix);
    this.fix = fix;
  }

  /** The suggested fix, also the last line of the message. */
  public String fix() {
    return fix;
  }
}
