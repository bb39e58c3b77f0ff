package dev.wireform.emulator;

/**
 * A Wireflow plan's request budget, as published on the rate-limits docs page. Executions are
 * limited to 10 per minute on every plan.
 */
public enum Plan {
  FREE(10),
  STARTER(20),
  PRO(60),
  ENTERPRISE(200);

  private final int requestsPerMinute;

  Plan(int requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
  }

  /** Requests per minute for every call other than an execution. */
  public int requestsPerMinute() {
    return requestsPerMinute;
  }

  /** Executions per minute; the same on every documented plan. */
  public int executionsPerMinute() {
    return 10;
  }

  /**
   * The plan named {@code name}, case-insensitive.
   *
   * @throws IllegalArgumentException naming the known plans when there is no such plan
   */
  public static Plan parse(String name) {
    for (Plan p : values()) {
      if (p.name().equalsIgnoreCase(name.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown plan '" + name + "'; expected one of: free, starter, pro, enterprise");
  }
}
