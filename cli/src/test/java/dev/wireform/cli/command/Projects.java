package dev.wireform.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small projects on disk for the command tests. */
final class Projects {
  private Projects() {}

  static final String PROJECT_FILE = "project: test-project\nworkflows: [workflows]\n";

  /** The ClarityAI example of the Wireflow guide. */
  static final String CLARITY =
      """
      name: ClarityAI Image Upscaler
      nodes:
        input-1:
          type: input:text
          label: Image URL
          params: { prompt: "" }
        upscale-1:
          type: process:clarityai_crystal_upscaler
          label: ClarityAI Upscaler
          params: { scale_factor: 2 }
          inputs:
            image_url: input-1.prompt
      """;

  /** A photo cut out and upscaled: three nodes, two edges. */
  static final String CUTOUT =
      """
      name: Product cutout
      nodes:
        photo:
          type: input:image
          label: Product photo
        cutout:
          type: process:background_removal
          inputs:
            image_url: photo.image
        upscale:
          type: process:clarityai_crystal_upscaler
          params: { scale_factor: 4 }
          inputs:
            image_url: cutout.image
      """;

  /** Two errors on one line and a wrong port. */
  static final String BROKEN =
      """
      name: Broken upscaler
      nodes:
        input-1:
          type: input:text
        upscale-1:
          type: process:clarityai_crystal_upscaler
          params: { scale_factor: 32 }
          inputs:
            image: input-1.prompt
      """;

  /** Valid, but one node is wired from nothing: an UnreachableNode warning. */
  static final String WITH_WARNING =
      """
      name: Upscale and a stray poster
      nodes:
        input-1:
          type: input:text
        upscale-1:
          type: process:clarityai_crystal_upscaler
          inputs:
            image_url: input-1.prompt
        poster:
          type: generate:flux_2
          params: { prompt: "a poster" }
      """;

  /** Writes {@code wireform.yaml} and {@code workflows/<name>} files into {@code dir}. */
  static Path project(Path dir, String... nameAndContent) {
    write(dir.resolve("wireform.yaml"), PROJECT_FILE);
    for (int i = 0; i < nameAndContent.length; i += 2) {
      write(dir.resolve("workflows").resolve(nameAndContent[i]), nameAndContent[i + 1]);
    }
    return dir;
  }

  static Path write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
