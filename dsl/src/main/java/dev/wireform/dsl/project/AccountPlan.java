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
}
