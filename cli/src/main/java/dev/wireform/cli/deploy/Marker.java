package dev.wireform.cli.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ownership marker wireform writes into the {@code tags} of every workflow it deploys:
 * {@code wireform:project=<p>}, {@code wireform:env=<e>} and {@code wireform:key=<k>}. wireform
 * only ever updates or deletes a workflow whose marker names its own project and environment.
 *
 * <p>Two derived tags travel with it: {@code wireform:protected} when deleting the workflow is
 * refused, and {@code wireform:hash=<fingerprint>}, the fingerprint of the content wireform last
 * wrote, which lets {@code drift} tell an edit made outside wireform from a pending change.
 *
 * @param project the project name from {@code wireform.yaml}
 * @param environment the environment name
 * @param key the workflow's key in the project
 */
public record Marker(String project, String environment, String key) {
  /** Every tag wireform reserves starts with this. */
  public static final String PREFIX = "wireform:";

  static final String PROJECT = PREFIX + "project=";
  static final String ENV = PREFIX + "env=";
  static final String KEY = PREFIX + "key=";
  static final String HASH = PREFIX + "hash=";
  static final String PROTECTED = PREFIX + "protected";

  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/@+-]*");

  public Marker {
    check("project", project);
    check("environment", environment);
    check("key", key);
  }

  private static void check(String what, String value) {
    Objects.requireNonNull(value, what + " == null");
    if (!VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what + " '" + value + "' cannot be used in an ownership tag: use letters, digits and"
              + " . _ / @ + - only, starting with a letter or digit");
    }
  }

  /** Whether {@code value} may be used as a project, environment or key. */
  public static boolean isValidValue(String value) {
    return VALUE.matcher(value).matches();
  }

  /** The three ownership tags, in a fixed order. */
  public List<String> tags() {
    return List.of(PROJECT + project, ENV + environment, KEY + key);
  }

  /** Whether this marker belongs to the same project and environment as {@code other}. */
  public boolean sameOwner(Marker other) {
    return project.equals(other.project) && environment.equals(other.environment);
  }

  /** This project and environment with another key. */
  public Marker withKey(String otherKey) {
    return new Marker(project, environment, otherKey);
  }

  /**
   * Reads the marker from a workflow's tags.
   *
   * @return the marker, or empty when the tags carry no complete, well-formed marker (the
   *     workflow is then unmanaged: wireform never touches it unless told to adopt it)
   */
  public static Optional<Marker> parse(List<String> tags) {
    String project = value(tags, PROJECT);
    String env = value(tags, ENV);
    String key = value(tags, KEY);
    if (project == null || env == null || key == null) {
      return Optional.empty();
    }
    if (!isValidValue(project) || !isValidValue(env) || !isValidValue(key)) {
      return Optional.empty();
    }
    return Optional.of(new Marker(project, env, key));
  }

  /** Whether the tags mark the workflow as protected from deletion. */
  public static boolean isProtected(List<String> tags) {
    return tags.contains(PROTECTED);
  }

  /** The drift fingerprint stored in the tags, if any. */
  public static Optional<String> fingerprint(List<String> tags) {
    return Optional.ofNullable(value(tags, HASH));
  }

  /** The tags without any reserved {@code wireform:} tag: what the user declared. */
  public static List<String> userTags(List<String> tags) {
    List<String> out = new ArrayList<>();
    for (String t : tags) {
      if (!t.startsWith(PREFIX)) {
        out.add(t);
      }
    }
    return out;
  }

  private static String value(List<String> tags, String prefix) {
    String found = null;
    for (String t : tags) {
      if (t.startsWith(prefix)) {
        if (found != null && !found.equals(t.substring(prefix.length()))) {
          return null; // two different values: not a marker we can trust
        }
        found = t.substring(prefix.length());
      }
    }
    return found;
  }

  @Override
  public String toString() {
    return project + "/" + environment + "/" + key;
  }
}
