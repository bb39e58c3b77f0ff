package dev.wireform.emulator;

/** A permission an API key may carry, written as on the Wireflow authentication page. */
public enum Scope {
  WORKFLOWS_READ("workflows:read"),
  WORKFLOWS_WRITE("workflows:write"),
  WORKFLOWS_EXECUTE("workflows:execute"),
  EXECUTIONS_READ("executions:read"),
  USAGE_READ("usage:read"),
  APPS_EXECUTE("apps:execute");

  private final String wireName;

  Scope(String wireName) {
    this.wireName = wireName;
  }

  /** The scope as written on the wire, e.g. {@code workflows:read}. */
  public String wireName() {
    return wireName;
  }

  /**
   * The scope written {@code wireName}.
   *
   * @throws IllegalArgumentException naming the known scopes when there is none
   */
  public static Scope parse(String wireName) {
    for (Scope s : values()) {
      if (s.wireName.equals(wireName.trim())) {
        return s;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Scope s : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(s.wireName);
    }
    throw new IllegalArgumentException(
        "unknown scope '" + wireName + "'; expected one of: " + known);
  }
}
