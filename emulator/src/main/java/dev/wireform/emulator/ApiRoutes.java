package dev.wireform.emulator;

import java.util.List;
import java.util.Set;

/** Maps a method and the path under {@code /api/v1} to its {@link Route}. */
final class ApiRoutes {
  /** A route, or the 404/405 answer when there is none. */
  record Resolved(Route route, Reply refusal) {}

  private final Backend backend;
  private final WorkflowEndpoints workflows;
  private final ExecutionEndpoints executions;
  private final MediaEndpoints media;

  ApiRoutes(Backend backend) {
    this.backend = backend;
    this.workflows = new WorkflowEndpoints(backend);
    this.executions = new ExecutionEndpoints(backend);
    this.media = new MediaEndpoints(backend);
  }

  Resolved resolve(String method, List<String> s) {
    RateLimiter.Bucket req = RateLimiter.Bucket.REQUESTS;
    RateLimiter.Bucket exe = RateLimiter.Bucket.EXECUTIONS;
    int n = s.size();
    String first = n > 0 ? s.get(0) : "";
    if (first.equals("workflows")) {
      if (n == 1) {
        return pick(method, "GET, POST",
            get(method, Route.of("workflows.list", Scope.WORKFLOWS_READ, req, workflows::list)),
            post(method,
                Route.of("workflows.create", Scope.WORKFLOWS_WRITE, req, workflows::create)));
      }
      if (s.get(1).equals("executions") && (n == 3 || (n == 4 && s.get(3).equals("poll")))) {
        Route poll = new Route("executions.poll",
            Set.of(Scope.EXECUTIONS_READ, Scope.WORKFLOWS_READ), true, req, false,
            executions::poll);
        return pick(method, "GET", get(method, poll));
      }
      if (n == 2) {
        return pick(method, "GET, PUT, DELETE",
            get(method, Route.of("workflows.get", Scope.WORKFLOWS_READ, req, workflows::get)),
            is(method, "PUT",
                Route.of("workflows.update", Scope.WORKFLOWS_WRITE, req, workflows::update)),
            is(method, "DELETE",
                Route.of("workflows.delete", Scope.WORKFLOWS_WRITE, req, workflows::delete)));
      }
      if (n == 3 && s.get(2).equals("run")) {
        return pick(method, "GET, POST",
            get(method,
                Route.of("run.describe", Scope.WORKFLOWS_READ, req, executions::describeRun)),
            post(method, Route.of("run.start", Scope.WORKFLOWS_EXECUTE, exe, executions::run)));
      }
      if (n == 3 && s.get(2).equals("execute")) {
        return pick(method, "POST",
            post(method,
                Route.of("execute", Scope.WORKFLOWS_EXECUTE, exe, executions::execute)));
      }
    }
    if (first.equals("workflow") && n == 3 && s.get(2).equals("trigger")) {
      return pick(method, "GET, POST, OPTIONS",
          get(method, new Route("trigger.describe", Set.of(), false, req, true,
              executions::describeTrigger)),
          post(method, new Route("trigger", Set.of(), false, exe, true, executions::trigger)),
          is(method, "OPTIONS", new Route("trigger.preflight", Set.of(), false, null, true,
              ExecutionEndpoints::preflight)));
    }
    if (first.equals("nodes") && n == 1) {
      return pick(method, "GET", get(method, Route.of("nodes", Scope.WORKFLOWS_READ, req,
          r -> Reply.jsonBytes(200, backend.catalogJson))));
    }
    if (first.equals("media") && n == 2 && s.get(1).equals("upload")) {
      return pick(method, "POST",
          post(method, Route.of("media.upload", Scope.WORKFLOWS_WRITE, req, media::upload)));
    }
    if (first.equals("developer") && n == 2 && s.get(1).equals("usage")) {
      return pick(method, "GET", get(method, Route.of("usage", Scope.USAGE_READ, req,
          r -> Reply.json(200, backend.credits.toJson()))));
    }
    return new Resolved(null, Reply.error(404, "Not found"));
  }

  private static Route get(String method, Route r) {
    return is(method, "GET", r);
  }

  private static Route post(String method, Route r) {
    return is(method, "POST", r);
  }

  private static Route is(String method, String wanted, Route r) {
    return method.equals(wanted) ? r : null;
  }

  private static Resolved pick(String method, String allowed, Route... candidates) {
    for (Route r : candidates) {
      if (r != null) {
        return new Resolved(r, null);
      }
    }
    return new Resolved(null,
        Reply.error(405, "Method " + method + " is not allowed here; allowed: " + allowed)
            .withHeader("Allow", allowed));
  }
}
