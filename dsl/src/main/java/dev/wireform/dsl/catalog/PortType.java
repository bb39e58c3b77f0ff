package dev.wireform.dsl.catalog;

/** What flows through a port. */
public enum PortType {
  TEXT,
  IMAGE,
  VIDEO,
  AUDIO,
  JSON;

  /**
   * Whether an output of this type may feed an input of type {@code input}. Same types connect;
   * a TEXT output may also feed an IMAGE, VIDEO or AUDIO input as a URL, as Wireflow's own
   * ClarityAI example wires {@code input:text}'s {@code prompt} into {@code image_url}.
   */
  public boolean canFeed(PortType input) {
    if (this == input) {
      return true;
    }
    return this == TEXT && (input == IMAGE || input == VIDEO || input == AUDIO);
  }
}
