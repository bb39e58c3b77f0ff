package dev.wireform.compiler;

import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.ParamSpec;
import dev.wireform.dsl.catalog.PortSpec;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Position;
import dev.wireform.dsl.model.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds arbitrary projects, valid and broken, from a source of choices: names are drawn from
 * small pools (the catalog's own plus near misses) so that wires, duplicates and cycles are
 * common rather than astronomically rare.
 */
final class RandomWorkflows {

  /** Where the choices come from: a fuzzer's data or a seeded random. */
  interface Choices {
    int intIn(int min, int max);

    boolean bool();

    long anyLong();

    double anyDouble();

    String string(int maxLength);

    default <T> T pick(List<T> items) {
      return items.get(intIn(0, items.size() - 1));
    }
  }

  private final List<String> types = new ArrayList<>();
  private final List<String> params = new ArrayList<>();
  private final List<String> inputs = new ArrayList<>();
  private final List<String> outputs = new ArrayList<>();
  private static final List<String> IDS = List.of("in", "up", "a", "b", "c", "x.y", "n-1", "");

  RandomWorkflows(Catalog catalog) {
    TreeSet<String> p = new TreeSet<>(List.of("bogus", "scale"));
    TreeSet<String> i = new TreeSet<>(List.of("bogus", "image"));
    TreeSet<String> o = new TreeSet<>(List.of("bogus"));
    for (NodeType t : catalog.all()) {
      types.add(t.nodeType());
      t.params().stream().map(ParamSpec::name).forEach(p::add);
      t.inputs().stream().map(PortSpec::id).forEach(i::add);
      t.outputs().stream().map(PortSpec::id).forEach(o::add);
    }
    types.addAll(List.of("process:nope", "", "input:txt"));
    params.addAll(p);
    inputs.addAll(i);
    outputs.addAll(o);
  }

  List<Workflow> project(Choices c) {
    List<Workflow> project = new ArrayList<>();
    int count = c.intIn(0, 3);
    for (int w = 0; w < count; w++) {
      project.add(workflow(c));
    }
    return project;
  }

  Workflow workflow(Choices c) {
    Workflow.Builder w =
        Workflow.builder(c.pick(List.of("a", "b", "c")), c.pick(List.of("A", "B", "", " ")))
            .description(c.bool() ? "" : c.string(10))
            .active(c.bool());
    if (c.bool()) {
      w.tag(c.string(5));
    }
    int nodes = c.intIn(0, 12);
    for (int n = 0; n < nodes; n++) {
      w.node(node(c));
    }
    return w.build();
  }

  private Node node(Choices c) {
    Node.Builder n = Node.builder(c.pick(IDS), c.pick(types));
    if (c.bool()) {
      n.label(c.string(8));
    }
    int paramCount = c.intIn(0, 3);
    for (int i = 0; i < paramCount; i++) {
      n.param(c.pick(params), value(c, 2));
    }
    int inputCount = c.intIn(0, 3);
    for (int i = 0; i < inputCount; i++) {
      String port = c.pick(inputs);
      int sources = c.intIn(1, 3);
      for (int s = 0; s < sources; s++) {
        n.input(port, new PortRef(c.pick(IDS), c.pick(outputs)));
      }
    }
    if (c.bool()) {
      double x = c.anyDouble();
      double y = c.anyDouble();
      if (Double.isFinite(x) && Double.isFinite(y)) {
        n.position(new Position(x, y));
      }
    }
    return n.build();
  }

  private Object value(Choices c, int depth) {
    switch (c.intIn(0, depth > 0 ? 11 : 9)) {
      case 0:
        return c.string(12);
      case 1:
        return c.anyLong();
      case 2:
        return BigDecimal.valueOf(c.anyLong(), c.intIn(-3, 6));
      case 3:
        return c.anyDouble();
      case 4:
        return c.bool();
      case 5:
        return null;
      case 6:
        return c.intIn(-5, 20);
      case 7:
        return c.pick(List.of("png", "jpg", "webp", "jpeg", "yes", ""));
      case 8:
        return new Object();
      case 9:
        return (long) c.intIn(-2, 20);
      case 10:
        return Arrays.asList(value(c, depth - 1), value(c, depth - 1));
      default:
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(c.string(3), value(c, depth - 1));
        map.put(c.bool() ? c.string(3) : (Object) 1L, value(c, depth - 1));
        return c.bool() ? map : new HashMap<>(Map.of("k", "v"));
    }
  }
}
