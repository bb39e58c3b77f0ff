package dev.wireform.cli.deploy;

/** What a plan does to one workflow, with the symbol the renderers show. */
public enum Action {
  CREATE("+", "create"),
  UPDATE("~", "update"),
  RENAME("→", "rename"),
  ADOPT("*", "adopt"),
  DELETE("-", "delete"),
  ORPHAN("!", "orphan"),
  NOOP("=", "no-op");

  private final String symbol;
  private final String word;

  Action(String symbol, String word) {
    this.symbol = symbol;
    this.word = word;
  }

  public String symbol() {
    return symbol;
  }

  /** The lower-case word used in every rendering and in plan JSON. */
  public String word() {
    return word;
  }

  /** Whether applying it writes: orphans and no-ops are only reported. */
  public boolean writes() {
    return this != ORPHAN && this != NOOP;
  }

  public static Action fromWord(String word) {
    for (Action a : values()) {
      if (a.word.equals(word)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown action '" + word + "'");
  }
}
