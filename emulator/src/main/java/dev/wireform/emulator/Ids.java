package dev.wireform.emulator;

import java.security.SecureRandom;
import java.util.UUID;

/** Identifiers shaped like Wireflow's (cuid-like workflow and execution ids). */
final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Ids() {}

  /** A cuid-like id, e.g. {@code cm4k2x...} (25 characters). */
  static String cuid() {
    return "cm" + random(ALNUM, 23);
  }

  static String uuid() {
    return UUID.randomUUID().toString();
  }

  static String hex(int length) {
    return random(HEX, length);
  }

  /** A fresh emulator API key: {@code sk-emu-} plus 32 hex digits. */
  static String apiKey(String prefix) {
    return prefix + random(HEX, 32);
  }

  private static String random(char[] alphabet, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = alphabet[RANDOM.nextInt(alphabet.length)];
    }
    return new String(out);
  }
}
