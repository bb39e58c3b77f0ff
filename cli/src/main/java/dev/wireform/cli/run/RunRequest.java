package dev.wireform.cli.run;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code wireform run} was asked to do.
 *
 * @param key the workflow's key in the project, or empty with {@code workflowId}
 * @param workflowId {@code --id}: a workflow id, or empty with {@code key}
 * @param inputs the {@code --input} arguments as typed
 * @param inputFile {@code --input-file} as typed
 * @param waitForEnd whether to wait for the end (default) or return once started
 * @param timeout how long to wait at most
 * @param download {@code --download} as typed
 * @param idempotencyKey {@code --idempotency-key}, else a fresh key is made
 */
public record RunRequest(
    Optional<String> key,
    Optional<String> workflowId,
    List<String> inputs,
    Optional<String> inputFile,
    boolean waitForEnd,
    Duration timeout,
    Optional<String> download,
    Optional<String> idempotencyKey) {
  public RunRequest {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(workflowId, "workflowId == null");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(inputFile, "inputFile == null");
    Objects.requireNonNull(timeout, "timeout == null");
    Objects.requireNonNull(download, "download == null");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
  }
}
