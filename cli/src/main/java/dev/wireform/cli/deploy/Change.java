package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan does to one workflow. Every change that writes carries the exact body it sends
 * and, when the workflow exists, the {@code updatedAt} the plan saw, so apply can refuse a stale
 * plan.
 */
public sealed interface Change
    permits Change.Write, Change.Delete, Change.Orphan, Change.NoOp {

  /** The workflow's key (for a delete or orphan: the key its marker names). */
  String key();

  /** The workflow name: the new one for writes, the remote one otherwise. */
  String name();

  Action action();

  /** The Wireflow id, or empty for a create. */
  Optional<String> id();

  /** A change that sends a body: create, update, rename, adopt. */
  sealed interface Write extends Change permits Create, Put {
    /** The exact body sent. */
    ObjectNode body();

    /** Ids of nodes whose position the code pins (positions of others are not compared). */
    Set<String> pinned();

    /** {@link Normalizer#contentHash} of the body. */
    String contentHash();

    /** What it changes, by graph; for a create, everything is added. */
    WorkflowDiff diff();
  }

  /** A write to an existing workflow: update, rename, adopt. */
  sealed interface Put extends Write permits Update, Rename, Adopt {
    String workflowId();

    /** The remote's {@code updatedAt} when planned; the PUT sends it as {@code baseUpdatedAt}. */
    String baseUpdatedAt();

    @Override
    default Optional<String> id() {
      return Optional.of(workflowId());
    }
  }

  /** A new workflow. {@code idempotencyKey} is derived from project, key, content and plan. */
  record Create(
      String key,
      String name,
      ObjectNode body,
      Set<String> pinned,
      String contentHash,
      String idempotencyKey,
      WorkflowDiff diff)
      implements Write {
    public Create {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(name, "name == null");
      body = body.deepCopy();
      pinned = Set.copyOf(pinned);
      Objects.requireNonNull(contentHash, "contentHash == null");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
      Objects.requireNonNull(diff, "diff == null");
    }

    @Override
    public ObjectNode body() {
      return body.deepCopy();
    }

    @Override
    public Action action() {
      return Action.CREATE;
    }

    @Override
    public Optional<String> id() {
      return Optional.empty();
    }
  }

  /** An owned workflow whose content differs from the code. */
  record Update(
      String key,
      String name,
      String workflowId,
      String baseUpdatedAt,
      ObjectNode body,
      Set<String> pinned,
      String contentHash,
      WorkflowDiff diff)
      implements Put {
    public Update {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(workflowId, "workflowId == null");
      Objects.requireNonNull(baseUpdatedAt, "baseUpdatedAt == null");
      body = body.deepCopy();
      pinned = Set.copyOf(pinned);
      Objects.requireNonNull(contentHash, "contentHash == null");
      Objects.requireNonNull(diff, "diff == null");
    }

    @Override
    public ObjectNode body() {
      return body.deepCopy();
    }

    @Override
    public Action action() {
      return Action.UPDATE;
    }
  }

  /** An owned workflow whose key changed ({@code renamedFrom}): updated in place, same id. */
  record Rename(
      String key,
      String fromKey,
      String name,
      String workflowId,
      String baseUpdatedAt,
      ObjectNode body,
      Set<String> pinned,
      String contentHash,
      WorkflowDiff diff)
      implements Put {
    public Rename {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(fromKey, "fromKey == null");
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(workflowId, "workflowId == null");
      Objects.requireNonNull(baseUpdatedAt, "baseUpdatedAt == null");
      body = body.deepCopy();
      pinned = Set.copyOf(pinned);
      Objects.requireNonNull(contentHash, "contentHash == null");
      Objects.requireNonNull(diff, "diff == null");
    }

    @Override
    public ObjectNode body() {
      return body.deepCopy();
    }

    @Override
    public Action action() {
      return Action.RENAME;
    }
  }

  /** An unmanaged workflow taken over ({@code adopt: {id}}): marked as ours, same id. */
  record Adopt(
      String key,
      String name,
      String workflowId,
      String baseUpdatedAt,
      ObjectNode body,
      Set<String> pinned,
      String contentHash,
      WorkflowDiff diff)
      implements Put {
    public Adopt {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(workflowId, "workflowId == null");
      Objects.requireNonNull(baseUpdatedAt, "baseUpdatedAt == null");
      body = body.deepCopy();
      pinned = Set.copyOf(pinned);
      Objects.requireNonNull(contentHash, "contentHash == null");
      Objects.requireNonNull(diff, "diff == null");
    }

    @Override
    public ObjectNode body() {
      return body.deepCopy();
    }

    @Override
    public Action action() {
      return Action.ADOPT;
    }
  }

  /** An owned workflow that left the code, deleted because pruning is on. */
  record Delete(String key, String name, String workflowId, String baseUpdatedAt, boolean isProtected)
      implements Change {
    public Delete {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(workflowId, "workflowId == null");
      Objects.requireNonNull(baseUpdatedAt, "baseUpdatedAt == null");
    }

    @Override
    public Action action() {
      return Action.DELETE;
    }

    @Override
    public Optional<String> id() {
      return Optional.of(workflowId);
    }
  }

  /** An owned workflow that left the code, only reported because pruning is off. */
  record Orphan(String key, String name, String workflowId, String updatedAt, boolean isProtected)
      implements Change {
    public Orphan {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(workflowId, "workflowId == null");
      Objects.requireNonNull(updatedAt, "updatedAt == null");
    }

    @Override
    public Action action() {
      return Action.ORPHAN;
    }

    @Override
    public Optional<String> id() {
      return Optional.of(workflowId);
    }
  }

  /** An owned workflow already as the code wants it. */
  record NoOp(String key, String name, String workflowId, String updatedAt, String contentHash)
      implements Change {
    public NoOp {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(workflowId, "workflowId == null");
      Objects.requireNonNull(updatedAt, "updatedAt == null");
      Objects.requireNonNull(contentHash, "contentHash == null");
    }

    @Override
    public Action action() {
      return Action.NOOP;
    }

    @Override
    public Optional<String> id() {
      return Optional.of(workflowId);
    }
  }
}
