package dev.wireform.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthTest {
  static final String FULL = "sk-test-full";
  static final String READER = "sk-test-reader";
  static final String EXPIRING = "wf_live_expiring";

  @TempDir Path dir;

  private EmulatorServer start(SimulatedTime time) throws Exception {
    return Fixtures.quick(dir).time(time)
        .apiKey(ApiKey.allScopes(FULL, "full"))
        .apiKey(ApiKey.withScopes(READER, "reader", Scope.WORKFLOWS_READ))
        .apiKey(ApiKey.allScopes(EXPIRING, "expiring")
            .expiringAt(Fixtures.T0.plus(Duration.ofHours(1))))
        .adminKey("sk-admin-test")
        .build().start();
  }

  @Test
  void refusesMissingMalformedAndUnknownKeysWithTheDocumentedMessages() throws Exception {
    try (EmulatorServer s = start(SimulatedTime.manual(Fixtures.T0))) {
      Http http = new Http(s);
      assertThat(http.withAuth(null).get("workflows").body())
          .isEqualTo("{\"error\":\"Missing Authorization header\"}");
      for (String bad : new String[] {"Basic abc", "Bearer", "Bearer abc", "Bearer sk-a b",
          "sk-test-full"}) {
        Http.Response r = http.withAuth(bad).get("workflows");
        assertThat(r.status()).as(bad).isEqualTo(401);
        assertThat(r.body()).as(bad)
            .isEqualTo("{\"error\":\"Invalid API key format. Expected: Bearer sk-...\"}");
      }
      Http.Response unknown = http.withAuth("Bearer sk-unknown").get("workflows");
      assertThat(unknown.status()).isEqualTo(401);
      assertThat(unknown.body()).isEqualTo("{\"error\":\"Invalid API key\"}");
      assertThat(unknown.header("X-Request-Id")).startsWith("req_");
      assertThat(http.withAuth("bearer " + FULL).get("workflows").status()).isEqualTo(200);
    }
  }

  @Test
  void anExpiredKeyGetsTheDocumented401() throws Exception {
    SimulatedTime time = SimulatedTime.manual(Fixtures.T0);
    try (EmulatorServer s = start(time)) {
      Http http = new Http(s).withAuth("Bearer " + EXPIRING);
      assertThat(http.get("workflows").status()).isEqualTo(200);

      time.advance(Duration.ofHours(1));

      Http.Response r = http.get("workflows");
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.body()).isEqualTo("{\"error\":\"API key has expired\"}");
    }
  }

  @Test
  void aMissingScopeIs403() throws Exception {
    try (EmulatorServer s = start(SimulatedTime.manual(Fixtures.T0))) {
      Http reader = new Http(s).withAuth("Bearer " + READER);
      assertThat(reader.get("workflows").status()).isEqualTo(200);

      Http.Response r = reader.post("workflows", Fixtures.textOnly("x"));

      assertThat(r.status()).isEqualTo(403);
      assertThat(r.body()).isEqualTo("{\"error\":\"Forbidden\",\"requiredScope\":"
          + "\"workflows:write\"}");
      assertThat(reader.post("workflows/any/execute", "{}").json().get("requiredScope").asText())
          .isEqualTo("workflows:execute");
      assertThat(reader.get("developer/usage").json().get("requiredScope").asText())
          .isEqualTo("usage:read");
      // Poll accepts executions:read or workflows:read (the public sources disagree).
      assertThat(reader.get("workflows/executions/none/poll").status()).isEqualTo(404);
    }
  }

  @Test
  void generatesAndKeepsADefaultKeyWhenNoneIsConfigured() throws Exception {
    String key;
    String admin;
    try (EmulatorServer s = Fixtures.quick(dir).build().start()) {
      key = s.apiKey();
      admin = s.adminKey();
      assertThat(key).matches("sk-emu-[0-9a-f]{32}");
      assertThat(admin).matches("sk-emu-admin-[0-9a-f]{32}");
      assertThat(new Http(s).get("workflows").status()).isEqualTo(200);
    }
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve("keys.json")))).isEqualTo("rw-------");
    try (EmulatorServer again = Fixtures.quick(dir).build().start()) {
      assertThat(again.apiKey()).isEqualTo(key);
      assertThat(again.adminKey()).isEqualTo(admin);
    }
  }

  @Test
  void adminEndpointsNeedTheAdminKey() throws Exception {
    try (EmulatorServer s = start(SimulatedTime.manual(Fixtures.T0))) {
      Http http = new Http(s);
      assertThat(http.withAuth(null).get("/_emulator/requests").body())
          .isEqualTo("{\"error\":\"Missing Authorization header\"}");
      assertThat(http.get("/_emulator/requests").body())
          .isEqualTo("{\"error\":\"Invalid admin key\"}");
      assertThat(http.withAuth("Bearer sk-admin-test").get("/_emulator/requests").status())
          .isEqualTo(200);
      assertThat(http.withAuth(null).get("/_emulator/health").body())
          .isEqualTo("{\"status\":\"ok\",\"apiUrl\":\"" + s.baseUrl() + "\"}");
    }
  }

  @Test
  void keysNeverAppearInToStringOrTheAdminListing() throws Exception {
    ApiKey k = ApiKey.allScopes("sk-secret-0123456789", "ci");
    assertThat(k.toString()).doesNotContain("0123456789").contains("sk-secr…6789");
    try (EmulatorServer s = start(SimulatedTime.manual(Fixtures.T0))) {
      String listing = new Http(s).withAuth("Bearer sk-admin-test").get("/_emulator/keys").body();
      assertThat(listing).doesNotContain(FULL).doesNotContain(READER).contains("sk-test…full");
    }
  }
}
