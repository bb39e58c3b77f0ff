package dev.wireform.cli.deploy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One workflow of the account as the list call returns it.
 *
 * @param id the Wireflow id
 * @param name the workflow name
 * @param tags its tags, ownership marker included
 * @param updatedAt the server's last-modified timestamp, as sent (compared as text)
 */
public record RemoteSummary(String id, String name, List<String> tags, String updatedAt) {
  public RemoteSummary {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    tags = List.copyOf(tags);
    Objects.requireNonNull(updatedAt, "updatedAt == null");
  }

  /** The ownership marker, or empty for an unmanaged workflow. */
  public Optional<Marker> marker() {
    return Marker.parse(tags);
  }
}
