package dev.wireform.cli.api;

/**
 * A Wireflow plan's documented request budget (docs/api/rate-limits). Executions ({@code POST
 * /workflows/{id}/execute} and {@code /run}) have their own budget of 10 per minute on every
 * plan.
 */
public enum Plan {
  FREE(10),
  STARTER(20),
  PRO(60),
  ENTERPRISE(200);

  /** Executions per minute, the same on every plan. */
  public static final int EXECUTIONS_PER_MINUTE = 10;

  private final int requestsPerMinute;

  Plan(int requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
  }

  public int requestsPerMinute() {
    return requestsPerMinute;
  }

  /**
   * The plan called {@code name}, ignoring case.
   *
   * @throws ClientConfigException naming the known plans if there is none
   */
  public static Plan parse(String name) {
    for (Plan p : values()) {
      if (p.name().equalsIgnoreCase(name.strip())) {
        return p;
      }
    }
    throw new ClientConfigException(
        "unknown plan '" + name + "'", "use one of free, starter, pro, enterprise");
  }
}
