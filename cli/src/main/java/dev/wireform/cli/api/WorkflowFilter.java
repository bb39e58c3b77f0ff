package dev.wireform.cli.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The documented query parameters of {@code GET /workflows}; every one is optional.
 *
 * @param active only active ({@code isActive=true}) or only inactive workflows
 * @param mediaId only workflows linked to this media id
 * @param teamId only workflows of this team
 */
public record WorkflowFilter(
    Optional<Boolean> active, Optional<String> mediaId, Optional<String> teamId) {
  public WorkflowFilter {
    Objects.requireNonNull(active, "active == null");
    Objects.requireNonNull(mediaId, "mediaId == null");
    Objects.requireNonNull(teamId, "teamId == null");
  }

  /** No filter: every workflow the key's owner owns. */
  public static WorkflowFilter all() {
    return new WorkflowFilter(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public WorkflowFilter withActive(boolean active) {
    return new WorkflowFilter(Optional.of(active), mediaId, teamId);
  }

  public WorkflowFilter withMediaId(String mediaId) {
    return new WorkflowFilter(active, Optional.of(mediaId), teamId);
  }

  public WorkflowFilter withTeamId(String teamId) {
    return new WorkflowFilter(active, mediaId, Optional.of(teamId));
  }
}
