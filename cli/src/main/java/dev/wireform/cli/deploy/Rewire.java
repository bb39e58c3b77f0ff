package dev.wireform.cli.deploy;

import java.util.Objects;

/**
 * An input that stays wired but to another source: one edge removed and one added into the same
 * target port, shown as one line ({@code upscale-1.image_url: input-1.prompt → input-2.prompt}).
 *
 * @param before the remote edge
 * @param after the edge the code wants, into the same target port
 */
public record Rewire(EdgeRef before, EdgeRef after) {
  public Rewire {
    Objects.requireNonNull(before, "before == null");
    Objects.requireNonNull(after, "after == null");
  }
}
