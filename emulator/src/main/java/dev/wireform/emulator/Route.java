package dev.wireform.emulator;

import java.io.IOException;
import java.util.Set;

/**
 * One {@code /api/v1} endpoint: who may call it and which rate bucket it draws from.
 *
 * @param name a short name, e.g. {@code workflows.list}
 * @param scopes any one of these scopes is enough; empty means any valid key
 * @param auth whether a Bearer key is required (webhook triggers need none)
 * @param bucket the rate-limit bucket, or null for none
 * @param cors whether answers carry {@code Access-Control-Allow-Origin: *}
 * @param handler the code
 */
record Route(
    String name,
    Set<Scope> scopes,
    boolean auth,
    RateLimiter.Bucket bucket,
    boolean cors,
    Handler handler) {

  @FunctionalInterface
  interface Handler {
    Reply handle(Request request) throws IOException;
  }

  static Route of(String name, Scope scope, RateLimiter.Bucket bucket, Handler handler) {
    return new Route(name, Set.of(scope), true, bucket, false, handler);
  }
}
