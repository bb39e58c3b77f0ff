package dev.wireform.cli.deploy;

import dev.wireform.compiler.Compilation;
import dev.wireform.compiler.CompiledWorkflow;
import dev.wireform.compiler.Compiler;
import dev.wireform.compiler.yaml.YamlWriter;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.model.Workflow;
import dev.wireform.dsl.yaml.YamlWorkflowReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Brings existing workflows under wireform: writes each as a YAML file with an {@code adopt:
 * {id}} binding, proves the file compiles back to exactly the workflow on the account (a plan of
 * it shows nothing but the ownership tags to add), and then adopts it: one PUT that adds the
 * ownership marker, sent with {@code baseUpdatedAt}. Right after an import, {@code plan} shows no
 * changes. A workflow whose YAML would not be exact is written but not adopted, and reported.
 */
public final class Importer {
  private final Deployer deployer;
  private final WorkflowRemote remote;
  private final Catalog catalog;

  public Importer(Deployer deployer, WorkflowRemote remote, Catalog catalog) {
    this.deployer = Objects.requireNonNull(deployer, "deployer == null");
    this.remote = Objects.requireNonNull(remote, "remote == null");
    this.catalog = Objects.requireNonNull(catalog, "catalog == null");
  }

  /**
   * @param written the YAML files written
   * @param adopted {@code key (id)} of each workflow now owned by the project
   * @param problems what was skipped or is not exact, and why
   * @param applied the adoption's apply result, if anything was adopted
   */
  public record Result(
      List<Path> written,
      List<String> adopted,
      List<String> problems,
      Optional<Applier.Result> applied) {
    public Result {
      written = List.copyOf(written);
      adopted = List.copyOf(adopted);
      problems = List.copyOf(problems);
      Objects.requireNonNull(applied, "applied == null");
    }

    /** 0 when everything asked for was imported and adopted, else 1 (or the apply's code). */
    public int exitCode() {
      if (applied.isPresent() && applied.get().exitCode() != 0) {
        return applied.get().exitCode();
      }
      return problems.isEmpty() ? 0 : 1;
    }
  }

  /** Imports every unmanaged workflow of the account. */
  public Result importAll(Path outDir, Set<String> existingKeys, Applier.Options options) {
    List<RemoteSummary> all = remote.list();
    List<RemoteSummary> unmanaged =
        all.stream().filter(r -> r.marker().isEmpty()).toList();
    return importSummaries(unmanaged, List.of(), outDir, existingKeys, options);
  }

  /** Imports the workflows with these ids. */
  public Result importIds(
      List<String> ids, Path outDir, Set<String> existingKeys, Applier.Options options) {
    Map<String, RemoteSummary> byId = new HashMap<>();
    remote.list().forEach(r -> byId.put(r.id(), r));
    List<RemoteSummary> chosen = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    DeployTarget t = deployer.target();
    for (String id : new java.util.LinkedHashSet<>(ids)) {
      RemoteSummary r = byId.get(id);
      if (r == null) {
        problems.add("no workflow with id '" + id + "' on " + t.endpoint());
      } else if (r.marker().isPresent()) {
        Marker m = r.marker().get();
        problems.add(m.sameOwner(t.marker("x"))
            ? "workflow '" + r.name() + "' (id " + id + ") is already managed by this project"
                + " as key '" + m.key() + "'"
            : "workflow '" + r.name() + "' (id " + id + ") is managed by project '"
                + m.project() + "', environment '" + m.environment() + "'; it is not imported");
      } else {
        chosen.add(r);
      }
    }
    return importSummaries(chosen, problems, outDir, existingKeys, options);
  }

  private Result importSummaries(
      List<RemoteSummary> chosen,
      List<String> earlier,
      Path outDir,
      Set<String> existingKeys,
      Applier.Options options) {
    List<String> problems = new ArrayList<>(earlier);
    List<Path> written = new ArrayList<>();
    Set<String> taken = new HashSet<>(existingKeys);
    Map<String, Workflow> read = new LinkedHashMap<>();
    Map<String, String> idByKey = new HashMap<>();
    DeployTarget t = deployer.target();
    for (RemoteSummary s : chosen) {
      AccountWorkflow r = remote.get(s.id());
      String key = uniqueKey(r.name(), t.namePrefix(), taken, outDir);
      Workflow w;
      try {
        w = YamlWriter.fromWireflow(r.body(), key, t.namePrefix(), Optional.of(r.id()));
      } catch (YamlWriter.UnsupportedWorkflowException e) {
        problems.add("workflow '" + r.name() + "' (id " + r.id() + ") is not imported: "
            + e.getMessage());
        continue;
      }
      taken.add(key);
      String yaml = YamlWriter.write(w);
      Path file = outDir.resolve(key + ".yaml");
      try {
        Files.createDirectories(outDir);
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
      written.add(file);
      Diagnostics diags = new Diagnostics();
      Optional<Workflow> back =
          YamlWorkflowReader.read(display(file), yaml.getBytes(StandardCharsets.UTF_8), diags);
      if (back.isEmpty() || diags.hasErrors()) {
        problems.add(display(file) + " cannot be read back: " + first(diags.sorted()));
        continue;
      }
      read.put(key, back.get());
      idByKey.put(key, r.id());
    }
    if (read.isEmpty()) {
      return new Result(written, List.of(), problems, Optional.empty());
    }
    Compilation compiled = new Compiler(catalog).compile(new ArrayList<>(read.values()));
    for (Diagnostic d : compiled.diagnostics()) {
      if (d.isError()) {
        problems.add(d.position() + ": [" + d.id() + "] " + d.message()
            + (d.fix().isEmpty() ? "" : " (fix: " + d.fix() + ")")
            + "; the file was written, the workflow was not adopted");
      }
    }
    Plan plan = deployer.plan(compiled.workflows(), false);
    List<Change> adopt = new ArrayList<>();
    for (Change c : plan.changes()) {
      if (!idByKey.containsKey(c.key())) {
        continue;
      }
      if (c instanceof Change.Adopt a && onlyOwnershipTags(a.diff())) {
        adopt.add(a);
      } else if (c instanceof Change.Write w) {
        List<String> lines = new ArrayList<>();
        DiffLines.of(w).forEach(l -> lines.add(l.symbol() + " " + l.text()));
        problems.add("the YAML of '" + c.key() + "' does not reproduce workflow "
            + idByKey.get(c.key()) + " exactly, so it was not adopted: " + String.join("; ",
                lines));
      }
    }
    plan.diagnostics().stream().filter(Diagnostic::isError)
        .forEach(d -> problems.add("[" + d.id() + "] " + d.message()));
    if (adopt.isEmpty()) {
      return new Result(written, List.of(), problems, Optional.empty());
    }
    Plan adoption = new Plan(plan.planId(), plan.project(), plan.environment(), plan.endpoint(),
        false, adopt, List.of());
    Applier.Result applied = deployer.apply(adoption, options, Applier.Progress.NONE);
    List<String> adopted = new ArrayList<>();
    if (applied.exitCode() == 0) {
      adopt.forEach(c -> adopted.add(c.key() + " (id " + c.id().orElse("") + ")"));
    } else {
      problems.addAll(applied.problems());
    }
    return new Result(written, adopted, problems, Optional.of(applied));
  }

  private static boolean onlyOwnershipTags(WorkflowDiff d) {
    return d.fields().isEmpty()
        && d.tagsRemoved().isEmpty()
        && d.tagsAdded().stream().allMatch(tag -> tag.startsWith(Marker.PREFIX))
        && d.nodesAdded().isEmpty()
        && d.nodesRemoved().isEmpty()
        && d.nodesChanged().isEmpty()
        && d.edgesAdded().isEmpty()
        && d.edgesRemoved().isEmpty()
        && d.rewired().isEmpty();
  }

  private static String first(List<Diagnostic> diags) {
    return diags.isEmpty() ? "unknown problem"
        : diags.get(0).position() + ": " + diags.get(0).message();
  }

  private static String display(Path file) {
    return file.toString().replace('\\', '/');
  }

  /**
   * A key from the workflow name: lower case, runs of other characters as {@code -}, unique
   * among the project's keys, this import's and the files already in {@code outDir}.
   */
  static String uniqueKey(String name, String prefix, Set<String> taken, Path outDir) {
    String base = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    if (slug.isEmpty()) {
      slug = "workflow";
    }
    String key = slug;
    for (int n = 2; taken.contains(key) || Files.exists(outDir.resolve(key + ".yaml"))
        || Files.exists(outDir.resolve(key + ".java")); n++) {
      key = slug + "-" + n;
    }
    return key;
  }
}
