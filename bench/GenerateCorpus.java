import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.ParamSpec;
import dev.wireform.dsl.catalog.PortSpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a corpus of valid workflow YAML files for the build benchmark: each has 5 to 20 nodes
 * of wireform's built-in catalog, 1 to 3 input nodes and processing nodes wired from earlier
 * nodes with port types that fit, realistic params within their ranges. Deterministic for a
 * seed.
 *
 * <p>Usage: {@code java -cp cli/target/wireform.jar bench/GenerateCorpus.java COUNT DIR SEED}
 */
public final class GenerateCorpus {
  private record Output(String node, String port, PortSpec spec) {}

  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    long seed = Long.parseLong(args[2]);
    Catalog catalog = Catalog.builtin();
    List<NodeType> inputs = new ArrayList<>();
    List<NodeType> steps = new ArrayList<>();
    for (NodeType type : catalog.all()) {
      if (type.category().equals("input")) {
        inputs.add(type);
      } else if (!type.inputs().isEmpty()) {
        steps.add(type);
      }
    }
    Files.createDirectories(dir);
    Random random = new Random(seed);
    long nodes = 0;
    for (int i = 1; i <= count; i++) {
      int size = 5 + random.nextInt(16);
      String yaml = workflow(i, size, seed, inputs, steps, random);
      Files.writeString(dir.resolve(String.format("wf-%04d.yaml", i)), yaml, StandardCharsets.UTF_8);
      nodes += size;
    }
    System.out.println("wrote " + count + " workflows, " + nodes + " nodes, to " + dir);
  }

  private static String workflow(
      int index, int size, long seed, List<NodeType> inputs, List<NodeType> steps, Random random) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("name: Corpus workflow ").append(String.format("%04d", index)).append('\n');
    yaml.append("description: Generated for the build benchmark (seed ").append(seed).append(")\n");
    yaml.append("tags: [bench, generated]\n");
    yaml.append("nodes:\n");
    List<Output> outputs = new ArrayList<>();
    int inputCount = 1 + random.nextInt(3);
    int made = 0;
    while (made < size) {
      boolean isInput = made < inputCount;
      NodeType type =
          isInput ? inputs.get(random.nextInt(inputs.size())) : steps.get(random.nextInt(steps.size()));
      String id = (isInput ? "input-" : "step-") + (made + 1);
      StringBuilder wiring = new StringBuilder();
      boolean wired = false;
      boolean possible = true;
      for (PortSpec port : type.inputs()) {
        List<Output> fits = new ArrayList<>();
        for (Output out : outputs) {
          if (out.spec().type().canFeed(port.type())) {
            fits.add(out);
          }
        }
        if (fits.isEmpty()) {
          if (port.required()) {
            possible = false;
          }
          continue;
        }
        if (!port.required() && random.nextInt(10) >= 4) {
          continue;
        }
        // Prefer a source of the very same type (an image into an image port).
        List<Output> exact = fits.stream().filter(o -> o.spec().type() == port.type()).toList();
        List<Output> pool = exact.isEmpty() ? fits : exact;
        Output from = pool.get(random.nextInt(pool.size()));
        wiring.append("      ").append(port.id()).append(": ");
        if (port.many() && pool.size() > 1 && random.nextBoolean()) {
          Output second = pool.get(random.nextInt(pool.size()));
          if (second.equals(from)) {
            wiring.append(from.node()).append('.').append(from.port()).append('\n');
          } else {
            wiring.append("[").append(from.node()).append('.').append(from.port()).append(", ");
            wiring.append(second.node()).append('.').append(second.port()).append("]\n");
          }
        } else {
          wiring.append(from.node()).append('.').append(from.port()).append('\n');
        }
        wired = true;
      }
      if (!isInput && (!possible || !wired)) {
        continue; // this type cannot be fed from what exists yet; draw another
      }
      yaml.append("  ").append(id).append(":\n");
      yaml.append("    type: ").append(type.nodeType()).append('\n');
      if (random.nextInt(3) == 0) {
        yaml.append("    label: ").append(quote(type.label() + " " + (made + 1))).append('\n');
      }
      String params = params(type, id, random);
      if (!params.isEmpty()) {
        yaml.append("    params:\n").append(params);
      }
      if (wiring.length() > 0) {
        yaml.append("    inputs:\n").append(wiring);
      }
      for (PortSpec out : type.outputs()) {
        outputs.add(new Output(id, out.id(), out));
      }
      made++;
    }
    return yaml.toString();
  }

  private static String params(NodeType type, String id, Random random) {
    StringBuilder sb = new StringBuilder();
    for (ParamSpec param : type.params()) {
      if (random.nextBoolean()) {
        continue;
      }
      String value = value(param, id, random);
      if (value != null) {
        sb.append("      ").append(param.name()).append(": ").append(value).append('\n');
      }
    }
    return sb.toString();
  }

  private static String value(ParamSpec param, String id, Random random) {
    switch (param.type()) {
      case STRING:
        return quote(text(param.name().toLowerCase(Locale.ROOT), id, random));
      case INTEGER: {
        long min = param.min().map(BigDecimal::longValue).orElse(0L);
        long max = param.max().map(BigDecimal::longValue).orElse(min + 100);
        return Long.toString(min + (long) (random.nextDouble() * (max - min + 1)));
      }
      case NUMBER: {
        double min = param.min().map(BigDecimal::doubleValue).orElse(0.0);
        double max = param.max().map(BigDecimal::doubleValue).orElse(min + 1.0);
        return BigDecimal.valueOf(min + random.nextDouble() * (max - min))
            .setScale(2, RoundingMode.DOWN)
            .max(BigDecimal.valueOf(min).setScale(2, RoundingMode.UP))
            .min(BigDecimal.valueOf(max).setScale(2, RoundingMode.DOWN))
            .stripTrailingZeros() // '0.80' would be flagged as an ambiguous scalar
            .toPlainString();
      }
      case BOOLEAN:
        return Boolean.toString(random.nextBoolean());
      case ENUM:
        return param.values().isEmpty()
            ? null
            : quote(param.values().get(random.nextInt(param.values().size())));
      default:
        return null; // JSON params are left to their defaults
    }
  }

  private static final List<String> PROMPTS =
      List.of(
          "a ceramic mug on a walnut table, soft window light",
          "studio photo of white sneakers on a pastel background",
          "aerial view of a coastline at golden hour",
          "a cozy reading corner with plants, 35mm film look",
          "minimal product shot of a glass perfume bottle");

  /** A plausible value for a free-text param, judged by its name. */
  private static String text(String name, String id, Random random) {
    if (name.contains("url") || name.equals("image")) {
      return "https://cdn.example.com/assets/" + id + ".png";
    }
    if (name.contains("aspect")) {
      return List.of("1:1", "16:9", "9:16", "4:3").get(random.nextInt(4));
    }
    if (name.contains("prompt") || name.contains("text")) {
      return PROMPTS.get(random.nextInt(PROMPTS.size()));
    }
    return name + " for " + id;
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
