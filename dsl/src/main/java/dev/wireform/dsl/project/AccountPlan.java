package dev.wireform.dsl.project;

import java.util.Locale;

/**
 * The Wireflow account plan of an environment, which sets its API rate budget (Wireflow docs, rate
 * limits page; see {@code wireflow-api.md} 4.4).
 */
public enum AccountPlan {
  FREE(10),
  STARTER(20),
  PRO(60),
  ENTERPRISE(200);

  /** Executions ({@code POST .../execute}, {@code /run}, webhook triggers) per minute, on every plan. */
  public static final int EXECUTIONS_PER_MINUTE = 10;

  private final int requestsPerMinute;

  AccountPlan(int requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
  }

  /** The documented request budget per minute. */
  public int requestsPerMinute() {
    return requestsPerMinute;
  }

  /** The name as written in {@code wireform.yaml}: {@code free}, {@code pro}, .... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Executions per minute; the same on every documented plan. */
  public int executionsPerMinute() {
    return EXECUTIONS_PER_MINUTE;
  }

  /**
   * The plan called {@code name}, ignoring case and surrounding space.
   *
   * @throws IllegalArgumentException naming the known plans when there is no such plan
   */
  public static AccountPlan parse(String name) {
    for (AccountPlan p : values()) {
      if (p.id().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown plan '" + name + "'; expected one of: free, starter, pro, enterprise");
  }
}
