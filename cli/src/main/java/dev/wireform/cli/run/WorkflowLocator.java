package dev.wireform.cli.run;

import dev.wireform.cli.UserErrorException;
import dev.wireform.cli.api.WireflowClient;
import dev.wireform.cli.api.WorkflowSummary;
import dev.wireform.cli.deploy.Marker;
import dev.wireform.dsl.yaml.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the deployed workflow of a project key: the one workflow whose ownership marker ({@code
 * wireform:project=}, {@code wireform:env=}, {@code wireform:key=} tags) names this project,
 * environment and key. One {@code GET /workflows}.
 */
public final class WorkflowLocator {
  private WorkflowLocator() {}

  /**
   * @return the workflow's summary
   * @throws UserErrorException when no workflow, or more than one, carries the marker
   */
  public static WorkflowSummary byKey(
      WireflowClient client, String project, String environment, String key) {
    List<WorkflowSummary> matches = new ArrayList<>();
    TreeSet<String> deployedKeys = new TreeSet<>();
    for (WorkflowSummary w : client.listWorkflows()) {
      Optional<Marker> m = Marker.parse(w.tags());
      if (m.isEmpty()
          || !m.get().project().equals(project)
          || !m.get().environment().equals(environment)) {
        continue;
      }
      deployedKeys.add(m.get().key());
      if (m.get().key().equals(key)) {
        matches.add(w);
      }
    }
    if (matches.size() == 1) {
      return matches.get(0);
    }
    String where = "project '" + project + "' in environment '" + environment + "'";
    if (matches.isEmpty()) {
      if (deployedKeys.isEmpty()) {
        throw new UserErrorException(
            "workflow '" + key + "' is not deployed: no workflow of " + where
                + " is deployed yet; run 'wireform apply --env " + environment
                + "' first (or run any workflow by id with --id)");
      }
      String hint =
          Suggestions.closest(key, deployedKeys).map(s -> " (did you mean '" + s + "'?)")
              .orElse("");
      throw new UserErrorException(
          "workflow '" + key + "' is not deployed" + hint + ": no workflow of " + where
              + " carries the tag " + Marker.PREFIX + "key=" + key + "; deployed keys: "
              + String.join(", ", deployedKeys) + ". Run 'wireform apply --env " + environment
              + "' if it is new");
    }
    List<String> ids = matches.stream().map(WorkflowSummary::id).toList();
    throw new UserErrorException(
        matches.size() + " workflows of " + where + " carry the tag " + Marker.PREFIX + "key="
            + key + " (" + String.join(", ", ids) + "); run 'wireform plan --env " + environment
            + "' to sort them out, or pick one with --id");
  }
}
