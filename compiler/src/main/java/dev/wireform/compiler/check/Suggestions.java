package dev.wireform.compiler.check;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Did-you-mean matching and candidate lists for fixes. */
final class Suggestions {
  /** Candidate lists longer than this end in "and N more". */
  static final int MAX_LISTED = 12;

  private Suggestions() {}

  /**
   * The candidate closest to {@code found} by edit distance (adjacent swaps count as one edit),
   * if it is close enough to be a likely typo, or one of the two names begins with the other;
   * ties go to the alphabetically first.
   */
  static Optional<String> closest(String found, Collection<String> candidates) {
    String f = found.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, f.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String c = candidate.toLowerCase(Locale.ROOT);
      boolean prefix =
          Math.min(c.length(), f.length()) >= 3 && (c.startsWith(f) || f.startsWith(c));
      if (!prefix && Math.abs(c.length() - f.length()) > limit) {
        continue;
      }
      // One name extending the other ('image' for 'image_url') is as likely as a typo.
      int d = prefix ? Math.min(limit, distance(f, c, limit)) : distance(f, c, limit);
      if (d <= limit
          && (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0))) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code "did you mean 'x'? "} for a close candidate, else empty. */
  static String didYouMean(String found, Collection<String> candidates) {
    return closest(found, candidates).map(c -> "did you mean '" + c + "'? ").orElse("");
  }

  /** The candidates comma-separated, at most {@link #MAX_LISTED}, then "and N more". */
  static String list(List<String> candidates) {
    if (candidates.isEmpty()) {
      return "(none)";
    }
    if (candidates.size() <= MAX_LISTED) {
      return String.join(", ", candidates);
    }
    return String.join(", ", candidates.subList(0, MAX_LISTED))
        + " and "
        + (candidates.size() - MAX_LISTED)
        + " more";
  }

  /** Optimal string alignment distance, giving up (returning limit + 1) once it exceeds limit. */
  static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
