package dev.wireform.cli.api;

import java.util.ArrayList;
import java.util.List;

/** Keeps every debug line. */
final class CapturingLog implements LogSink {
  private final List<String> lines = new ArrayList<>();

  @Override
  public synchronized void debug(String line) {
    lines.add(line);
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }
}
