package dev.wireform.cli.deploy;

import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.api.ConflictException;
import dev.wireform.cli.api.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Applies a plan. Before any write it checks, with one list call, that every workflow is still
 * what the plan saw; if one is not, it writes nothing and the result is stale (exit 4). Then it
 * writes concurrently (the client keeps the whole run inside the rate budget), journaling an
 * intent before and an outcome after every write:
 *
 * <ul>
 *   <li>a create is sent with its plan-derived {@code Idempotency-Key}, and only after the list
 *       showed no workflow with its ownership marker; one that is already there with the
 *       planned content (a re-run after a crash) is counted as already applied;
 *   <li>an update, rename or adoption is a PUT with {@code baseUpdatedAt}, refused by the server
 *       if someone edited the workflow meanwhile;
 *   <li>a delete is preceded by a GET that compares {@code updatedAt} (DELETE takes no base).
 * </ul>
 *
 * What succeeded is kept and reported when something fails; running apply again finishes the
 * rest. Applying the same plan twice writes nothing the second time.
 */
public final class Applier {
  /** Told about each write as it starts and ends; drives the progress lines on a terminal. */
  public interface Progress {
    Progress NONE =
        new Progress() {
          @Override
          public void started(Change change) {}

          @Override
          public void finished(Change change, Journal.Outcome outcome, String detail) {}
        };

    void started(Change change);

    /** @param detail the new id for a create, the error for a failure, else empty */
    void finished(Change change, Journal.Outcome outcome, String detail);
  }

  /**
   * @param maxDeletes refuse (exit 3, no writes) when the plan deletes more than this many
   * @param concurrency how many writes may be in flight at once
   */
  public record Options(OptionalInt maxDeletes, int concurrency) {
    public Options {
      Objects.requireNonNull(maxDeletes, "maxDeletes == null");
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
      }
    }
  }

  /**
   * @param exitCode 0 done, 1 refused or partly failed, 3 too many deletes, 4 stale plan
   * @param summary what was done, as journaled
   * @param problems one line (or block) per refusal, stale workflow or failed write
   */
  public record Result(int exitCode, ApplySummary summary, List<String> problems) {
    public Result {
      Objects.requireNonNull(summary, "summary == null");
      problems = List.copyOf(problems);
    }
  }

  private final WorkflowRemote remote;
  private final Normalizer normalizer;
  private final StateCache state;
  private final Progress progress;

  public Applier(
      WorkflowRemote remote, Normalizer normalizer, StateCache state, Progress progress) {
    this.remote = Objects.requireNonNull(remote, "remote == null");
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer == null");
    this.state = Objects.requireNonNull(state, "state == null");
    this.progress = Objects.requireNonNull(progress, "progress == null");
  }

  /**
   * Refuses a plan that must not be applied at all, before any request: errors (exit 1), more
   * deletes than allowed (exit 3), a protected delete (exit 1).
   *
   * @return the refusal, or empty when the plan may be applied
   */
  public static Optional<Result> refusal(Plan plan, Options options) {
    if (plan.hasErrors()) {
      return Optional.of(
          new Result(1, ApplySummary.EMPTY,
              List.of("the plan has errors; fix them and plan again (nothing was written)")));
    }
    List<Change.Delete> deletes =
        plan.changes().stream()
            .filter(c -> c instanceof Change.Delete)
            .map(c -> (Change.Delete) c)
            .toList();
    if (options.maxDeletes().isPresent() && deletes.size() > options.maxDeletes().getAsInt()) {
      List<String> lines = new ArrayList<>();
      lines.add("the plan deletes " + deletes.size()
          + (deletes.size() == 1 ? " workflow" : " workflows") + ", more than --max-deletes "
          + options.maxDeletes().getAsInt() + "; nothing was written:");
      deletes.forEach(d -> lines.add("  - " + d.key() + " '" + d.name() + "' (id "
          + d.workflowId() + ")"));
      lines.add("  fix: check the deletes are meant, then raise --max-deletes, or run without"
          + " --prune to leave them orphaned");
      return Optional.of(new Result(3, ApplySummary.EMPTY, lines));
    }
    List<String> guarded = new ArrayList<>();
    deletes.stream().filter(Change.Delete::isProtected).forEach(d -> guarded.add(
        "workflow '" + d.key() + "' (id " + d.workflowId() + ") is protected and cannot be"
            + " deleted; nothing was written"));
    if (!guarded.isEmpty()) {
      guarded.add("  fix: set protect: false on it and apply before removing it, or run without"
          + " --prune");
      return Optional.of(new Result(1, ApplySummary.EMPTY, guarded));
    }
    return Optional.empty();
  }

  /** Applies {@code plan}, journaling into {@code journal} (which it ends but does not close). */
  public Result apply(Plan plan, Journal journal, Options options) {
    Optional<Result> refused = refusal(plan, options);
    if (refused.isPresent()) {
      return refused.get();
    }
    journal.begin(plan);
    for (Change c : plan.changes()) {
      if (c instanceof Change.NoOp n) {
        journal.skipped(c, "no changes");
        state.record(n.workflowId(), new StateCache.Entry(n.key(), n.updatedAt(),
            n.contentHash()));
      }
    }
    List<Change> writes = plan.writes();
    List<String> problems = new ArrayList<>();
    List<Change> todo = new ArrayList<>();
    if (!writes.isEmpty()) {
      Map<Change, String> stale = precheck(plan, writes, journal, todo);
      if (!stale.isEmpty()) {
        stale.forEach((c, why) -> {
          journal.stale(c, why);
          problems.add(why);
        });
        problems.add("the plan is stale: nothing was written; run plan again to see the"
            + " account as it is now");
        journal.end();
        state.save();
        return new Result(4, journal.summary(), problems);
      }
    }
    boolean staleDuringWrites = run(todo, journal, options, problems);
    journal.end();
    state.save();
    ApplySummary summary = journal.summary();
    int exit = staleDuringWrites ? 4 : summary.failed() > 0 ? 1 : 0;
    return new Result(exit, summary, problems);
  }

  /**
   * Sorts every write into proceed ({@code todo}), already applied (journaled as skipped) or
   * stale (returned, with why).
   */
  private Map<Change, String> precheck(
      Plan plan, List<Change> writes, Journal journal, List<Change> todo) {
    List<RemoteSummary> now = remote.list();
    Map<String, RemoteSummary> byId = new HashMap<>();
    Map<String, List<RemoteSummary>> ownedByKey = new HashMap<>();
    for (RemoteSummary r : now) {
      byId.put(r.id(), r);
      r.marker()
          .filter(m -> m.project().equals(plan.project())
              && m.environment().equals(plan.environment()))
          .ifPresent(m -> ownedByKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(r));
    }
    Map<Change, String> stale = new java.util.LinkedHashMap<>();
    for (Change c : writes) {
      if (c instanceof Change.Create create) {
        List<RemoteSummary> existing = ownedByKey.getOrDefault(create.key(), List.of());
        if (existing.isEmpty()) {
          todo.add(c);
        } else if (existing.size() == 1 && sameContent(existing.get(0), create, journal)) {
          continue;
        } else {
          stale.put(c, "workflow '" + create.key() + "' was created by someone else after the"
              + " plan was made (id " + existing.get(0).id() + ")");
        }
      } else if (c instanceof Change.Put put) {
        RemoteSummary r = byId.get(put.workflowId());
        if (r == null) {
          stale.put(c, "workflow '" + put.key() + "' (id " + put.workflowId()
              + ") was deleted after the plan was made");
        } else if (r.updatedAt().equals(put.baseUpdatedAt())) {
          todo.add(c);
        } else if (!sameContent(r, put, journal)) {
          stale.put(c, "workflow '" + put.key() + "' (id " + put.workflowId()
              + ") changed after the plan was made (plan saw updatedAt " + put.baseUpdatedAt()
              + ", now " + r.updatedAt() + ")");
        }
      } else if (c instanceof Change.Delete d) {
        RemoteSummary r = byId.get(d.workflowId());
        if (r == null) {
          journal.skipped(c, "already deleted");
        } else if (r.updatedAt().equals(d.baseUpdatedAt())) {
          todo.add(c);
        } else {
          stale.put(c, "workflow '" + d.key() + "' (id " + d.workflowId()
              + ") changed after the plan was made (plan saw updatedAt " + d.baseUpdatedAt()
              + ", now " + r.updatedAt() + "); it is not deleted");
        }
      }
    }
    return stale;
  }

  /**
   * Whether the remote already holds what {@code write} would send (the plan was applied
   * before, perhaps by a run that was killed); if so it is journaled as skipped.
   */
  private boolean sameContent(RemoteSummary r, Change.Write write, Journal journal) {
    AccountWorkflow full = remote.get(r.id());
    String hash = normalizer.contentHash(full.body(), write.pinned());
    if (!hash.equals(write.contentHash())) {
      return false;
    }
    state.record(full.id(), new StateCache.Entry(write.key(), full.updatedAt(), hash));
    journal.skipped(write, "already applied (id " + full.id() + ")");
    return true;
  }

  /** Runs the writes; returns whether one was refused as stale by the server. */
  private boolean run(List<Change> todo, Journal journal, Options options, List<String> problems) {
    if (todo.isEmpty()) {
      return false;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(options.concurrency(), todo.size()), r -> {
          Thread t = new Thread(r, "wireform-apply");
          t.setDaemon(true);
          return t;
        });
    List<Future<Journal.Outcome>> futures = new ArrayList<>();
    try {
      for (Change c : todo) {
        futures.add(pool.submit(() -> write(c, journal, problems)));
      }
      boolean stale = false;
      for (Future<Journal.Outcome> f : futures) {
        stale |= f.get() == Journal.Outcome.STALE;
      }
      return stale;
    } catch (ExecutionException e) {
      pool.shutdownNow();
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err;
      }
      throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("apply was interrupted", e);
    } finally {
      pool.shutdown();
    }
  }

  private Journal.Outcome write(Change c, Journal journal, List<String> problems) {
    progress.started(c);
    journal.intent(c);
    Journal.Outcome outcome;
    String detail = "";
    try {
      if (c instanceof Change.Create create) {
        WorkflowRemote.Saved saved = remote.create(create.body(), create.idempotencyKey());
        remember(create, saved);
        journal.done(c, saved.id());
        detail = saved.id();
      } else if (c instanceof Change.Put put) {
        WorkflowRemote.Saved saved =
            remote.update(put.workflowId(), put.body(), put.baseUpdatedAt());
        remember(put, saved);
        journal.done(c, saved.id().isEmpty() ? put.workflowId() : saved.id());
      } else if (c instanceof Change.Delete d) {
        if (!deleteIfUnchanged(d, journal, problems)) {
          progress.finished(c, Journal.Outcome.STALE, "");
          return Journal.Outcome.STALE;
        }
      }
      outcome = Journal.Outcome.DONE;
    } catch (ConflictException e) {
      if (c instanceof Change.Put put && landed(put)) {
        // A retried PUT whose first attempt was stored (the answer was lost): ours, not stale.
        journal.done(c, put.workflowId());
        outcome = Journal.Outcome.DONE;
      } else {
        String why = "workflow '" + c.key() + "' changed on the server after the plan was made;"
            + " it was not written: " + e.getMessage();
        journal.stale(c, why);
        synchronized (problems) {
          problems.add(why);
        }
        outcome = Journal.Outcome.STALE;
      }
    } catch (ApiException e) {
      String why = c.action().word() + " " + c.key() + " failed: " + e.getMessage();
      journal.failed(c, e.getMessage());
      synchronized (problems) {
        problems.add(why);
      }
      outcome = Journal.Outcome.FAILED;
      detail = e.getMessage();
    }
    progress.finished(c, outcome, detail);
    return outcome;
  }

  /** Whether the server holds exactly what {@code put} sent (then the 409 was our own retry). */
  private boolean landed(Change.Put put) {
    try {
      AccountWorkflow now = remote.get(put.workflowId());
      String hash = normalizer.contentHash(now.body(), put.pinned());
      if (!hash.equals(put.contentHash())) {
        return false;
      }
      state.record(now.id(), new StateCache.Entry(put.key(), now.updatedAt(), hash));
      return true;
    } catch (ApiException e) {
      return false;
    }
  }

  private boolean deleteIfUnchanged(Change.Delete d, Journal journal, List<String> problems) {
    AccountWorkflow r;
    try {
      r = remote.get(d.workflowId());
    } catch (NotFoundException gone) {
      journal.done(d, d.workflowId());
      state.forget(d.workflowId());
      return true;
    }
    if (!r.updatedAt().equals(d.baseUpdatedAt())) {
      String why = "workflow '" + d.key() + "' (id " + d.workflowId() + ") changed after the"
          + " plan was made (plan saw updatedAt " + d.baseUpdatedAt() + ", now "
          + r.updatedAt() + "); it is not deleted";
      journal.stale(d, why);
      synchronized (problems) {
        problems.add(why);
      }
      return false;
    }
    try {
      remote.delete(d.workflowId());
    } catch (NotFoundException gone) {
      // deleted meanwhile: the outcome the plan wanted
    }
    journal.done(d, d.workflowId());
    state.forget(d.workflowId());
    return true;
  }

  /** Caches what the server now holds, when its answer says; otherwise forgets the entry. */
  private void remember(Change.Write w, WorkflowRemote.Saved saved) {
    String id = saved.id();
    if (saved.updatedAt().isPresent() && saved.body().isPresent()) {
      String hash = normalizer.contentHash(saved.body().get(), w.pinned());
      state.record(id, new StateCache.Entry(w.key(), saved.updatedAt().get(), hash));
    } else {
      state.forget(id);
    }
  }
}
