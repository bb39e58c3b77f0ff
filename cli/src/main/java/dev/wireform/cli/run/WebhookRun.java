package dev.wireform.cli.run;

import dev.wireform.cli.output.JsonText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wireform.cli.ExitCodes;
import dev.wireform.cli.GlobalMixin;
import dev.wireform.cli.Invocation;
import dev.wireform.cli.UserErrorException;
import dev.wireform.cli.api.ApiException;
import dev.wireform.cli.api.ExecutionStart;
import dev.wireform.cli.api.NotFoundException;
import dev.wireform.cli.env.Connection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code wireform trigger WEBHOOK_ID}: starts a run through the workflow's webhook, which takes
 * no API key; with {@code --wait}, polls it (with the key) to its end like {@code run}.
 */
public final class WebhookRun {
  private static final ObjectMapper JSON = JsonText.mapper();

  private final RunContext context;
  private final Invocation invocation;
  private final GlobalMixin global;
  private final Console console;

  public WebhookRun(
      RunContext context, Invocation invocation, GlobalMixin global, Console console) {
    this.context = context;
    this.invocation = invocation;
    this.global = global;
    this.console = console;
  }

  /**
   * @param data {@code --data}: JSON text, or {@code @file}; empty sends {@code {}}
   */
  public int trigger(
      String webhookId, Optional<String> data, boolean wait, Optional<String> idempotencyKey,
      ResultMixin result) {
    Report report = new Report("trigger");
    report.webhookId = Optional.of(webhookId);
    try {
      Target target = Target.of(global, invocation);
      report.environment = Optional.of(target.environment().name());
      report.endpoint = Optional.of(target.environment().endpoint());
      if (!wait && target.environment().embedded()) {
        throw new UserErrorException("trigger without --wait cannot work with environment '"
            + target.environment().name() + "': its endpoint is 'embedded', an emulator inside"
            + " this command that stops, and ends the run, when the command exits; add --wait,"
            + " or run a standalone emulator and point an environment at it (see docs/run.md)");
      }
      JsonNode body = body(data);
      String key = idempotencyKey.orElseGet(context.idempotencyKeys());
      try (Connection connection = context.connector(invocation.env())
          .open(target.environment(), target.root(), wait)) {
        PrintWriter info = console.info();
        report.idempotencyKey = Optional.of(key);
        info.println("idempotency key: " + key + "  (trigger again with --idempotency-key " + key
            + " to never start it twice)");
        ExecutionStart start;
        try {
          start = connection.client().trigger(webhookId, body, key);
        } catch (NotFoundException e) {
          throw new UserErrorException("no webhook '" + webhookId + "' on environment '"
              + target.environment().name() + "' (" + e.getMessage().lines().findFirst()
              .orElse("") + "); enable the workflow's webhook, or pass its workflow id");
        }
        report.executionId = Optional.of(start.executionId());
        report.workflowId = start.workflowId();
        info.println("started execution " + start.executionId() + " through webhook "
            + webhookId + start.message().map(m -> " (" + m + ")").orElse(""));
        info.flush();
        ExecutionFollower.Options options = ExecutionFollower.Options.of(
            result.timeout(), result.download(), invocation, target.flags());
        if (!wait) {
          String resume = "wireform status " + start.executionId() + " --wait" + target.flags();
          report.resume = Optional.of(resume);
          info.println("not waiting; follow it with: " + resume + " (polling needs the API key)");
          report.end("started", ExitCodes.OK);
          if (console.json()) {
            report.printJson(console.out());
          }
          return ExitCodes.OK;
        }
        return new ExecutionFollower(connection, context, console)
            .await(report, start.executionId(), Optional.empty(), Optional.empty(), options);
      }
    } catch (UserErrorException e) {
      return Failures.user(console, report, e);
    } catch (ApiException e) {
      return Failures.api(console, report, e, "webhook " + webhookId);
    }
  }

  private JsonNode body(Optional<String> data) {
    if (data.isEmpty()) {
      return JSON.createObjectNode();
    }
    String text = data.get();
    String shown = "--data";
    if (text.startsWith("@")) {
      shown = text.substring(1);
      try {
        text = Files.readString(invocation.resolve(Path.of(shown)), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw UserErrorException.io("read --data file", shown, e);
      }
    }
    JsonNode body;
    try {
      body = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UserErrorException(shown + ":" + e.getLocation().getLineNr() + ":"
          + e.getLocation().getColumnNr() + ": not valid JSON: " + e.getOriginalMessage()
          + "; nothing was sent");
    }
    if (body == null || !body.isObject()) {
      throw new UserErrorException(shown + ": the trigger data must be a JSON object, e.g."
          + " {\"prompt\": \"a red fox\"}; nothing was sent");
    }
    return body;
  }
}
