package dev.wireform.cli.env;

import dev.wireform.cli.api.WireflowClient;
import dev.wireform.emulator.EmulatorServer;
import java.util.Objects;
import java.util.Optional;

/**
 * A live connection to one environment: the API client, and the in-process emulator behind it
 * when the environment's endpoint is {@code embedded}. Closing it stops both.
 *
 * @param environment the environment's name
 * @param endpoint the endpoint as configured ({@code embedded} or the base URL), for display
 * @param client the client, configured with the environment's key and rate budget
 * @param emulator the in-process emulator, for {@code embedded} endpoints
 */
public record Connection(
    String environment, String endpoint, WireflowClient client, Optional<EmulatorServer> emulator)
    implements AutoCloseable {

  public Connection {
    Objects.requireNonNull(environment, "environment == null");
    Objects.requireNonNull(endpoint, "endpoint == null");
    Objects.requireNonNull(client, "client == null");
    Objects.requireNonNull(emulator, "emulator == null");
  }

  public boolean embedded() {
    return emulator.isPresent();
  }

  @Override
  public void close() {
    try {
      client.close();
    } finally {
      emulator.ifPresent(EmulatorServer::close);
    }
  }
}
