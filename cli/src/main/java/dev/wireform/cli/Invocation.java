package dev.wireform.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of {@code wireform} sees of the world outside its arguments. Tests pass their
 * own, so no command reads {@code System.getenv()} or the JVM's working directory itself.
 *
 * @param env the environment variables
 * @param cwd the directory relative paths are resolved against (absolute)
 * @param terminal whether standard output is an interactive terminal
 */
public record Invocation(Map<String, String> env, Path cwd, boolean terminal) {
  public Invocation {
    env = Map.copyOf(env);
    Objects.requireNonNull(cwd, "cwd == null");
    if (!cwd.isAbsolute()) {
      throw new IllegalArgumentException("cwd must be absolute: " + cwd);
    }
  }

  /** Resolves a path the user typed against {@link #cwd}. */
  public Path resolve(Path userPath) {
    return cwd.resolve(userPath).normalize();
  }

  /** Whether the environment variable is set to a non-empty value. */
  public boolean isSet(String name) {
    String value = env.get(name);
    return value != null && !value.isEmpty();
  }

  /**
   * Whether output may be coloured: never with {@code --no-color} or {@code NO_COLOR} (see
   * no-color.org), always with {@code CLICOLOR_FORCE}, otherwise only on a terminal that is not
   * {@code TERM=dumb}.
   */
  public boolean colorAllowed(boolean noColorFlag) {
    if (noColorFlag || isSet("NO_COLOR")) {
      return false;
    }
    if (isSet("CLICOLOR_FORCE") && !"0".equals(env.get("CLICOLOR_FORCE"))) {
      return true;
    }
    return terminal && !"dumb".equals(env.get("TERM"));
  }
}
