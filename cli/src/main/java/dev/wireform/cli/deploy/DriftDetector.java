package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds workflows edited outside wireform, read-only. Every write wireform makes stores the
 * fingerprint of the content it wrote in the {@code wireform:hash=} tag; a workflow whose content
 * no longer has that fingerprint was changed by someone else (in the Wireflow canvas, say),
 * whatever the code says now. A workflow without the tag is compared with the code instead.
 * Positions are not compared: moving nodes in the canvas is not drift. The state cache saves
 * the GET of a workflow still at the {@code updatedAt} wireform last wrote or verified.
 */
public final class DriftDetector {
  private final Normalizer normalizer;

  public DriftDetector(Normalizer normalizer) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer == null");
  }

  /**
   * @param desired the code, as this environment wants it
   * @param remote every workflow of the account, from the list call
   * @param fetcher GETs whole workflows
   * @param cache what is known without a GET
   */
  public Drift detect(
      DeployTarget target,
      List<DesiredWorkflow> desired,
      List<RemoteSummary> remote,
      Planner.Fetcher fetcher,
      ContentCache cache) {
    Map<String, RemoteSummary> owned = new HashMap<>();
    for (RemoteSummary r : remote) {
      r.marker()
          .filter(m -> m.sameOwner(target.marker("x")))
          .ifPresent(m -> owned.putIfAbsent(m.key(), r));
    }
    List<String> notDeployed = new ArrayList<>();
    List<String> toFetch = new ArrayList<>();
    Map<String, DesiredWorkflow> byKey = new HashMap<>();
    int clean = 0;
    for (DesiredWorkflow d : desired) {
      RemoteSummary r = owned.get(d.key());
      if (r == null) {
        notDeployed.add(d.key());
        continue;
      }
      byKey.put(d.key(), d);
      Optional<String> known = cache.hash(r.id(), r.updatedAt());
      if (known.isPresent() && known.get().equals(normalizer.contentHash(d.body(), d.pinned()))) {
        clean++;
      } else {
        toFetch.add(r.id());
      }
    }
    Map<String, AccountWorkflow> bodies = toFetch.isEmpty() ? Map.of() : fetcher.fetch(toFetch);
    List<Drift.Edited> edited = new ArrayList<>();
    for (DesiredWorkflow d : desired.stream()
        .sorted(java.util.Comparator.comparing(DesiredWorkflow::key)).toList()) {
      RemoteSummary r = owned.get(d.key());
      if (r == null || !bodies.containsKey(r.id())) {
        continue;
      }
      AccountWorkflow body = bodies.get(r.id());
      Optional<String> written = Marker.fingerprint(r.tags());
      boolean drifted = written.isPresent()
          ? !written.get().equals(normalizer.fingerprint(body.body()))
          : !normalizer.normalize(body.body(), java.util.Set.of())
              .equals(normalizer.normalize(d.body(), java.util.Set.of()));
      if (!drifted) {
        clean++;
        continue;
      }
      JsonNode code = normalizer.normalize(d.body(), java.util.Set.of());
      JsonNode now = normalizer.normalize(body.body(), java.util.Set.of());
      edited.add(new Drift.Edited(d.key(), r.id(), r.name(), body.updatedAt(),
          GraphDiffer.diff(code, now)));
    }
    return new Drift(target.project(), target.environment(), target.endpoint(), edited, clean,
        notDeployed.stream().sorted().toList());
  }
}
