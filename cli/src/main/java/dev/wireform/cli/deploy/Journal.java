package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The write-ahead journal of one apply, one JSON object per line under {@code
 * .wireform/journal/<env>/}: an {@code intent} before every write and its outcome after it,
 * each line forced to disk before the next step. A process killed at any instant leaves a
 * journal that says what may have happened; the next apply reports it and converges through
 * the ownership markers (a workflow created just before the kill is found by its marker, never
 * created twice). The journal never holds an API key or a workflow body.
 */
public final class Journal implements AutoCloseable {
  /** How one write ended. */
  public enum Outcome {
    DONE,
    SKIPPED,
    FAILED,
    STALE
  }

  /** Runs after each line is on disk; tests throw from it to simulate a kill at that point. */
  @FunctionalInterface
  interface Tap {
    Tap NONE = lines -> {};

    void written(int lines);
  }

  private final Path file;
  private final FileChannel channel;
  private final Clock clock;
  private final Tap tap;
  private int lines;
  private ApplySummary summary = ApplySummary.EMPTY;
  private Error dead;

  private Journal(Path file, FileChannel channel, Clock clock, Tap tap) {
    this.file = file;
    this.channel = channel;
    this.clock = clock;
    this.tap = tap;
  }

  /** The folder of {@code environment}'s journals under {@code wireformDir}. */
  public static Path folder(Path wireformDir, String environment) {
    return wireformDir.resolve("journal").resolve(environment);
  }

  /** Opens a new journal for applying {@code plan}. */
  public static Journal open(Path wireformDir, Plan plan, Clock clock) {
    return open(wireformDir, plan, clock, Tap.NONE);
  }

  static Journal open(Path wireformDir, Plan plan, Clock clock, Tap tap) {
    Path dir = folder(wireformDir, plan.environment());
    String stamp =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC)
            .format(clock.instant());
    String id = plan.planId().replaceAll("[^A-Za-z0-9-]", "");
    Path file = dir.resolve(stamp + "-" + id.substring(0, Math.min(12, id.length())) + ".jsonl");
    try {
      Files.createDirectories(dir);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
              StandardOpenOption.APPEND);
      return new Journal(file, channel, clock, Objects.requireNonNull(tap, "tap == null"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the apply journal " + file, e);
    }
  }

  public Path file() {
    return file;
  }

  /** The summary of the outcomes written so far. */
  public synchronized ApplySummary summary() {
    return summary;
  }

  public void begin(Plan plan) {
    ObjectNode o = event("begin");
    o.put("planId", plan.planId());
    o.put("project", plan.project());
    o.put("environment", plan.environment());
    o.put("endpoint", plan.endpoint());
    o.put("writes", plan.writes().size());
    append(o);
  }

  /** Recorded before a write is sent. */
  public void intent(Change c) {
    ObjectNode o = change("intent", c);
    if (c instanceof Change.Create create) {
      o.put("idempotencyKey", create.idempotencyKey());
    }
    if (c instanceof Change.Write w) {
      o.put("contentHash", w.contentHash());
    }
    append(o);
  }

  /** Recorded after a write succeeded. */
  public void done(Change c, String id) {
    ObjectNode o = change("done", c);
    o.put("id", id);
    append(o, c.action(), Outcome.DONE);
  }

  /** A change that needed no write: a no-op, or found already applied. */
  public void skipped(Change c, String reason) {
    ObjectNode o = change("skipped", c);
    o.put("reason", reason);
    append(o, c.action(), Outcome.SKIPPED, false);
  }

  public void failed(Change c, String error) {
    ObjectNode o = change("failed", c);
    o.put("error", error);
    append(o, c.action(), Outcome.FAILED);
  }

  public void stale(Change c, String reason) {
    ObjectNode o = change("stale", c);
    o.put("reason", reason);
    append(o, c.action(), Outcome.STALE);
  }

  /** The last line: the summary of every outcome above it. */
  public void end() {
    ApplySummary s = summary();
    ObjectNode o = event("end");
    o.put("created", s.created());
    o.put("updated", s.updated());
    o.put("renamed", s.renamed());
    o.put("adopted", s.adopted());
    o.put("deleted", s.deleted());
    o.put("unchanged", s.unchanged());
    o.put("failed", s.failed());
    append(o);
  }

  private ObjectNode change(String event, Change c) {
    ObjectNode o = event(event);
    o.put("action", c.action().word());
    o.put("key", c.key());
    c.id().ifPresent(id -> o.put("id", id));
    return o;
  }

  private ObjectNode event(String name) {
    ObjectNode o = Json.object();
    o.put("event", name);
    o.put("time", clock.instant().toString());
    return o;
  }

  private void append(ObjectNode o) {
    append(o, null, null, true);
  }

  private void append(ObjectNode o, Action action, Outcome outcome) {
    append(o, action, outcome, true);
  }

  /**
   * Writes one line; {@code force} puts it on disk before returning. Lines about writes are
   * forced; a skip is not (it records no effect), so a large no-op apply costs one sync.
   */
  private synchronized void append(ObjectNode o, Action action, Outcome outcome, boolean force) {
    if (dead != null) {
      throw dead;
    }
    try {
      channel.write(ByteBuffer.wrap((Json.compact(o) + "\n").getBytes(StandardCharsets.UTF_8)));
      if (force) {
        channel.force(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the apply journal " + file, e);
    }
    if (outcome != null) {
      summary = summary.plus(action, outcome);
    }
    lines++;
    try {
      tap.written(lines);
    } catch (Error e) {
      dead = e; // a simulated kill: nothing is written after it
      throw e;
    }
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the apply journal " + file, e);
    }
  }

  /**
   * A journal whose apply did not finish: its writes without an outcome are the ones a kill
   * may have left half done.
   *
   * @param file the journal
   * @param planId the plan it applied
   * @param unfinished {@code action key} of every intent without an outcome
   */
  public record Interrupted(Path file, String planId, List<String> unfinished) {
    public Interrupted {
      unfinished = List.copyOf(unfinished);
    }
  }

  /** The journals of {@code environment} that have no {@code end} line, oldest first. */
  public static List<Interrupted> interrupted(Path wireformDir, String environment) {
    Path dir = folder(wireformDir, environment);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Interrupted> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        interrupted(f).ifPresent(out::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the apply journals in " + dir, e);
    }
    return out;
  }

  /** Marks an interrupted journal as dealt with, so it is reported once. */
  public static void settle(Interrupted journal, Clock clock) {
    ObjectNode o = Json.object();
    o.put("event", "end");
    o.put("time", clock.instant().toString());
    o.put("interrupted", true);
    try {
      Files.writeString(journal.file(), Json.compact(o) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the apply journal " + journal.file(), e);
    }
  }

  private static java.util.Optional<Interrupted> interrupted(Path f) throws IOException {
    List<String> open = new ArrayList<>();
    String planId = "";
    boolean ended = false;
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode e;
      try {
        e = Json.parse(line);
      } catch (IllegalArgumentException torn) {
        continue; // the last line of a killed process may be torn
      }
      String event = e.path("event").asText();
      String what = e.path("action").asText() + " " + e.path("key").asText();
      switch (event) {
        case "begin" -> planId = e.path("planId").asText();
        case "intent" -> open.add(what);
        case "done", "skipped", "failed", "stale" -> open.remove(what);
        case "end" -> ended = true;
        default -> {}
      }
    }
    return ended ? java.util.Optional.empty()
        : java.util.Optional.of(new Interrupted(f, planId, open));
  }
}
