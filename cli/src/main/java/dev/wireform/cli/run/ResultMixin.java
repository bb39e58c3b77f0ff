package dev.wireform.cli.run;

import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options {@code run}, {@code trigger} and {@code status} share: how long, where, how. */
public final class ResultMixin {
  /** The default of {@code --timeout}. */
  public static final String DEFAULT_TIMEOUT = "15m";

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = DEFAULT_TIMEOUT,
      converter = Durations.Converter.class,
      description = "Longest wait for the end of the run, e.g. 90s, 15m, 1h (default: "
          + DEFAULT_TIMEOUT + "). The run itself goes on after a timeout (exit 6).")
  private Duration timeout;

  @Option(
      names = "--download",
      paramLabel = "DIR",
      description = "Save every output file into DIR, named after its node, with its content"
          + " type's extension; prints sizes and SHA-256.")
  private String download;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "text (default) or json: one JSON document on standard output.")
  private OutputFormat format;

  public Duration timeout() {
    return timeout;
  }

  public Optional<String> download() {
    return Optional.ofNullable(download);
  }

  public OutputFormat format() {
    return format;
  }
}
