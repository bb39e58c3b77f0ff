package dev.wireform.cli.api;

import dev.wireform.dsl.project.AccountPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration refuses what would be unsafe, with messages that say why and how to fix. */
class ClientConfigTest {
  private static ClientConfig build(String url) {
    return ClientConfig.builder(url).apiKey(ApiKeySource.none()).build();
  }

  @Test
  void normalisesTheProductionUrlWithATrailingSlash() {
    assertThat(build(ClientConfig.DEFAULT_BASE_URL).baseUrl())
        .isEqualTo("https://www.wireflow.ai/api/v1/");
  }

  @Test
  void refusesPlainHttpForANonLoopbackHost() {
    ClientConfigException e =
        catchThrowableOfType(
            ClientConfigException.class, () -> build("http://api.example.com/api/v1"));

    assertThat(e.getMessage())
        .isEqualTo(
            "refusing plain http:// for the non-loopback host 'api.example.com': the API key"
                + " would cross the network unencrypted\n"
                + "  fix: use https://api.example.com/api/v1 (plain http is allowed only for"
                + " localhost, 127.0.0.0/8 and ::1)");
  }

  @Test
  void refusesPlainHttpForAPrivateNetworkAddress() {
    assertThat(
            catchThrowableOfType(
                ClientConfigException.class, () -> build("http://192.168.1.20:8080/api/v1")))
        .hasMessageStartingWith("refusing plain http:// for the non-loopback host '192.168.1.20'");
  }

  @Test
  void allowsPlainHttpOnLoopback() {
    assertThat(build("http://127.0.0.1:8080/api/v1").baseUrl())
        .isEqualTo("http://127.0.0.1:8080/api/v1/");
    assertThat(build("http://localhost:9/").baseUrl()).isEqualTo("http://localhost:9/");
    assertThat(build("http://[::1]:8080/api/v1/").baseUrl()).isEqualTo("http://[::1]:8080/api/v1/");
    assertThat(build("http://127.1.2.3/x").baseUrl()).isEqualTo("http://127.1.2.3/x/");
  }

  @Test
  void refusesANonAsciiHost() {
    ClientConfigException e =
        catchThrowableOfType(ClientConfigException.class, () -> build("https://wíreflow.ai/api/v1"));

    assertThat(e.getMessage())
        .isEqualTo(
            "the Wireflow base URL 'https://wíreflow.ai/api/v1' contains the non-ASCII character"
                + " 'í' at position 10; internationalised hostnames are refused (OkHttp 3 hostname"
                + " verification, CVE-2021-0341)\n"
                + "  fix: write the host in its ASCII (punycode, xn--...) form");
  }

  @Test
  void acceptsThePunycodeFormOfAnInternationalHost() {
    assertThat(build("https://xn--wreflow-2za.ai/api/v1").baseUrl())
        .isEqualTo("https://xn--wreflow-2za.ai/api/v1/");
  }

  @Test
  void refusesCredentialsInTheUrlWithoutQuotingThem() {
    ClientConfigException e =
        catchThrowableOfType(
            ClientConfigException.class,
            () -> build("https://me:" + Harness.CANARY + "@www.wireflow.ai/api/v1"));

    assertThat(e.getMessage())
        .isEqualTo(
            "the Wireflow base URL contains credentials (user:password@host)\n"
                + "  fix: remove them from the URL; the API key is read from the environment"
                + " variable only");
  }

  @Test
  void refusesWhatIsNotAnHttpUrl() {
    assertThat(catchThrowableOfType(ClientConfigException.class, () -> build("ftp://x/y")))
        .hasMessage(
            "the Wireflow base URL 'ftp://x/y' is not an http(s) URL\n"
                + "  fix: use e.g. https://www.wireflow.ai/api/v1");
    assertThat(catchThrowableOfType(ClientConfigException.class, () -> build(" ")))
        .hasMessage(
            "the Wireflow base URL is empty\n  fix: use e.g. https://www.wireflow.ai/api/v1");
    assertThat(
            catchThrowableOfType(
                ClientConfigException.class, () -> build("https://x.io/api?v=1")))
        .hasMessageStartingWith("the Wireflow base URL 'https://x.io/api?v=1' has a query");
  }

  @Test
  void readsTheKeyFromTheNamedVariableStrippingSurroundingWhitespace() {
    ApiKeySource keys =
        ApiKeySource.fromEnvironment("WF_KEY", Map.of("WF_KEY", "  " + Harness.CANARY + "\r\n"));

    assertThat(keys.envVar()).isEqualTo("WF_KEY");
    assertThat(keys.secret().orElseThrow().reveal()).isEqualTo(Harness.CANARY);
    assertThat(keys.toString()).isEqualTo("ApiKeySource[env=WF_KEY, set]");
  }

  @Test
  void treatsAnUnsetOrBlankVariableAsNoKey() {
    assertThat(ApiKeySource.fromEnvironment("WF_KEY", Map.of()).secret()).isEmpty();
    assertThat(ApiKeySource.fromEnvironment("WF_KEY", Map.of("WF_KEY", " \n")).secret()).isEmpty();
    assertThat(ApiKeySource.fromEnvironment("WF_KEY", Map.of()).toString())
        .isEqualTo("ApiKeySource[env=WF_KEY, unset]");
  }

  @Test
  void refusesAKeyWithAnEmbeddedLineBreakWithoutEchoingIt() {
    ClientConfigException e =
        catchThrowableOfType(
            ClientConfigException.class,
            () ->
                ApiKeySource.fromEnvironment(
                    "WIREFLOW_API_KEY",
                    Map.of("WIREFLOW_API_KEY", Harness.CANARY + "\r\nX-Injected: 1")));

    assertThat(e.getMessage())
        .isEqualTo(
            "environment variable WIREFLOW_API_KEY does not hold a usable API key: it contains a"
                + " line break (CR/LF) at position 23\n"
                + "  fix: set WIREFLOW_API_KEY to the key exactly as Wireflow showed it (Settings >"
                + " API Keys)");
  }

  @Test
  void refusesAKeyWithControlSpaceOrNonAsciiCharacters() {
    assertThat(keyProblem("sk-a\u0007b")).endsWith("a control character at position 5");
    assertThat(keyProblem("sk-a b")).endsWith("a space at position 5");
    assertThat(keyProblem("sk-é")).endsWith("a non-ASCII character at position 4");
  }

  private static String keyProblem(String value) {
    ClientConfigException e =
        catchThrowableOfType(
            ClientConfigException.class,
            () -> ApiKeySource.fromEnvironment("K", Map.of("K", value)));
    String firstLine = e.getMessage().lines().findFirst().orElseThrow();
    assertThat(firstLine).doesNotContain(value);
    return firstLine;
  }

  @Test
  void refusesAnInvalidVariableName() {
    assertThat(
            catchThrowableOfType(
                ClientConfigException.class,
                () -> ApiKeySource.fromEnvironment("MY-KEY", Map.of())))
        .hasMessage(
            "'MY-KEY' is not an environment variable name\n"
                + "  fix: use letters, digits and underscores, e.g. WIREFLOW_API_KEY");
  }

  @Test
  void secretAndConfigNeverPrintTheKey() {
    ClientConfig config =
        ClientConfig.builder("https://www.wireflow.ai/api/v1")
            .apiKey(ApiKeySource.fromEnvironment("K", Map.of("K", Harness.CANARY)))
            .build();

    assertThat(config.toString())
        .doesNotContain(Harness.CANARY)
        .contains("ApiKeySource[env=K, set]");
    assertThat(config.apiKey().secret().orElseThrow().toString()).isEqualTo("Secret[[REDACTED]]");
    assertThat(config.apiKey().secret().orElseThrow().redact("x " + Harness.CANARY + " y"))
        .isEqualTo("x [REDACTED] y");
  }

  @Test
  void planSetsTheDocumentedBudgets() {
    assertThat(ClientConfig.builder(ClientConfig.DEFAULT_BASE_URL).apiKey(ApiKeySource.none())
            .build().requestsPerMinute())
        .as("free is the default")
        .isEqualTo(10);
    assertThat(AccountPlan.parse("Starter").requestsPerMinute()).isEqualTo(20);
    assertThat(AccountPlan.parse("pro").requestsPerMinute()).isEqualTo(60);
    assertThat(AccountPlan.parse(" ENTERPRISE ").requestsPerMinute()).isEqualTo(200);
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> AccountPlan.parse("gold")))
        .hasMessage("unknown plan 'gold'; expected one of: free, starter, pro, enterprise");
  }

  @Test
  void refusesNegativeBudgetsAndTimeouts() {
    assertThat(
            catchThrowableOfType(
                ClientConfigException.class,
                () ->
                    ClientConfig.builder(ClientConfig.DEFAULT_BASE_URL)
                        .apiKey(ApiKeySource.none())
                        .callTimeout(Duration.ofSeconds(-1))
                        .build()))
        .hasMessage("callTimeout is negative (PT-1S)\n  fix: use zero or more");
    assertThat(
            catchThrowableOfType(
                ClientConfigException.class,
                () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO)))
        .hasMessage("retry maxAttempts is 0\n  fix: use a value from 1 (no retries) to 20");
  }

  @Test
  void defaultUserAgentNamesWireformAndItsVersion() {
    assertThat(ClientConfig.defaultUserAgent()).matches("wireform/[0-9A-Za-z.+-]+");
  }
}
