import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor for the build benchmark: reads every *.yaml file of a folder with plain Jackson YAML
 * ({@code readTree}) in one JVM and does nothing else. Run with wireform.jar on the class path,
 * so it uses the very same Jackson and SnakeYAML as wireform.
 */
public final class JacksonFloor {
  public static void main(String[] args) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(args[0]))) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    long nodes = 0;
    for (Path file : files) {
      JsonNode tree = yaml.readTree(Files.readAllBytes(file));
      nodes += tree.path("nodes").size();
    }
    System.out.println(files.size() + " files, " + nodes + " nodes");
  }
}
