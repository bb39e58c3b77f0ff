package dev.wireform.emulator;

/** Which of the emulator's runners a nodeType gets. */
final class NodeKinds {
  private NodeKinds() {}

  static boolean isInput(String nodeType) {
    return nodeType != null && nodeType.startsWith("input:");
  }

  /** The ClarityAI upscalers: {@code process:clarityai_crystal_upscaler} and the Creative one. */
  static boolean isUpscaler(String nodeType) {
    return nodeType != null
        && nodeType.startsWith("process:clarityai_")
        && nodeType.endsWith("_upscaler");
  }

  /**
   * Format conversion nodes. Wireflow publishes no nodeType for them, so every spelling a
   * catalog is likely to use is accepted: {@code *:format_conversion}, {@code *:format_converter},
   * {@code *:convert_format}, {@code *:image_format_conversion}, {@code *:convert_image}.
   */
  static boolean isFormatConversion(String nodeType) {
    if (nodeType == null) {
      return false;
    }
    String name = nodeType.substring(nodeType.indexOf(':') + 1);
    return name.contains("format_conver")
        || name.equals("convert_format")
        || name.equals("convert_image");
  }

  /** Nodes the editor shows but never runs. */
  static boolean isVisualOnly(String nodeType, String reactFlowType) {
    return "stickyNote".equals(reactFlowType)
        || "custom_group".equals(reactFlowType)
        || "utility:sticky_note".equals(nodeType)
        || "custom_group".equals(nodeType);
  }
}
