package dev.wireform.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput of simple GETs ({@code GET /workflows/{id}}) against an in-process emulator over
 * loopback HTTP: N sequential requests on one keep-alive connection, then N requests spread
 * over 16 concurrent clients. Not a test; run it with the command in docs/benchmarks.md.
 *
 * <p>Arguments: {@code [N] [concurrency]}, default 1000 and 16.
 */
public final class EmulatorBenchmark {
  private EmulatorBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    try (EmulatorServer server = Emulator.builder().rateLimit(Integer.MAX_VALUE).build().start()) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String auth = "Bearer " + server.apiKey();
      HttpResponse<String> created = client.send(HttpRequest.newBuilder(
              URI.create(server.baseUrl() + "/workflows"))
          .header("Authorization", auth).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(Fixtures.clarity())).build(),
          HttpResponse.BodyHandlers.ofString());
      String id = Http.MAPPER.readTree(created.body()).get("id").asText();
      HttpRequest get = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/workflows/" + id))
          .header("Authorization", auth).timeout(Duration.ofSeconds(30)).GET().build();

      System.out.printf(Locale.ROOT, "emulator benchmark: GET /workflows/{id} (%d-byte body),"
          + " N=%d, %d cores, Java %s%n", created.body().length(), n,
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
      String path = "/api/v1/workflows/" + id;
      Request raw = () -> new RawClient(server.port(), path, auth);
      Request jdk = () -> () -> {
        int status = client.send(get, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
        return status;
      };
      System.out.println(" keep-alive socket client (measures the emulator):");
      run(raw, 2 * n, 1); // warm-up, not reported
      report("sequential", run(raw, n, 1));
      run(raw, n, concurrency);
      report(concurrency + "-way concurrent", run(raw, n, concurrency));
      System.out.println(" java.net.http.HttpClient (client included):");
      run(jdk, n, 1);
      report("sequential", run(jdk, n, 1));
      run(jdk, n, concurrency);
      report(concurrency + "-way concurrent", run(jdk, n, concurrency));
    }
  }

  /** Makes one client per concurrent worker. */
  private interface Request {
    Client open() throws Exception;
  }

  /** Sends one GET and returns its status. */
  private interface Client {
    int get() throws Exception;

    default void close() throws Exception {}
  }

  /** A minimal HTTP/1.1 keep-alive client on a plain socket: the cheapest way to ask. */
  private static final class RawClient implements Client {
    private final java.net.Socket socket;
    private final java.io.OutputStream out;
    private final java.io.InputStream in;
    private final byte[] request;

    RawClient(int port, String path, String auth) throws java.io.IOException {
      socket = new java.net.Socket("127.0.0.1", port);
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      in = new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024);
      request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
          + "\r\nAuthorization: " + auth + "\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Override
    public int get() throws java.io.IOException {
      out.write(request);
      out.flush();
      StringBuilder head = new StringBuilder();
      int state = 0;
      while (state < 4) {
        int c = in.read();
        if (c < 0) {
          throw new java.io.EOFException("connection closed");
        }
        head.append((char) c);
        state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1
            || state == 3)) ? state + 1 : 0;
      }
      String text = head.toString();
      int status = Integer.parseInt(text.substring(9, 12));
      int length = 0;
      for (String line : text.split("\r\n")) {
        if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
          length = Integer.parseInt(line.substring(15).trim());
        }
      }
      in.readNBytes(length);
      return status;
    }

    @Override
    public void close() throws java.io.IOException {
      socket.close();
    }
  }

  /** Latencies in nanoseconds, plus the wall time as the last element. */
  private static long[] run(Request opener, int n, int clients) throws Exception {
    long[] latencies = new long[n + 1];
    List<Client> opened = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      opened.add(opener.open());
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> jobs = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int from = c * n / clients;
      int to = (c + 1) * n / clients;
      Client client = opened.get(c);
      jobs.add(pool.submit(() -> {
        for (int i = from; i < to; i++) {
          long t0 = System.nanoTime();
          int status = client.get();
          latencies[i] = System.nanoTime() - t0;
          if (status != 200) {
            throw new IllegalStateException("HTTP " + status);
          }
        }
        return null;
      }));
    }
    for (Future<?> f : jobs) {
      f.get();
    }
    latencies[n] = System.nanoTime() - start;
    pool.shutdown();
    for (Client c : opened) {
      c.close();
    }
    return latencies;
  }

  private static void report(String label, long[] result) {
    int n = result.length - 1;
    long wall = result[n];
    long[] sorted = Arrays.copyOf(result, n);
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "  %-18s %7.0f requests/s   p50 %6.3f ms   p99 %6.3f ms%n",
        label, n / (wall / 1e9), sorted[n / 2] / 1e6, sorted[(int) Math.ceil(n * 0.99) - 1] / 1e6);
  }
}
