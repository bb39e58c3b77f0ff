package dev.wireform.cli.deploy;

import dev.wireform.compiler.CompiledWorkflow;
import dev.wireform.dsl.diag.Diagnostic;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * One environment's deployer: plans the compiled workflows against the account (one list call,
 * GETs only where the state cache cannot vouch for a workflow) and applies plans, keeping the
 * state cache and the journals under {@code .wireform/}.
 */
public final class Deployer {
  private final DeployTarget target;
  private final WorkflowRemote remote;
  private final Normalizer normalizer;
  private final Path wireformDir;
  private final Clock clock;
  private final Supplier<String> planIds;
  private final int concurrency;

  /**
   * @param wireformDir the project's {@code .wireform} folder (state and journals)
   * @param planIds makes plan ids (random UUIDs in production)
   * @param concurrency how many requests may be in flight at once
   */
  public Deployer(
      DeployTarget target,
      WorkflowRemote remote,
      Normalizer normalizer,
      Path wireformDir,
      Clock clock,
      Supplier<String> planIds,
      int concurrency) {
    this.target = Objects.requireNonNull(target, "target == null");
    this.remote = Objects.requireNonNull(remote, "remote == null");
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer == null");
    this.wireformDir = Objects.requireNonNull(wireformDir, "wireformDir == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.planIds = Objects.requireNonNull(planIds, "planIds == null");
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
    }
    this.concurrency = concurrency;
  }

  public DeployTarget target() {
    return target;
  }

  public Normalizer normalizer() {
    return normalizer;
  }

  /** The compiled workflows as this environment wants them, plus reserved-tag errors. */
  public List<DesiredWorkflow> desired(List<CompiledWorkflow> compiled, List<Diagnostic> out) {
    List<DesiredWorkflow> desired = new ArrayList<>();
    for (CompiledWorkflow c : compiled) {
      out.addAll(Planner.reservedTags(c.key(), c.source().tags(), c.source().source()));
      desired.add(DesiredWorkflow.of(c, target, normalizer));
    }
    return desired;
  }

  /** Plans {@code compiled} against the account and refreshes the state cache. */
  public Plan plan(List<CompiledWorkflow> compiled, boolean prune) {
    List<Diagnostic> problems = new ArrayList<>();
    List<DesiredWorkflow> desired = desired(compiled, problems);
    StateCache state = StateCache.load(wireformDir, target);
    List<RemoteSummary> summaries = remote.list();
    Plan plan =
        new Planner(normalizer, planIds).plan(target, desired, summaries, this::fetch, state,
            prune);
    if (!problems.isEmpty()) {
      List<Diagnostic> all = new ArrayList<>(plan.diagnostics());
      all.addAll(problems);
      plan = new Plan(plan.planId(), plan.project(), plan.environment(), plan.endpoint(),
          plan.prune(), plan.changes(), all);
    }
    for (Change c : plan.changes()) {
      if (c instanceof Change.NoOp n) {
        state.record(n.workflowId(), new StateCache.Entry(n.key(), n.updatedAt(),
            n.contentHash()));
      }
    }
    state.save();
    return plan;
  }

  /** Finds workflows edited outside wireform; read-only apart from the request cache. */
  public Drift drift(List<CompiledWorkflow> compiled) {
    List<DesiredWorkflow> desired = desired(compiled, new ArrayList<>());
    StateCache state = StateCache.load(wireformDir, target);
    return new DriftDetector(normalizer).detect(target, desired, remote.list(), this::fetch,
        state);
  }

  /** Applies {@code plan} (fresh or saved), journaling under {@code .wireform/journal}. */
  public Applier.Result apply(Plan plan, Applier.Options options, Applier.Progress progress) {
    return apply(plan, options, progress, Journal.Tap.NONE);
  }

  Applier.Result apply(
      Plan plan, Applier.Options options, Applier.Progress progress, Journal.Tap tap) {
    java.util.Optional<Applier.Result> refused = Applier.refusal(plan, options);
    if (refused.isPresent()) {
      return refused.get();
    }
    StateCache state = StateCache.load(wireformDir, target);
    try (Journal journal = Journal.open(wireformDir, plan, clock, tap)) {
      return new Applier(remote, normalizer, state, progress).apply(plan, journal, options);
    }
  }

  /** Earlier applies of this environment that were killed before they finished. */
  public List<Journal.Interrupted> interrupted() {
    return Journal.interrupted(wireformDir, target.environment());
  }

  /** GETs {@code ids} concurrently, in the order given. */
  private Map<String, AccountWorkflow> fetch(Collection<String> ids) {
    Map<String, AccountWorkflow> out = new LinkedHashMap<>();
    if (ids.size() == 1 || concurrency == 1) {
      ids.forEach(id -> out.put(id, remote.get(id)));
      return out;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(concurrency, ids.size()), r -> {
          Thread t = new Thread(r, "wireform-plan");
          t.setDaemon(true);
          return t;
        });
    try {
      Map<String, Future<AccountWorkflow>> futures = new LinkedHashMap<>();
      ids.forEach(id -> futures.put(id, pool.submit(() -> remote.get(id))));
      for (Map.Entry<String, Future<AccountWorkflow>> e : futures.entrySet()) {
        out.put(e.getKey(), e.getValue().get());
      }
      return out;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("plan was interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
