package dev.wireform.cli.deploy;

import dev.wireform.compiler.DiagnosticFormatter;
import dev.wireform.dsl.diag.Diagnostic;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Renders a plan for a terminal, like {@code terraform plan}: one block per workflow that
 * changes ({@code + create}, {@code ~ update}, {@code → rename}, {@code * adopt}, {@code -
 * delete}), orphans after them, and a summary line. Colour only when {@code ansi} is enabled
 * (picocli's {@link Ansi#AUTO} turns it off for pipes and under {@code NO_COLOR}).
 */
public final class TextPlanRenderer {
  private final Ansi ansi;

  public TextPlanRenderer(Ansi ansi) {
    this.ansi = Objects.requireNonNull(ansi, "ansi == null");
  }

  public String render(Plan plan) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : plan.diagnostics()) {
      out.append(diagnostic(d));
    }
    if (!plan.diagnostics().isEmpty()) {
      out.append('\n');
    }
    String where = plan.project() + " / " + plan.environment() + " (" + plan.endpoint() + ")";
    List<Change> writes = plan.writes();
    if (writes.isEmpty()) {
      out.append(bold("No changes.")).append(' ').append(where).append(" matches the code");
      out.append(" (").append(plan.count(Action.NOOP)).append(" unchanged).\n");
    } else {
      out.append(plan.hasErrors()
          ? "The plan has the errors above and cannot be applied. Without them, wireform would"
              + " perform these actions on "
          : "wireform will perform these actions on ").append(where).append(":\n");
      for (Change c : writes) {
        out.append('\n');
        block(c, out);
      }
    }
    List<Change> orphans =
        plan.changes().stream().filter(c -> c.action() == Action.ORPHAN).toList();
    if (!orphans.isEmpty()) {
      out.append('\n');
      for (Change c : orphans) {
        Change.Orphan o = (Change.Orphan) c;
        out.append("  ").append(color(Action.ORPHAN, "! orphan")).append(' ')
            .append(o.key()).append(' ').append(DiffLines.value(o.name()))
            .append(" (id ").append(o.workflowId()).append(")")
            .append(o.isProtected() ? ", protected" : "")
            .append(": no longer in the code; apply --prune deletes it\n");
      }
    }
    if (!writes.isEmpty() || !orphans.isEmpty()) {
      out.append('\n').append(bold("Plan:")).append(' ').append(summary(plan)).append('\n');
    }
    return out.toString();
  }

  /** {@code 1 to create, 2 to update, … . 3 unchanged, 1 orphaned.} */
  static String summary(Plan plan) {
    return plan.count(Action.CREATE) + " to create, "
        + plan.count(Action.UPDATE) + " to update, "
        + plan.count(Action.RENAME) + " to rename, "
        + plan.count(Action.ADOPT) + " to adopt, "
        + plan.count(Action.DELETE) + " to delete. "
        + plan.count(Action.NOOP) + " unchanged, "
        + plan.count(Action.ORPHAN) + " orphaned.";
  }

  private void block(Change c, StringBuilder out) {
    out.append("  ").append(color(c.action(), c.action().symbol() + " " + c.action().word()))
        .append(' ');
    if (c instanceof Change.Rename r) {
      out.append(r.fromKey()).append(" → ").append(r.key());
    } else {
      out.append(c.key());
    }
    out.append(' ').append(DiffLines.value(c.name()));
    c.id().ifPresent(id -> out.append(" (id ").append(id).append(')'));
    if (c instanceof Change.Adopt) {
      out.append(", unmanaged until now");
    }
    if (c instanceof Change.Delete d && d.isProtected()) {
      out.append(", ").append(color(Action.DELETE, "protected"));
    }
    out.append('\n');
    if (c instanceof Change.Write w) {
      for (DiffLines.Line line : DiffLines.of(w)) {
        out.append("      ").append("    ".repeat(line.depth()))
            .append(color(line.symbol(), line.symbol())).append(' ').append(line.text())
            .append('\n');
      }
    }
  }

  private String diagnostic(Diagnostic d) {
    String plain = new DiagnosticFormatter().format(d);
    if (!ansi.enabled()) {
      return plain;
    }
    String word = d.severity().word() + ":";
    String head = d.position() + ": " + word;
    return plain.startsWith(head)
        ? d.position() + ": " + paint(d.isError() ? Style.fg_red : Style.fg_yellow, word)
            + plain.substring(head.length())
        : plain;
  }

  private String color(Action action, String text) {
    return switch (action) {
      case CREATE -> paint(Style.fg_green, text);
      case UPDATE -> paint(Style.fg_yellow, text);
      case RENAME, ADOPT -> paint(Style.fg_cyan, text);
      case DELETE -> paint(Style.fg_red, text);
      case ORPHAN -> paint(Style.fg_magenta, text);
      case NOOP -> text;
    };
  }

  private String color(String symbol, String text) {
    return switch (symbol) {
      case "+" -> paint(Style.fg_green, text);
      case "-" -> paint(Style.fg_red, text);
      default -> paint(Style.fg_yellow, text);
    };
  }

  private String bold(String text) {
    return paint(Style.bold, text);
  }

  private String paint(Style style, String text) {
    return ansi.enabled() ? style.on() + text + style.off() : text;
  }
}
