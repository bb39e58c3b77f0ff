package dev.wireform.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

class SarifRendererTest {
  @Test
  void writesOneRulePerIdAndOneResultPerDiagnostic() {
    Approvals.verify(
        JsonRendererTest.render(new SarifRenderer("1.2.3"), SampleDiagnostics.mixed()));
  }

  @Test
  void fileUrisUseForwardSlashesAndPercentEncoding() {
    assertThat(SarifRenderer.uri("workflows\\product photos.yaml"))
        .isEqualTo("workflows/product%20photos.yaml");
    assertThat(SarifRenderer.uri("workflows/café.yaml")).isEqualTo("workflows/caf%C3%A9.yaml");
  }
}
