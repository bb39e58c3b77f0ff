package dev.wireform.dsl.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every diagnostic of a run so that one run reports them all. Not thread-safe; give
 * each thread its own and {@link #addAll} them.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public void addAll(Iterable<Diagnostic> diagnostics) {
    diagnostics.forEach(items::add);
  }

  /** Whether any collected diagnostic is an error. */
  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public int errorCount() {
    return (int) items.stream().filter(Diagnostic::isError).count();
  }

  public int warningCount() {
    return items.size() - errorCount();
  }

  /** Every diagnostic, sorted and without exact duplicates. */
  public List<Diagnostic> sorted() {
    return items.stream().distinct().sorted().toList();
  }
}
