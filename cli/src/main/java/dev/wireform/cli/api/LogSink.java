package dev.wireform.cli.api;

/** Receives the client's debug lines (one per request and per response). Never sees the key. */
@FunctionalInterface
public interface LogSink {
  void debug(String line);

  /** Drops every line. */
  static LogSink none() {
    return line -> {};
  }
}
