package dev.wireform.cli.command;

/** The outputs of {@code plan}. */
public enum PlanFormat {
  /** Like {@code terraform plan}, coloured on a terminal. */
  TEXT,
  /** Versioned JSON, as {@code --out} saves it (docs/plan-schema.json). */
  JSON,
  /** One pull-request comment, under 60,000 characters. */
  MARKDOWN
}
