package dev.wireform.cli.deploy;

import dev.wireform.dsl.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a plan as one Markdown comment for a pull request. However big the plan, the result
 * stays under {@link #LIMIT} characters (GitHub refuses comments over 65,536): unchanged
 * workflows are left out, each workflow's diff is folded in a {@code <details>} block and cut
 * when long, and when the budget runs out the rest is counted and pointed at the full artifact.
 * The first line is a hidden marker CI uses to find and edit its one comment in place.
 */
public final class MarkdownPlanRenderer {
  /** Hard ceiling on the rendered length. */
  public static final int LIMIT = 60_000;

  static final int MAX_TABLE_ROWS = 250;
  static final int MAX_BLOCK = 4_000;

  private final String fullPlanPointer;

  /**
   * @param fullPlanPointer where the whole plan is, shown when something is left out, e.g. a
   *     link to the CI run's {@code plan.json} artifact
   */
  public MarkdownPlanRenderer(String fullPlanPointer) {
    this.fullPlanPointer = Objects.requireNonNull(fullPlanPointer, "fullPlanPointer == null");
  }

  /** The hidden marker that starts every comment for this project and environment. */
  public static String marker(Plan plan) {
    return "<!-- wireform-plan:" + plan.project() + "/" + plan.environment() + " -->";
  }

  public String render(Plan plan) {
    StringBuilder head = new StringBuilder();
    head.append(marker(plan)).append('\n');
    head.append("### wireform plan: `").append(plan.project()).append("` → `")
        .append(plan.environment()).append("`\n\n");
    List<Change> writes = plan.writes();
    List<Change> orphans =
        plan.changes().stream().filter(c -> c.action() == Action.ORPHAN).toList();
    if (plan.hasErrors()) {
      head.append("**The plan has errors and cannot be applied.**\n\n");
    }
    for (Diagnostic d : plan.diagnostics()) {
      String line = "- **" + d.severity().word() + "** `" + d.position() + "` [" + d.id() + "] "
          + inline(d.message()) + (d.fix().isEmpty() ? "" : " — fix: " + inline(d.fix())) + "\n";
      if (head.length() + line.length() > LIMIT / 4) {
        head.append("- … more diagnostics in the full plan\n");
        break;
      }
      head.append(line);
    }
    if (!plan.diagnostics().isEmpty()) {
      head.append('\n');
    }
    if (writes.isEmpty()) {
      head.append("**No changes.** ").append(plan.count(Action.NOOP)).append(" unchanged");
      head.append(orphans.isEmpty() ? ".\n" : ", " + orphans.size() + " orphaned.\n");
    } else {
      head.append("**").append(plan.count(Action.CREATE)).append(" to create · ")
          .append(plan.count(Action.UPDATE)).append(" to update · ")
          .append(plan.count(Action.RENAME)).append(" to rename · ")
          .append(plan.count(Action.ADOPT)).append(" to adopt · ")
          .append(plan.count(Action.DELETE)).append(" to delete** · ")
          .append(plan.count(Action.NOOP)).append(" unchanged · ")
          .append(orphans.size()).append(" orphaned\n");
    }

    List<Change> listed = new ArrayList<>(writes);
    listed.addAll(orphans);
    StringBuilder table = new StringBuilder();
    if (!listed.isEmpty()) {
      table.append("\n| | workflow | name | id | details |\n|---|---|---|---|---|\n");
      int rows = 0;
      int budget = LIMIT * 3 / 5 - head.length();
      for (Change c : listed) {
        String row = row(c);
        if (rows == MAX_TABLE_ROWS || table.length() + row.length() > budget) {
          table.append("| | … ").append(listed.size() - rows)
              .append(" more | | | see the full plan |\n");
          break;
        }
        table.append(row);
        rows++;
      }
    }

    String footer =
        "\n<sub>" + TextPlanRenderer.summary(plan) + " Full plan: " + inline(fullPlanPointer)
            + ".</sub>\n";
    StringBuilder out = new StringBuilder(head).append(table);
    int shown = 0;
    List<Change> detailed = writes.stream().filter(c -> c instanceof Change.Write).toList();
    for (Change c : detailed) {
      String block = details((Change.Write) c);
      String omitted = omitted(detailed.size() - shown - 1);
      if (out.length() + block.length() + omitted.length() + footer.length() > LIMIT) {
        out.append(omitted(detailed.size() - shown));
        break;
      }
      out.append(block);
      shown++;
    }
    out.append(footer);
    return out.toString();
  }

  private static String omitted(int count) {
    return count <= 0
        ? ""
        : "\n_Details of " + count + " more workflow" + (count == 1 ? "" : "s")
            + " are not shown here: see the full plan._\n";
  }

  private static String row(Change c) {
    String action = c.action().symbol() + " " + c.action().word();
    String key = c instanceof Change.Rename r ? r.fromKey() + "` → `" + r.key() : c.key();
    String details;
    if (c instanceof Change.Create cr) {
      details = plural(cr.diff().nodesAdded().size(), "node") + ", "
          + plural(cr.diff().edgesAdded().size(), "edge");
    } else if (c instanceof Change.Write w) {
      details = plural(w.diff().size(), "change");
    } else if (c instanceof Change.Delete d) {
      details = d.isProtected() ? "**protected**" : "deleted (prune)";
    } else if (c instanceof Change.Orphan o) {
      details = "not in code; `--prune` deletes it" + (o.isProtected() ? " (protected)" : "");
    } else {
      details = "";
    }
    return "| `" + action + "` | `" + key + "` | " + cell(c.name()) + " | "
        + c.id().map(id -> "`" + cell(id) + "`").orElse("") + " | " + details + " |\n";
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String details(Change.Write c) {
    List<DiffLines.Line> lines = DiffLines.of(c);
    StringBuilder body = new StringBuilder();
    int written = 0;
    for (DiffLines.Line l : lines) {
      String text = l.symbol() + " " + "    ".repeat(l.depth()) + fence(l.text()) + "\n";
      if (body.length() + text.length() > MAX_BLOCK) {
        body.append("  … ").append(lines.size() - written).append(" more lines\n");
        break;
      }
      body.append(text);
      written++;
    }
    String key = c instanceof Change.Rename r ? r.fromKey() + " → " + r.key() : c.key();
    return "\n<details><summary><code>" + html(c.action().symbol() + " " + c.action().word()
        + " " + key) + "</code> " + html(c.name()) + "</summary>\n\n```diff\n" + body
        + "```\n\n</details>\n";
  }

  /** Text for a table cell: one line, at most 100 characters, pipes escaped, no HTML. */
  private static String cell(String s) {
    String line = s.replace("\r", " ").replace("\n", " ");
    if (line.length() > 100) {
      line = line.substring(0, 100) + "…";
    }
    return html(line).replace("|", "\\|").replace("`", "'");
  }

  /** Text inline in a sentence: one line, no HTML. */
  private static String inline(String s) {
    return html(s.replace("\r", " ").replace("\n", " ")).replace("|", "\\|");
  }

  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Keeps user text from closing the code fence. */
  private static String fence(String s) {
    return s.replace("```", "`\u200b`\u200b`");
  }
}
