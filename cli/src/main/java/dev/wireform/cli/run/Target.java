package dev.wireform.cli.run;

import dev.wireform.cli.GlobalMixin;
import dev.wireform.cli.Invocation;
import dev.wireform.cli.env.Connector;
import dev.wireform.dsl.project.Environment;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a command runs: its project (if any) and environment, and the flags that reach the same
 * place again (for the resume commands the runner prints).
 */
record Target(ProjectSite site, Environment environment, String flags) {
  Target {
    Objects.requireNonNull(site, "site == null");
    Objects.requireNonNull(environment, "environment == null");
    Objects.requireNonNull(flags, "flags == null");
  }

  static Target of(GlobalMixin global, Invocation invocation) {
    ProjectSite site = ProjectSite.locate(global.project(), invocation.cwd());
    Environment env = Connector.resolve(site.project(), global.env(), global.endpoint());
    StringBuilder flags = new StringBuilder();
    global.project().ifPresent(p -> flags.append(" --project ").append(quote(p.toString())));
    global.env().ifPresent(e -> flags.append(" --env ").append(quote(e)));
    global.endpoint().ifPresent(e -> flags.append(" --endpoint ").append(quote(e)));
    return new Target(site, env, flags.toString());
  }

  Path root() {
    return site.root();
  }

  /** Quotes a value for a shell when it holds anything but safe characters. */
  static String quote(String s) {
    return s.matches("[A-Za-z0-9_./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }
}
