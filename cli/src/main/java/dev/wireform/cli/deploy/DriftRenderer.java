package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Style;

/** Renders a {@link Drift} as text for people or as versioned JSON. */
public final class DriftRenderer {
  private final Ansi ansi;

  public DriftRenderer(Ansi ansi) {
    this.ansi = Objects.requireNonNull(ansi, "ansi == null");
  }

  public String text(Drift drift) {
    StringBuilder out = new StringBuilder();
    String where = drift.project() + " / " + drift.environment() + " (" + drift.endpoint() + ")";
    if (!drift.drifted()) {
      out.append(paint(Style.bold, "No drift.")).append(' ').append(where).append(": ")
          .append(drift.clean()).append(" deployed workflow").append(drift.clean() == 1 ? "" : "s")
          .append(" as wireform left them.\n");
    } else {
      out.append(paint(Style.bold, "Drift:")).append(' ').append(drift.edited().size())
          .append(" workflow").append(drift.edited().size() == 1 ? " was" : "s were")
          .append(" edited outside wireform on ").append(where).append(".\n");
      for (Drift.Edited e : drift.edited()) {
        out.append('\n').append("  ").append(paint(Style.fg_yellow, "~ edited")).append(' ')
            .append(e.key()).append(' ').append(DiffLines.value(e.name())).append(" (id ")
            .append(e.id()).append(", updated ").append(e.updatedAt()).append(")\n");
        Change.Update asUpdate = new Change.Update(e.key(), e.name(), e.id(), e.updatedAt(),
            Json.object(), java.util.Set.of(), "", e.diff());
        for (DiffLines.Line l : DiffLines.of(asUpdate)) {
          out.append("      ").append("    ".repeat(l.depth())).append(l.symbol()).append(' ')
              .append(l.text()).append('\n');
        }
      }
      out.append("\nShown as code → account. 'wireform plan' shows what apply would write back;"
          + " to keep an edit, make it in the code.\n");
    }
    if (!drift.notDeployed().isEmpty()) {
      out.append("Not deployed yet: ").append(String.join(", ", drift.notDeployed()))
          .append(".\n");
    }
    return out.toString();
  }

  /** {@code {formatVersion, project, environment, endpoint, drifted, clean, edited[], ...}}. */
  public static String json(Drift drift) {
    ObjectNode root = Json.object();
    root.put("formatVersion", 1);
    root.put("project", drift.project());
    root.put("environment", drift.environment());
    root.put("endpoint", drift.endpoint());
    root.put("drifted", drift.drifted());
    root.put("clean", drift.clean());
    ArrayNode edited = root.putArray("edited");
    for (Drift.Edited e : drift.edited()) {
      ObjectNode o = edited.addObject();
      o.put("key", e.key());
      o.put("id", e.id());
      o.put("name", e.name());
      o.put("updatedAt", e.updatedAt());
      o.set("diff", PlanJson.diff(e.diff()));
    }
    ArrayNode missing = root.putArray("notDeployed");
    drift.notDeployed().forEach(missing::add);
    return Json.pretty(root);
  }

  private String paint(Style style, String text) {
    return ansi.enabled() ? style.on() + text + style.off() : text;
  }
}
