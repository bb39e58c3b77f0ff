package dev.wireform.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** How downloads are named, and how a capped upscale is told. */
class OutputFilesTest {
  @Test
  void theExtensionComesFromTheContentTypeThenTheBytesThenTheUrl() {
    HttpUrl url = HttpUrl.get("https://cdn.example.com/o/result.tiff");
    assertThat(Downloader.extension("image/jpeg", url)).isEqualTo("jpg");
    assertThat(Downloader.extension("video/mp4", url)).isEqualTo("mp4");
    assertThat(Downloader.extension("application/x-unknown", url)).isEqualTo("tiff");
    assertThat(Downloader.extension("application/x-unknown",
        HttpUrl.get("https://cdn.example.com/o/blob"))).isEqualTo("bin");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    assertThat(Downloader.contentType("application/octet-stream", png)).isEqualTo("image/png");
    assertThat(Downloader.contentType(null, png)).isEqualTo("image/png");
    assertThat(Downloader.contentType("image/webp; charset=binary", png))
        .isEqualTo("image/webp");
  }

  @Test
  void aCappedUpscaleSaysWhatWasAskedAndWhatWasMade() throws Exception {
    var output = new ObjectMapper().readTree("{\"capped\":true,\"requestedScale\":16,"
        + "\"appliedScale\":2.3094,\"maxPixels\":64000000,\"width\":9237,\"height\":6928,"
        + "\"sourceWidth\":4000,\"sourceHeight\":3000}");
    assertThat(NodeOutput.Cap.from(output).orElseThrow().describe()).isEqualTo(
        "capped at 64 MP: 16× of 4000×3000 would be 64000×48000 (3072 MP); made 9237×6928"
            + " (2.3094×)");
    assertThat(NodeOutput.Cap.from(new ObjectMapper().readTree("{\"capped\":false}"))).isEmpty();
  }
}
