package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.diag.SourcePosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Compares the code with the account and decides, per workflow, create / update / rename / adopt /
 * delete / orphan / no-op. Identity comes only from ownership markers and explicit {@code adopt}
 * ids, never from names. No HTTP here: remote bodies come through a {@link Fetcher}, which the
 * planner asks only for workflows whose content it cannot tell from the {@link ContentCache}.
 */
public final class Planner {
  /** Fetches full workflows by id, e.g. with concurrent {@code GET /workflows/{id}} calls. */
  @FunctionalInterface
  public interface Fetcher {
    Map<String, AccountWorkflow> fetch(Collection<String> ids);
  }

  private final Normalizer normalizer;
  private final Supplier<String> planIds;

  /**
   * @param normalizer how content is compared
   * @param planIds makes each plan's id (random in production; fixed in tests)
   */
  public Planner(Normalizer normalizer, Supplier<String> planIds) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer == null");
    this.planIds = Objects.requireNonNull(planIds, "planIds == null");
  }

  private enum Kind {
    CREATE,
    UPDATE,
    RENAME,
    ADOPT
  }

  private record Match(DesiredWorkflow desired, Kind kind, RemoteSummary remote, String fromKey) {}

  /**
   * Plans {@code desired} against the account's workflows.
   *
   * @param remote every workflow of the account, as the list call returned them
   * @param prune whether owned workflows that left the code are deleted
   */
  public Plan plan(
      DeployTarget target,
      List<DesiredWorkflow> desired,
      List<RemoteSummary> remote,
      Fetcher fetcher,
      ContentCache cache,
      boolean prune) {
    Diagnostics diags = new Diagnostics();
    String planId = planIds.get();
    List<DesiredWorkflow> code =
        desired.stream().sorted(Comparator.comparing(DesiredWorkflow::key)).toList();
    checkCode(code, diags);

    Map<String, RemoteSummary> byId = new HashMap<>();
    Map<String, List<RemoteSummary>> ownedByKey = new TreeMap<>();
    for (RemoteSummary r : remote) {
      byId.put(r.id(), r);
      r.marker()
          .filter(m -> m.sameOwner(target.marker("x")))
          .ifPresent(m -> ownedByKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(r));
    }
    Set<String> codeKeys = code.stream().map(DesiredWorkflow::key).collect(Collectors.toSet());
    Map<String, DesiredWorkflow> codeByKey = new HashMap<>();
    code.forEach(d -> codeByKey.putIfAbsent(d.key(), d));
    ownedByKey.forEach(
        (key, list) -> {
          if (list.size() > 1) {
            diags.add(duplicateOwned(target, key, list, codeByKey.get(key)));
          }
        });

    List<Match> matches = new ArrayList<>();
    Map<String, String> claimedBy = new HashMap<>(); // remote id -> key
    for (DesiredWorkflow d : code) {
      Match m = match(target, d, byId, ownedByKey, codeKeys, diags);
      if (m == null) {
        continue;
      }
      if (m.remote() != null) {
        String other = claimedBy.putIfAbsent(m.remote().id(), d.key());
        if (other != null) {
          diags.add(
              d.source()
                  .errorAtKey(
                      "AdoptTargetClaimed",
                      "/adopt/id",
                      "workflow '" + m.remote().name() + "' (id " + m.remote().id()
                          + ") is already claimed by workflow key '" + other + "'")
                  .withFix("a Wireflow workflow can back only one key: remove adopt: from one"));
          continue;
        }
      }
      matches.add(m);
    }

    List<Change> changes = new ArrayList<>();
    for (Map.Entry<String, List<RemoteSummary>> e : ownedByKey.entrySet()) {
      for (RemoteSummary r : e.getValue()) {
        if (claimedBy.containsKey(r.id()) || e.getValue().size() > 1) {
          continue;
        }
        boolean isProtected = Marker.isProtected(r.tags());
        if (prune) {
          changes.add(new Change.Delete(e.getKey(), r.name(), r.id(), r.updatedAt(), isProtected));
          if (isProtected) {
            diags.add(
                Diagnostic.error(
                        "ProtectedDelete",
                        SourcePosition.file(target.projectFile()),
                        "workflow key '" + e.getKey() + "' ('" + r.name() + "', id " + r.id()
                            + ") left the code but is protected; pruning would delete it")
                    .withFix(
                        "to delete it, bring it back with protect: false, apply, then remove it;"
                            + " or run without --prune to leave it orphaned"));
          }
        } else {
          changes.add(new Change.Orphan(e.getKey(), r.name(), r.id(), r.updatedAt(), isProtected));
        }
      }
    }

    Set<String> toFetch = new LinkedHashSet<>();
    for (Match m : matches) {
      if (m.kind() == Kind.CREATE) {
        continue;
      }
      if (m.kind() == Kind.UPDATE && cacheSaysUnchanged(m, cache)) {
        continue;
      }
      toFetch.add(m.remote().id());
    }
    Map<String, AccountWorkflow> bodies = toFetch.isEmpty() ? Map.of() : fetcher.fetch(toFetch);
    for (Match m : matches) {
      changes.add(change(target, planId, m, bodies, cache));
      if (m.kind() == Kind.CREATE) {
        nameClash(m.desired(), remote).ifPresent(diags::add);
      }
    }
    return new Plan(
        planId, target.project(), target.environment(), target.endpoint(), prune, changes,
        diags.sorted());
  }

  private boolean cacheSaysUnchanged(Match m, ContentCache cache) {
    Optional<String> hash = cache.hash(m.remote().id(), m.remote().updatedAt());
    return hash.isPresent() && hash.get().equals(contentHash(m.desired()));
  }

  private String contentHash(DesiredWorkflow d) {
    return normalizer.contentHash(d.body(), d.pinned());
  }

  private Change change(
      DeployTarget target,
      String planId,
      Match m,
      Map<String, AccountWorkflow> bodies,
      ContentCache cache) {
    DesiredWorkflow d = m.desired();
    String hash = contentHash(d);
    if (m.kind() == Kind.CREATE) {
      WorkflowDiff diff =
          GraphDiffer.diff(
              normalizer.normalize(Json.object(), Set.of()),
              normalizer.normalize(d.body(), d.pinned()));
      return new Change.Create(
          d.key(), d.name(), d.body(), d.pinned(), hash, idempotencyKey(target, d.key(), hash,
              planId), diff);
    }
    RemoteSummary summary = m.remote();
    AccountWorkflow r = bodies.get(summary.id());
    if (r == null) {
      // Only an unchanged update is planned without its body (cache hit).
      return new Change.NoOp(d.key(), d.name(), summary.id(), summary.updatedAt(), hash);
    }
    ObjectNode body = withRemotePositions(d.body(), r.body(), d.pinned());
    JsonNode before = normalizer.normalize(r.body(), d.pinned());
    JsonNode after = normalizer.normalize(body, d.pinned());
    WorkflowDiff diff = GraphDiffer.diff(before, after);
    return switch (m.kind()) {
      case UPDATE ->
          diff.isEmpty()
              ? new Change.NoOp(d.key(), d.name(), r.id(), r.updatedAt(), hash)
              : new Change.Update(
                  d.key(), d.name(), r.id(), r.updatedAt(), body, d.pinned(), hash, diff);
      case RENAME ->
          new Change.Rename(
              d.key(), m.fromKey(), d.name(), r.id(), r.updatedAt(), body, d.pinned(), hash, diff);
      case ADOPT ->
          new Change.Adopt(d.key(), d.name(), r.id(), r.updatedAt(), body, d.pinned(), hash, diff);
      case CREATE -> throw new IllegalStateException("unreachable");
    };
  }

  /**
   * The code's body, with the remote's position for every node the code does not pin: an update
   * never moves nodes someone arranged in the canvas.
   */
  static ObjectNode withRemotePositions(ObjectNode body, JsonNode remote, Set<String> pinned) {
    Map<String, JsonNode> positions = new HashMap<>();
    for (JsonNode n : remote.path("nodes")) {
      if (n.path("position").isObject() && n.path("id").isTextual()) {
        positions.put(n.get("id").asText(), n.get("position"));
      }
    }
    for (JsonNode n : body.path("nodes")) {
      String id = n.path("id").asText();
      if (!pinned.contains(id) && positions.containsKey(id) && n.isObject()) {
        ((ObjectNode) n).set("position", positions.get(id).deepCopy());
      }
    }
    return body;
  }

  /**
   * The create's {@code Idempotency-Key}: derived from project, environment, key, content and
   * plan, so a retry (or a re-run of the same saved plan) of the same create can never create
   * twice, while a later plan that re-creates a deleted workflow gets a fresh key.
   */
  static String idempotencyKey(DeployTarget t, String key, String contentHash, String planId) {
    String material =
        String.join("\n", t.project(), t.environment(), key, contentHash, planId);
    return "wireform-" + Json.sha256(material).substring(0, 40);
  }

  private Match match(
      DeployTarget target,
      DesiredWorkflow d,
      Map<String, RemoteSummary> byId,
      Map<String, List<RemoteSummary>> ownedByKey,
      Set<String> codeKeys,
      Diagnostics diags) {
    if (d.adoptId().isPresent()) {
      String id = d.adoptId().get();
      RemoteSummary r = byId.get(id);
      if (r == null) {
        diags.add(
            d.source()
                .errorAtValue(
                    "AdoptTargetMissing",
                    "/adopt/id",
                    "adopt: no workflow with id '" + id + "' on " + target.endpoint())
                .withFix(
                    "check the id (it is the last part of the workflow's URL in Wireflow), or"
                        + " remove adopt: to create a new workflow"));
        return null;
      }
      Optional<Marker> marker = r.marker();
      if (marker.isEmpty()) {
        return new Match(d, Kind.ADOPT, r, null);
      }
      Marker m = marker.get();
      if (!m.sameOwner(target.marker(d.key()))) {
        diags.add(collision(d, r, m));
        return null;
      }
      if (m.key().equals(d.key())) {
        return ownedByKey.get(d.key()).size() > 1 ? null : new Match(d, Kind.UPDATE, r, null);
      }
      if (d.renamedFrom().contains(m.key()) && !codeKeys.contains(m.key())) {
        return new Match(d, Kind.RENAME, r, m.key());
      }
      diags.add(collision(d, r, m));
      return null;
    }
    List<RemoteSummary> same = ownedByKey.get(d.key());
    if (same != null) {
      return same.size() > 1 ? null : new Match(d, Kind.UPDATE, same.get(0), null);
    }
    List<RemoteSummary> renamed = new ArrayList<>();
    List<String> fromKeys = new ArrayList<>();
    for (String old : d.renamedFrom()) {
      List<RemoteSummary> found = ownedByKey.get(old);
      if (found != null && !codeKeys.contains(old)) {
        renamed.addAll(found);
        found.forEach(f -> fromKeys.add(old));
      }
    }
    if (renamed.size() > 1) {
      diags.add(
          d.source()
              .errorAtKey(
                  "AmbiguousRename",
                  "/renamedFrom",
                  "renamedFrom matches " + renamed.size() + " deployed workflows: "
                      + describe(renamed, fromKeys))
              .withFix("keep only the key this workflow was last deployed under in renamedFrom"));
      return null;
    }
    if (renamed.size() == 1) {
      return new Match(d, Kind.RENAME, renamed.get(0), fromKeys.get(0));
    }
    return new Match(d, Kind.CREATE, null, null);
  }

  /**
   * A warning when an unmanaged workflow already has the name a create would give: most often
   * the same workflow, made in the canvas before it was written as code.
   */
  private static Optional<Diagnostic> nameClash(DesiredWorkflow d, List<RemoteSummary> remote) {
    return remote.stream()
        .filter(r -> r.marker().isEmpty() && r.name().equals(d.name()))
        .min(Comparator.comparing(RemoteSummary::id))
        .map(r -> Diagnostic.warning(
                "UnmanagedNameClash",
                d.source().key(""),
                "workflow '" + d.key() + "' would be created as '" + d.name() + "', but an"
                    + " unmanaged workflow of that name already exists (id " + r.id() + ")")
            .withFix("to take that workflow over instead of creating a second one, add"
                + " adopt: { id: " + r.id() + " }"));
  }

  private static String describe(List<RemoteSummary> remotes, List<String> keys) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < remotes.size(); i++) {
      parts.add("'" + keys.get(i) + "' (id " + remotes.get(i).id() + ")");
    }
    return String.join(", ", parts);
  }

  private static Diagnostic collision(DesiredWorkflow d, RemoteSummary r, Marker m) {
    return d.source()
        .errorAtValue(
            "OwnershipCollision",
            "/adopt/id",
            "workflow '" + r.name() + "' (id " + r.id() + ") is managed by project '"
                + m.project() + "', environment '" + m.environment() + "' as key '" + m.key()
                + "'; wireform never takes over a workflow another key or project owns")
        .withFix(
            "remove adopt: to create a new workflow; if that owner no longer manages it, remove"
                + " its wireform:* tags in Wireflow first");
  }

  private static Diagnostic duplicateOwned(
      DeployTarget target, String key, List<RemoteSummary> list, DesiredWorkflow d) {
    String ids = list.stream().map(RemoteSummary::id).sorted().collect(Collectors.joining(", "));
    String message =
        list.size() + " workflows on " + target.endpoint() + " claim key '" + key
            + "' of project '" + target.project() + "', environment '" + target.environment()
            + "' (ids " + ids + "); wireform will not guess which one is real";
    String fix =
        "keep one: delete the others in Wireflow, or remove their wireform:* tags to leave them"
            + " unmanaged";
    SourcePosition where =
        d != null ? d.source().key("") : SourcePosition.file(target.projectFile());
    return Diagnostic.error("DuplicateOwnedWorkflow", where, message).withFix(fix);
  }

  private static void checkCode(List<DesiredWorkflow> code, Diagnostics diags) {
    Map<String, DesiredWorkflow> seen = new HashMap<>();
    for (DesiredWorkflow d : code) {
      DesiredWorkflow first = seen.putIfAbsent(d.key(), d);
      if (first != null) {
        diags.add(
            Diagnostic.error(
                    "DuplicateWorkflowKey",
                    d.source().key(""),
                    "workflow key '" + d.key() + "' is also declared in "
                        + first.source().file())
                .withFix("rename one of the files: the file stem is the key"));
      }
    }
  }

  /** Reports reserved {@code wireform:} tags a workflow declares; they are dropped on deploy. */
  public static List<Diagnostic> reservedTags(String key, List<String> tags, SourceMap source) {
    List<Diagnostic> out = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).startsWith(Marker.PREFIX)) {
        out.add(
            source
                .errorAtValue(
                    "ReservedTag",
                    SourceMap.pointer("tags", i),
                    "workflow '" + key + "' declares tag '" + tags.get(i)
                        + "', but tags starting with 'wireform:' are reserved for ownership")
                .withFix("remove the tag: wireform adds its own ownership tags on deploy"));
      }
    }
    return out;
  }
}
