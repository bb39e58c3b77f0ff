package dev.wireform.cli.api;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer on loopback plus a client wired to fake time: a {@link FakeClock}, a sleeper
 * that records waits and moves the clock, jitter fixed at its maximum, deterministic
 * idempotency keys, a captured log, and the canary key planted in a fake environment.
 */
final class Harness implements AutoCloseable {
  /** Planted as the API key; no output may ever contain it. */
  static final String CANARY = "sk-CANARY-4f9d2b7e1c8a";

  final MockWebServer server = new MockWebServer();
  final FakeClock clock = new FakeClock();
  final RecordingSleeper sleeper = new RecordingSleeper(clock);
  final CapturingLog log = new CapturingLog();
  private final AtomicInteger keys = new AtomicInteger();

  /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
  private static final java.util.logging.Logger MOCK_SERVER_LOG =
      java.util.logging.Logger.getLogger(MockWebServer.class.getName());

  static {
    // MockWebServer logs every request at INFO.
    MOCK_SERVER_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  Harness() {
    // MockWebServer 3 writes a response's head and body separately; without TCP_NODELAY,
    // Nagle plus the client's delayed ACK costs about 40 ms per request.
    server.setServerSocketFactory(
        new javax.net.ServerSocketFactory() {
          @Override
          public java.net.ServerSocket createServerSocket() throws IOException {
            return new NoDelayServerSocket();
          }

          @Override
          public java.net.ServerSocket createServerSocket(int port) throws IOException {
            throw new UnsupportedOperationException();
          }

          @Override
          public java.net.ServerSocket createServerSocket(int port, int backlog)
              throws IOException {
            throw new UnsupportedOperationException();
          }

          @Override
          public java.net.ServerSocket createServerSocket(
              int port, int backlog, InetAddress address) throws IOException {
            throw new UnsupportedOperationException();
          }
        });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class NoDelayServerSocket extends java.net.ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public java.net.Socket accept() throws IOException {
      java.net.Socket s = super.accept();
      s.setTcpNoDelay(true);
      return s;
    }
  }

  String baseUrl() {
    return server.url("/api/v1").toString();
  }

  /** Defaults for tests: no client-side budget (tests that need one set it). */
  ClientConfig.Builder config() {
    return ClientConfig.builder(baseUrl())
        .apiKey(ApiKeySource.fromEnvironment("WIREFLOW_API_KEY", Map.of("WIREFLOW_API_KEY", CANARY)))
        .requestsPerMinute(0)
        .executionsPerMinute(0)
        .clock(clock)
        .sleeper(sleeper)
        .random(new FixedRandom(1.0))
        .log(log)
        .userAgent("wireform/test")
        .idempotencyKeys(() -> "idem-" + keys.incrementAndGet());
  }

  WireflowClient client() {
    return WireflowClient.create(config().build());
  }

  void enqueue(int code, String body, String... headers) {
    MockResponse r = new MockResponse().setResponseCode(code);
    if (body != null) {
      r.setHeader("Content-Type", "application/json").setBody(body);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      r.addHeader(headers[i], headers[i + 1]);
    }
    server.enqueue(r);
  }

  RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("no request arrived");
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
