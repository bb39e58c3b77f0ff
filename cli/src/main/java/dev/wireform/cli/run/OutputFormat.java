package dev.wireform.cli.run;

/** How {@code run}, {@code trigger} and {@code status} print their result. */
public enum OutputFormat {
  /** Progress and results for people. */
  TEXT,
  /** One JSON document on standard output; progress goes to standard error. */
  JSON
}
