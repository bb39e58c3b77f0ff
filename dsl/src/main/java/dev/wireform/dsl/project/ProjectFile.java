package dev.wireform.dsl.project;

import dev.wireform.dsl.diag.SourceMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A project's {@code wireform.yaml}, as read by {@link ProjectFileReader}.
 *
 * @param project the project name; written onto every deployed workflow as its ownership marker
 * @param workflows folders or globs, relative to the project folder, holding workflow files
 *     (default {@code [workflows]})
 * @param catalog the project's node catalog file, relative to the project folder, if any
 * @param environments the deployment targets by name, in declaration order
 * @param defaultEnvironment the environment used without {@code --env}: the declared {@code
 *     default}, else the only environment, else empty
 * @param policies project-wide deployment policies
 * @param source where each part was declared (pointers as in the YAML: {@code
 *     /environments/prod/plan})
 */
public record ProjectFile(
    String project,
    List<String> workflows,
    Optional<String> catalog,
    Map<String, Environment> environments,
    Optional<String> defaultEnvironment,
    Policies policies,
    SourceMap source) {

  /** The workflow folder used when {@code workflows} is not given. */
  public static final String DEFAULT_WORKFLOWS = "workflows";

  public ProjectFile {
    Objects.requireNonNull(project, "project == null");
    workflows = List.copyOf(workflows);
    Objects.requireNonNull(catalog, "catalog == null");
    environments = Collections.unmodifiableMap(new LinkedHashMap<>(environments));
    environments.forEach(
        (name, env) -> {
          if (!name.equals(env.name())) {
            throw new IllegalArgumentException(
                "environment '" + env.name() + "' filed under '" + name + "'");
          }
        });
    Objects.requireNonNull(defaultEnvironment, "defaultEnvironment == null");
    if (defaultEnvironment.isPresent() && !environments.containsKey(defaultEnvironment.get())) {
      throw new IllegalArgumentException(
          "default environment '" + defaultEnvironment.get() + "' is not defined");
    }
    Objects.requireNonNull(policies, "policies == null");
    Objects.requireNonNull(source, "source == null");
  }

  /** The environment with this name, if declared. */
  public Optional<Environment> environment(String name) {
    return Optional.ofNullable(environments.get(name));
  }
}
