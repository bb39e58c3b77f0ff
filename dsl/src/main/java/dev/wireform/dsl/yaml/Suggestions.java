package dev.wireform.dsl.yaml;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for a misspelt name among the names that exist. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The known name closest to {@code found}, if one is close enough to be a likely typo: equal
   * ignoring case, or within a small edit distance (a swap of two neighbours counts as one edit).
   */
  public static Optional<String> closest(String found, Collection<String> known) {
    String f = found.toLowerCase(Locale.ROOT);
    int limit = f.length() <= 2 ? 0 : f.length() <= 4 ? 1 : f.length() <= 7 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(f, k.toLowerCase(Locale.ROOT), limit);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** Optimal-string-alignment distance, or {@code limit + 1} when clearly above the limit. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit || a.length() > 200 || b.length() > 200) {
      return a.equals(b) ? 0 : limit + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
