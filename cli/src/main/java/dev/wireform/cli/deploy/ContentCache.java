package dev.wireform.cli.deploy;

import java.util.Optional;

/**
 * What the planner may know without a GET: the content hash a workflow had at a given {@code
 * updatedAt}. Only ever saves requests: the planner uses a hit solely to call a workflow
 * unchanged when the hash equals the code's, which a GET would have concluded too.
 */
public interface ContentCache {
  /** Knows nothing: every workflow is fetched. */
  ContentCache NONE = (id, updatedAt) -> Optional.empty();

  /** The content hash of workflow {@code id} as of {@code updatedAt}, if known. */
  Optional<String> hash(String id, String updatedAt);
}
