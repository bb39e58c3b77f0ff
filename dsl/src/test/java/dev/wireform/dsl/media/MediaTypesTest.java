package dev.wireform.dsl.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypesTest {
  @Test
  void namesMediaTypesByExtensionIgnoringCase() {
    assertThat(MediaTypes.ofFileName("photo.PNG")).isEqualTo("image/png");
    assertThat(MediaTypes.ofFileName("a.b.jpeg")).isEqualTo("image/jpeg");
    assertThat(MediaTypes.ofFileName("notes.txt")).isEqualTo("text/plain; charset=utf-8");
    assertThat(MediaTypes.ofFileName("archive.tar.xz")).isEqualTo("application/octet-stream");
    assertThat(MediaTypes.ofFileName("README")).isEqualTo("application/octet-stream");
  }

  @Test
  void givesTheUsualExtensionOfATypeIgnoringParameters() {
    assertThat(MediaTypes.extensionOf("image/jpeg")).contains("jpg");
    assertThat(MediaTypes.extensionOf("image/jpg")).contains("jpg");
    assertThat(MediaTypes.extensionOf("Image/WebP; charset=binary")).contains("webp");
    assertThat(MediaTypes.extensionOf("audio/x-wav")).contains("wav");
    assertThat(MediaTypes.extensionOf("application/x-unknown")).isEmpty();
  }
}
