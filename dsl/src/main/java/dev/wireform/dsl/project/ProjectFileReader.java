package dev.wireform.dsl.project;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourcePosition;
import dev.wireform.dsl.yaml.Fields;
import dev.wireform.dsl.yaml.Suggestions;
import dev.wireform.dsl.yaml.YamlDocument;
import dev.wireform.dsl.yaml.YamlNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a project's {@code wireform.yaml} ({@code docs/yaml.md}, "The project file").
 *
 * <p>An API key never belongs in this file: a field such as {@code apiKey} or {@code token}, an
 * {@code apiKeyEnv} whose value looks like a key, and credentials inside an endpoint URL are errors
 * ({@code SecretInProjectFile}) whose messages and snippets never repeat the value.
 */
public final class ProjectFileReader {
  static final List<String> ROOT_FIELDS =
      List.of("project", "workflows", "catalog", "environments", "default", "policies");
  static final List<String> ENV_FIELDS =
      List.of("endpoint", "apiKeyEnv", "plan", "namePrefix", "protect", "maxDeletes");
  static final List<String> POLICY_FIELDS = List.of("prune", "protect", "maxDeletes");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern ENV_VAR = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern SECRET_FIELD =
      Pattern.compile(
          "(?i).*(api[_-]?key|token|secret|password|passwd|credential|bearer|authorization).*");
  private static final String KEY_FIX =
      "remove it; export the key in an environment variable (e.g. WIREFLOW_API_KEY) and name"
          + " that variable with 'apiKeyEnv: WIREFLOW_API_KEY'";

  private ProjectFileReader() {}

  /**
   * Reads {@code wireform.yaml}. Never throws for any content; every problem goes into {@code
   * diagnostics}.
   *
   * @param displayPath the file's path as diagnostics show it
   * @return the project file, or empty when it has any error
   */
  public static Optional<ProjectFile> read(
      String displayPath, byte[] content, Diagnostics diagnostics) {
    Objects.requireNonNull(displayPath, "displayPath == null");
    Objects.requireNonNull(content, "content == null");
    Objects.requireNonNull(diagnostics, "diagnostics == null");
    Diagnostics mine = new Diagnostics();
    Set<Integer> secretLines = new HashSet<>();
    Optional<ProjectFile> project =
        YamlDocument.parse(displayPath, content, mine)
            .flatMap(doc -> new Binder(doc, mine, secretLines).read());
    for (Diagnostic d : mine.sorted()) {
      // A line that holds a secret is never shown, whatever was reported on it.
      diagnostics.add(secretLines.contains(d.position().line()) ? d.withSnippet("") : d);
    }
    return mine.hasErrors() ? Optional.empty() : project;
  }

  /** Turns the document tree into a ProjectFile. */
  private static final class Binder {
    private final YamlDocument doc;
    private final Diagnostics diagnostics;
    private final Set<Integer> secretLines;

    Binder(YamlDocument doc, Diagnostics diagnostics, Set<Integer> secretLines) {
      this.doc = doc;
      this.diagnostics = diagnostics;
      this.secretLines = secretLines;
    }

    Optional<ProjectFile> read() {
      Optional<YamlNode> root = doc.root();
      if (root.isEmpty() || !(root.get() instanceof YamlNode.Mapping top)) {
        diagnostics.add(
            doc.error(
                root.isEmpty() ? "MissingField" : "InvalidValue",
                root.map(YamlNode::position).orElse(new SourcePosition(doc.file(), 1, 1)),
                root.isEmpty()
                    ? "the project file is empty; expected at least 'project: <name>'"
                    : "a project file must hold a mapping with 'project', found "
                        + root.get().describe(),
                "start with 'project: <name>'; see docs/yaml.md"));
        return Optional.empty();
      }
      redactKeyLikeValues(top, 0);
      Fields f =
          Fields.of(
              doc,
              withoutSecrets(top, "the project file"),
              "the project file",
              ROOT_FIELDS,
              diagnostics);
      Optional<String> project =
          f.requiredString("project", "add 'project: <name>', e.g. project: media-pipelines");
      project
          .filter(p -> !NAME.matcher(p).matches())
          .ifPresent(
              p ->
                  f.invalid(
                      f.entry("project").orElseThrow().value(),
                      "'project' must be letters, digits, '_', '.' and '-' (it is written into"
                          + " the ownership tag of every deployed workflow), found '"
                          + p
                          + "'",
                      "e.g. project: " + suggestName(p)));
      List<String> workflows =
          f.strings("workflows", "write folders or globs as a list, e.g. workflows: [workflows]")
              .orElse(List.of(ProjectFile.DEFAULT_WORKFLOWS));
      if (f.entry("workflows").isPresent() && workflows.isEmpty()) {
        f.invalid(
            f.entry("workflows").orElseThrow().value(),
            "'workflows' of the project file must name at least one folder or glob, found an"
                + " empty list",
            "write workflows: [workflows], or leave it out for that default");
      }
      Optional<String> catalog = f.string("catalog");
      Map<String, Environment> environments = new LinkedHashMap<>();
      f.mapping(
              "environments",
              "a mapping of environment name to environment",
              "write '<name>: { endpoint: embedded }' entries")
          .ifPresent(
              m ->
                  m.entries()
                      .forEach(
                          e -> environment(e).ifPresent(env -> environments.put(env.name(), env))));
      Optional<String> defaultEnv = f.string("default");
      if (defaultEnv.isPresent() && !environments.containsKey(defaultEnv.get())) {
        unknownDefault(f.entry("default").orElseThrow().value(), defaultEnv.get(), f);
        defaultEnv = Optional.empty();
      } else if (defaultEnv.isEmpty() && environments.size() == 1) {
        defaultEnv = Optional.of(environments.keySet().iterator().next());
      }
      Policies policies =
          f.mapping(
                  "policies",
                  "a mapping with prune, protect and maxDeletes",
                  "write policies: { prune: false, protect: false, maxDeletes: 5 }")
              .map(this::policies)
              .orElse(Policies.DEFAULT);
      if (project.isEmpty() || !f.complete()) {
        return Optional.empty();
      }
      return Optional.of(
          new ProjectFile(
              project.get(),
              workflows,
              catalog,
              environments,
              defaultEnv,
              policies,
              doc.sourceMap()));
    }

    private void unknownDefault(YamlNode at, String name, Fields f) {
      // Suggest among every declared environment, also those with errors of their own.
      List<String> declared =
          f.entry("environments")
              .filter(e -> e.value() instanceof YamlNode.Mapping)
              .map(
                  e ->
                      ((YamlNode.Mapping) e.value())
                          .entries().stream().map(YamlNode.Entry::key).toList())
              .orElse(List.of());
      if (declared.contains(name)) {
        return; // the environment exists but has errors of its own, already reported
      }
      String known = declared.isEmpty() ? "none" : String.join(", ", declared);
      String fix =
          Suggestions.closest(name, declared)
              .map(s -> "did you mean '" + s + "'? Environments: " + known)
              .orElse(
                  declared.isEmpty()
                      ? "declare it under 'environments:', e.g. "
                          + name
                          + ": { endpoint: embedded }"
                      : "use one of: " + known);
      diagnostics.add(
          doc.error(
              "UnknownEnvironment",
              at.position(),
              "default environment '" + name + "' is not defined under 'environments'",
              fix));
    }

    private Optional<Environment> environment(YamlNode.Entry e) {
      String name = e.key();
      String owner = "environment '" + name + "'";
      boolean ok = true;
      if (!ENV_NAME.matcher(name).matches()) {
        ok = false;
        diagnostics.add(
            doc.error(
                "InvalidValue",
                e.keyPosition(),
                "environment name '"
                    + name
                    + "' holds characters other than letters, digits,"
                    + " '_' and '-'",
                "rename it, e.g. '" + suggestName(name) + "'"));
      }
      if (!(e.value() instanceof YamlNode.Mapping m)) {
        diagnostics.add(
            doc.error(
                "InvalidValue",
                e.value().position(),
                owner + " must be a mapping with 'endpoint', found " + e.value().describe(),
                "write " + name + ": { endpoint: embedded } or { endpoint: https://... }"));
        return Optional.empty();
      }
      Fields f =
          Fields.of(doc, withoutSecrets(m, owner), owner, ENV_FIELDS, diagnostics)
              .missingAt(e.keyPosition());
      Optional<String> endpoint =
          f.requiredString(
              "endpoint",
              "add 'endpoint: embedded' (local emulator) or 'endpoint:"
                  + " https://www.wireflow.ai/api/v1'");
      endpoint.ifPresent(url -> checkEndpoint(url, f, owner));
      String apiKeyEnv =
          f.entry("apiKeyEnv")
              .flatMap(k -> apiKeyEnv(k, f, owner))
              .orElse(Environment.DEFAULT_API_KEY_ENV);
      AccountPlan plan = plan(f, owner).orElse(AccountPlan.FREE);
      String prefix = f.string("namePrefix").orElse("");
      Optional<Boolean> protect = f.bool("protect");
      Optional<Integer> maxDeletes = count(f, "maxDeletes", owner);
      if (!ok || !f.complete() || endpoint.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Environment(name, endpoint.get(), apiKeyEnv, plan, prefix, protect, maxDeletes));
    }

    private void checkEndpoint(String url, Fields f, String owner) {
      if (url.equals(Environment.EMBEDDED)) {
        return;
      }
      YamlNode at = f.entry("endpoint").orElseThrow().value();
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        uri = null;
      }
      if (uri != null && uri.getRawUserInfo() != null) {
        secret(
            at.position(),
            "'endpoint' of " + owner + " holds credentials in its URL",
            KEY_FIX + ", and write the endpoint without them");
        return;
      }
      boolean https = uri != null && "https".equals(uri.getScheme()) && uri.getHost() != null;
      boolean loopback =
          uri != null
              && "http".equals(uri.getScheme())
              && uri.getHost() != null
              && Set.of("localhost", "127.0.0.1", "[::1]").contains(uri.getHost());
      if (!https && !loopback) {
        f.invalid(
            at,
            "'endpoint' of "
                + owner
                + " must be 'embedded' or an https:// URL, found '"
                + url
                + "'",
            "write endpoint: embedded, or endpoint: https://www.wireflow.ai/api/v1 (plain"
                + " http:// only to localhost)");
      }
    }

    private Optional<String> apiKeyEnv(YamlNode.Entry e, Fields f, String owner) {
      if (e.value() instanceof YamlNode.Scalar s && s.value() instanceof String v) {
        if (looksLikeKey(v)) {
          secret(
              e.value().position(),
              "'apiKeyEnv' of "
                  + owner
                  + " holds what looks like an API key; it must name the"
                  + " environment variable that holds the key",
              KEY_FIX);
          return Optional.empty();
        }
        if (!ENV_VAR.matcher(v).matches()) {
          f.invalid(
              e.value(),
              "'apiKeyEnv' of "
                  + owner
                  + " must be an environment variable name (letters,"
                  + " digits and '_', not starting with a digit)",
              "e.g. apiKeyEnv: WIREFLOW_API_KEY");
          return Optional.empty();
        }
        return Optional.of(v);
      }
      return f.string("apiKeyEnv");
    }

    private Optional<AccountPlan> plan(Fields f, String owner) {
      List<String> ids = Arrays.stream(AccountPlan.values()).map(AccountPlan::id).toList();
      return f.string("plan")
          .flatMap(
              p -> {
                String lower = p.toLowerCase(Locale.ROOT);
                if (ids.contains(lower)) {
                  return Optional.of(AccountPlan.valueOf(lower.toUpperCase(Locale.ROOT)));
                }
                String fix =
                    Suggestions.closest(p, ids)
                        .map(s -> "did you mean '" + s + "'? Plans: " + String.join(", ", ids))
                        .orElse("use one of: " + String.join(", ", ids));
                f.invalid(
                    f.entry("plan").orElseThrow().value(),
                    "unknown plan '"
                        + p
                        + "' for "
                        + owner
                        + "; expected one of "
                        + String.join(", ", ids),
                    fix);
                return Optional.empty();
              });
    }

    private Policies policies(YamlNode.Mapping m) {
      String owner = "'policies'";
      Fields f = Fields.of(doc, withoutSecrets(m, owner), owner, POLICY_FIELDS, diagnostics);
      boolean prune = f.bool("prune").orElse(false);
      boolean protect = f.bool("protect").orElse(false);
      Optional<Integer> maxDeletes = count(f, "maxDeletes", owner);
      return new Policies(prune, protect, maxDeletes);
    }

    private Optional<Integer> count(Fields f, String key, String owner) {
      return f.number(key)
          .flatMap(
              n -> {
                if (n.signum() < 0
                    || n.stripTrailingZeros().scale() > 0
                    || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                  f.invalid(
                      f.entry(key).orElseThrow().value(),
                      "'"
                          + key
                          + "' of "
                          + owner
                          + " must be a whole number of 0 or more,"
                          + " found "
                          + n.toPlainString(),
                      "e.g. " + key + ": 5");
                  return Optional.empty();
                }
                return Optional.of(n.intValueExact());
              });
    }

    /**
     * Reports each secret-like field of {@code m} and returns {@code m} without them, so they are
     * neither read nor reported again as unknown.
     */
    private YamlNode.Mapping withoutSecrets(YamlNode.Mapping m, String owner) {
      List<YamlNode.Entry> kept = new ArrayList<>();
      for (YamlNode.Entry e : m.entries()) {
        if (!e.key().equals("apiKeyEnv") && SECRET_FIELD.matcher(e.key()).matches()) {
          secretLines.add(e.value().position().line());
          secret(
              e.keyPosition(),
              "'"
                  + e.key()
                  + "' in "
                  + owner
                  + " would put a secret into the repository;"
                  + " wireform reads the API key only from an environment variable",
              KEY_FIX);
        } else {
          kept.add(e);
        }
      }
      return new YamlNode.Mapping(m.position(), kept);
    }

    /** Marks every line holding a value that looks like an API key, wherever it is. */
    private void redactKeyLikeValues(YamlNode node, int depth) {
      if (depth > 64) {
        return;
      }
      if (node instanceof YamlNode.Mapping m) {
        m.entries().forEach(e -> redactKeyLikeValues(e.value(), depth + 1));
      } else if (node instanceof YamlNode.Sequence q) {
        q.items().forEach(i -> redactKeyLikeValues(i, depth + 1));
      } else if (node instanceof YamlNode.Scalar s
          && s.value() instanceof String v
          && looksLikeKey(v)
          && !v.contains("://")) {
        secretLines.add(s.position().line());
      }
    }

    private void secret(SourcePosition at, String message, String fix) {
      secretLines.add(at.line());
      diagnostics.add(Diagnostic.error("SecretInProjectFile", at, message).withFix(fix));
    }

    private static boolean looksLikeKey(String v) {
      String lower = v.toLowerCase(Locale.ROOT);
      return lower.startsWith("sk-")
          || lower.startsWith("sk_")
          || lower.startsWith("wf_live_")
          || lower.startsWith("wf_test_")
          || lower.startsWith("bearer ")
          || (v.length() >= 24 && !v.equals(v.toUpperCase(Locale.ROOT)));
    }

    private static String suggestName(String name) {
      String s = name.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
      return s.isEmpty() ? "my-project" : s;
    }
  }
}
