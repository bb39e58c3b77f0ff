package dev.wireform.dsl.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectFileReaderTest {
  private static final String FILE = "wireform.yaml";
  private static final String KEY = "sk-live-0123456789abcdefSECRET";
  private final Diagnostics diagnostics = new Diagnostics();

  private Optional<ProjectFile> read(String yaml) {
    return ProjectFileReader.read(FILE, yaml.getBytes(StandardCharsets.UTF_8), diagnostics);
  }

  private List<String> problems(String yaml) {
    assertThat(read(yaml)).isEmpty();
    return diagnostics.sorted().stream().map(ProjectFileReaderTest::line).toList();
  }

  private static String line(Diagnostic d) {
    return d.position() + ": [" + d.id() + "] " + d.message() + " | fix: " + d.fix();
  }

  @Test
  void readsTheDesignSketch() {
    ProjectFile p =
        read("""
        project: media-pipelines          # ownership marker
        workflows: [workflows]            # folders or globs
        environments:
          local:
            endpoint: embedded            # in-process emulator
          prod:
            endpoint: https://www.wireflow.ai/api/v1
            apiKeyEnv: WIREFLOW_API_KEY   # the key is only ever read from the environment
            plan: pro
            namePrefix: ""
        default: local
        """)
            .orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(p.project()).isEqualTo("media-pipelines");
    assertThat(p.workflows()).containsExactly("workflows");
    assertThat(p.catalog()).isEmpty();
    assertThat(p.environments().keySet()).containsExactly("local", "prod");
    assertThat(p.environment("local")).contains(Environment.of("local", "embedded"));
    assertThat(p.environment("prod"))
        .contains(
            new Environment(
                "prod",
                "https://www.wireflow.ai/api/v1",
                "WIREFLOW_API_KEY",
                AccountPlan.PRO,
                "",
                Optional.empty(),
                Optional.empty()));
    assertThat(p.environment("local").orElseThrow().embedded()).isTrue();
    assertThat(p.environment("prod").orElseThrow().plan().requestsPerMinute()).isEqualTo(60);
    assertThat(p.defaultEnvironment()).contains("local");
    assertThat(p.policies()).isEqualTo(Policies.DEFAULT);
    assertThat(p.source().value("/environments/prod/plan")).hasToString(FILE + ":9:11");
  }

  @Test
  void appliesDefaults() {
    ProjectFile p = read("project: p\nenvironments:\n  ci: { endpoint: embedded }\n").orElseThrow();

    assertThat(p.workflows()).containsExactly("workflows");
    assertThat(p.defaultEnvironment()).contains("ci"); // the only environment
    Environment ci = p.environment("ci").orElseThrow();
    assertThat(ci.apiKeyEnv()).isEqualTo("WIREFLOW_API_KEY");
    assertThat(ci.plan()).isEqualTo(AccountPlan.FREE);
    assertThat(ci.namePrefix()).isEmpty();
    assertThat(ci.protect()).isEmpty();
    assertThat(ci.maxDeletes()).isEmpty();
  }

  @Test
  void readsPoliciesCatalogAndOverrides() {
    ProjectFile p =
        read("""
        project: shop
        workflows: [workflows, "extra/*.yaml"]
        catalog: catalog.yaml
        policies: { prune: true, protect: true, maxDeletes: 3 }
        environments:
          preview:
            endpoint: http://127.0.0.1:8080
            plan: Enterprise
            namePrefix: pr-123/
            protect: false
            maxDeletes: 0
          prod: { endpoint: "https://www.wireflow.ai/api/v1" }
        """)
            .orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(p.workflows()).containsExactly("workflows", "extra/*.yaml");
    assertThat(p.catalog()).contains("catalog.yaml");
    assertThat(p.policies()).isEqualTo(new Policies(true, true, Optional.of(3)));
    assertThat(p.environment("preview"))
        .contains(
            new Environment(
                "preview",
                "http://127.0.0.1:8080",
                "WIREFLOW_API_KEY",
                AccountPlan.ENTERPRISE,
                "pr-123/",
                Optional.of(false),
                Optional.of(0)));
    assertThat(p.defaultEnvironment()).isEmpty(); // two environments, no default
  }

  @Test
  void reportsUnknownFieldsPlansAndDefaults() {
    String yaml =
        """
        project: p
        enviroments: {}
        environments:
          prod:
            endpoint: https://www.wireflow.ai/api/v1
            plan: proo
            namePrefx: x
          local: { endpoint: embedded }
        default: prdo
        """;
    assertThat(problems(yaml))
        .containsExactly(
            FILE
                + ":2:1: [UnknownField] unknown field 'enviroments' in the project file | fix:"
                + " did you mean 'environments'? Fields of the project file: project, workflows,"
                + " catalog, environments, default, policies",
            FILE
                + ":6:11: [InvalidValue] unknown plan 'proo' for environment 'prod'; expected one"
                + " of free, starter, pro, enterprise | fix: did you mean 'pro'? Plans: free,"
                + " starter, pro, enterprise",
            FILE
                + ":7:5: [UnknownField] unknown field 'namePrefx' in environment 'prod' | fix:"
                + " did you mean 'namePrefix'? Fields of environment 'prod': endpoint, apiKeyEnv,"
                + " plan, namePrefix, protect, maxDeletes",
            FILE
                + ":9:10: [UnknownEnvironment] default environment 'prdo' is not defined under"
                + " 'environments' | fix: did you mean 'prod'? Environments: prod, local");
  }

  @Test
  void reportsBadEndpointsAndCounts() {
    String yaml =
        """
        project: "my project"
        environments:
          a: { endpoint: http://www.wireflow.ai/api/v1 }
          b: { endpoint: ftp://x, maxDeletes: -1 }
          c: { apiKeyEnv: MY_KEY }
          d e: { endpoint: embedded }
        """;
    assertThat(problems(yaml))
        .containsExactly(
            FILE
                + ":1:10: [InvalidValue] 'project' must be letters, digits, '_', '.' and '-' (it"
                + " is written into the ownership tag of every deployed workflow), found 'my"
                + " project' | fix: e.g. project: my-project",
            FILE
                + ":3:18: [InvalidValue] 'endpoint' of environment 'a' must be 'embedded' or an"
                + " https:// URL, found 'http://www.wireflow.ai/api/v1' | fix: write endpoint:"
                + " embedded, or endpoint: https://www.wireflow.ai/api/v1 (plain http:// only to"
                + " localhost)",
            FILE
                + ":4:18: [InvalidValue] 'endpoint' of environment 'b' must be 'embedded' or an"
                + " https:// URL, found 'ftp://x' | fix: write endpoint: embedded, or endpoint:"
                + " https://www.wireflow.ai/api/v1 (plain http:// only to localhost)",
            FILE
                + ":4:39: [InvalidValue] 'maxDeletes' of environment 'b' must be a whole number"
                + " of 0 or more, found -1 | fix: e.g. maxDeletes: 5",
            FILE
                + ":5:3: [MissingField] environment 'c' has no 'endpoint' | fix: add 'endpoint:"
                + " embedded' (local emulator) or 'endpoint: https://www.wireflow.ai/api/v1'",
            FILE
                + ":6:3: [InvalidValue] environment name 'd e' holds characters other than"
                + " letters, digits, '_' and '-' | fix: rename it, e.g. 'd-e'");
  }

  @Test
  void refusesAnApiKeyInTheFileWithoutEverShowingIt() {
    String yaml =
        "project: p\n"
            + "apiKey: "
            + KEY
            + "\n"
            + "environments:\n"
            + "  prod:\n"
            + "    endpoint: https://www.wireflow.ai/api/v1\n"
            + "    apiKeyEnv: "
            + KEY
            + "\n"
            + "    token: "
            + KEY
            + "\n"
            + "  staging: { endpoint: \"https://user:"
            + KEY
            + "@example.com/api\", x: "
            + KEY
            + " }\n";
    List<String> problems = problems(yaml);

    assertThat(problems)
        .containsExactly(
            FILE
                + ":2:1: [SecretInProjectFile] 'apiKey' in the project file would put a secret"
                + " into the repository; wireform reads the API key only from an environment"
                + " variable | fix: remove it; export the key in an environment variable (e.g."
                + " WIREFLOW_API_KEY) and name that variable with 'apiKeyEnv: WIREFLOW_API_KEY'",
            FILE
                + ":6:16: [SecretInProjectFile] 'apiKeyEnv' of environment 'prod' holds what"
                + " looks like an API key; it must name the environment variable that holds the"
                + " key | fix: remove it; export the key in an environment variable (e.g."
                + " WIREFLOW_API_KEY) and name that variable with 'apiKeyEnv: WIREFLOW_API_KEY'",
            FILE
                + ":7:5: [SecretInProjectFile] 'token' in environment 'prod' would put a secret"
                + " into the repository; wireform reads the API key only from an environment"
                + " variable | fix: remove it; export the key in an environment variable (e.g."
                + " WIREFLOW_API_KEY) and name that variable with 'apiKeyEnv: WIREFLOW_API_KEY'",
            FILE
                + ":8:24: [SecretInProjectFile] 'endpoint' of environment 'staging' holds"
                + " credentials in its URL | fix: remove it; export the key in an environment"
                + " variable (e.g. WIREFLOW_API_KEY) and name that variable with 'apiKeyEnv:"
                + " WIREFLOW_API_KEY', and write the endpoint without them",
            FILE
                + ":8:87: [UnknownField] unknown field 'x' in environment 'staging' | fix: remove"
                + " it; fields of environment 'staging': endpoint, apiKeyEnv, plan, namePrefix,"
                + " protect, maxDeletes");
    for (Diagnostic d : diagnostics.sorted()) {
      assertThat(d.message() + d.fix() + d.snippet()).doesNotContain("SECRET");
    }
  }

  @Test
  void reportsAnEmptyFile() {
    assertThat(problems(""))
        .containsExactly(
            FILE
                + ":1:1: [MissingField] the project file is empty; expected at least 'project:"
                + " <name>' | fix: start with 'project: <name>'; see docs/yaml.md");
  }
}
