package dev.wireform.cli.api;

import java.util.List;

/** The workflow, execution or webhook does not exist, or is not visible to this key (404). */
public final class NotFoundException extends ApiException {
  public NotFoundException(ErrorContext context, String fix) {
    super(context, List.of(), fix, null);
  }
}
