package dev.wireform.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wireform.dsl.catalog.Catalog;
import dev.wireform.dsl.catalog.NodeType;
import dev.wireform.dsl.catalog.ParamSpec;
import dev.wireform.dsl.catalog.ParamType;
import dev.wireform.dsl.catalog.PortSpec;
import dev.wireform.dsl.catalog.PortType;
import dev.wireform.dsl.yaml.Suggestions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks a run's inputs against the deployed graph and the node catalog before anything is
 * sent: the node exists; the param is one its type takes (an input node's value when no param is
 * named); the value fits the param's type and bounds; a value that feeds an image, video or audio
 * port is an http(s) URL or a local file to upload. Every problem is collected.
 */
public final class InputChecker {
  /** An input node's value param, in order of preference, when {@code NODE=VALUE} names none. */
  static final List<String> VALUE_PARAMS = List.of("prompt", "image", "imageUrl", "url", "text");

  private static final Set<PortType> MEDIA = Set.of(PortType.IMAGE, PortType.VIDEO, PortType.AUDIO);

  private final DeployedGraph graph;
  private final Catalog catalog;
  private final Function<String, Path> resolve;
  private final String workflow;

  /**
   * @param workflow how messages name the workflow, e.g. {@code 'clarity-upscale'}
   * @param resolve turns a path as typed into an absolute one (against the working folder)
   */
  public InputChecker(
      DeployedGraph graph, Catalog catalog, Function<String, Path> resolve, String workflow) {
    this.graph = graph;
    this.catalog = catalog;
    this.resolve = resolve;
    this.workflow = workflow;
  }

  /**
   * Checks {@code assignments}, given in order: a later value for the same {@code NODE.PARAM}
   * replaces an earlier one from a file; twice on the command line is a problem.
   */
  public CheckedInputs check(List<InputAssignment> assignments) {
    TreeSet<String> problems = new TreeSet<>();
    Map<String, Map<String, JsonNode>> values = new LinkedHashMap<>();
    Map<String, CheckedInputs.Upload> uploads = new LinkedHashMap<>();
    Map<String, InputAssignment> seen = new LinkedHashMap<>();
    for (InputAssignment a : assignments) {
      Optional<DeployedGraph.Node> node = graph.node(a.nodeId());
      if (node.isEmpty()) {
        problems.add(a.origin() + ": no node '" + a.nodeId() + "' in workflow " + workflow
            + didYouMean(a.nodeId(), nodeIds()) + "; its nodes: " + String.join(", ", nodeIds()));
        continue;
      }
      Optional<String> param = a.param().or(() -> valueParam(node.get()));
      if (param.isEmpty()) {
        problems.add(a.origin() + ": node " + node.get().describe()
            + " is not an input node, so name the param: --input " + a.nodeId()
            + ".PARAM=VALUE" + paramList(node.get()));
        continue;
      }
      InputAssignment named = a.withParam(param.get());
      InputAssignment earlier = seen.put(named.target(), named);
      if (earlier != null && earlier.fromText() && named.fromText()) {
        problems.add(named.origin() + ": " + named.target() + " is already set by "
            + earlier.origin());
        continue;
      }
      uploads.remove(named.target());
      Optional<String> problem = checkOne(node.get(), named, values, uploads);
      problem.ifPresent(p -> problems.add(named.origin() + ": " + p));
    }
    if (problems.isEmpty()) {
      problems.addAll(emptyRequiredInputs(values, uploads));
    }
    return new CheckedInputs(values, List.copyOf(uploads.values()), List.copyOf(problems));
  }

  private Optional<String> checkOne(
      DeployedGraph.Node node,
      InputAssignment a,
      Map<String, Map<String, JsonNode>> values,
      Map<String, CheckedInputs.Upload> uploads) {
    String param = a.param().orElseThrow();
    Optional<NodeType> type = catalog.find(node.nodeType());
    Optional<ParamSpec> spec = type.flatMap(t -> t.param(param));
    ParamType paramType;
    if (spec.isPresent()) {
      paramType = spec.get().type();
    } else if (type.isPresent()) {
      Optional<PortSpec> port = type.get().input(param);
      if (port.isPresent()) {
        return Optional.of(portNotParam(node, param));
      }
      String label = node.label().isEmpty() || node.label().equals(node.id())
          ? "" : node.label() + ", ";
      return Optional.of("node '" + node.id() + "' (" + label + node.nodeType()
          + ") has no param '" + param + "'" + didYouMean(param, paramNames(type.get()))
          + (type.get().params().isEmpty() ? "; it takes no params"
              : "; its params: " + String.join(", ", paramNames(type.get()))));
    } else if (node.params().has(param)) {
      paramType = ParamConversion.inferred(node.params().get(param));
    } else {
      return Optional.of("node " + node.describe() + " has type '" + node.nodeType()
          + "', which the catalog does not describe, and no param '" + param + "'"
          + (node.params().size() == 0 ? "" : "; its params: " + fieldNames(node.params())));
    }
    ParamConversion.Converted c = ParamConversion.convert(a, paramType, spec);
    if (c.problem() != null) {
      return Optional.of(c.problem());
    }
    JsonNode value = c.value();
    Optional<PortType> media = paramType == ParamType.STRING ? mediaKind(node) : Optional.empty();
    if (media.isPresent()) {
      String text = value.asText();
      if (isWebUrl(text)) {
        // a URL is sent as it is; the server fetches it
      } else if (text.isEmpty()) {
        // an empty value is caught by the required-input check
      } else {
        Path path;
        try {
          path = text.regionMatches(true, 0, "file:", 0, 5)
              ? Path.of(new URI(text)) : resolve.apply(text);
        } catch (URISyntaxException | IllegalArgumentException e) {
          return Optional.of("'" + text + "' is neither an http(s) URL nor a file path");
        }
        MediaFile.Checked f = MediaFile.check(path, text, media.get());
        if (f.problem().isPresent()) {
          return Optional.of(f.problem().get() + "; " + a.target() + " feeds "
              + feeds(node) + ", so give an http(s) URL or a local " + kindWord(media.get())
              + " file to upload");
        }
        uploads.put(a.target(), new CheckedInputs.Upload(
            node.id(), param, f.file().orElseThrow(), media.get().name()));
      }
    }
    values.computeIfAbsent(node.id(), k -> new LinkedHashMap<>()).put(param, value);
    return Optional.empty();
  }

  /** An input node whose value is empty but feeds a required port. */
  private List<String> emptyRequiredInputs(
      Map<String, Map<String, JsonNode>> values, Map<String, CheckedInputs.Upload> uploads) {
    List<String> out = new ArrayList<>();
    for (DeployedGraph.Node n : graph.nodes()) {
      if (!n.isInput()) {
        continue;
      }
      Optional<String> param = valueParam(n);
      if (param.isEmpty()) {
        continue;
      }
      String target = n.id() + "." + param.get();
      JsonNode given = values.getOrDefault(n.id(), Map.of()).get(param.get());
      JsonNode current = given != null ? given : n.params().get(param.get());
      boolean empty = current == null || current.isNull() || current.asText().isBlank();
      if (!empty || uploads.containsKey(target)) {
        continue;
      }
      for (DeployedGraph.Edge e : graph.outgoing(n.id())) {
        if (graph.inputPortRequired(e.target(), e.targetPort(), catalog)) {
          String what = mediaKind(n).map(k -> "URL|FILE").orElse("VALUE");
          out.add("input " + target + (n.label().isEmpty() ? "" : " (" + n.label() + ")")
              + " is empty but feeds the required input " + e.target() + "." + e.targetPort()
              + "; pass --input " + target + "=" + what);
          break;
        }
      }
    }
    return out;
  }

  /** The param an input node's value goes to when {@code NODE=VALUE} names none. */
  Optional<String> valueParam(DeployedGraph.Node node) {
    if (!node.isInput()) {
      return Optional.empty();
    }
    Optional<NodeType> type = catalog.find(node.nodeType());
    for (String p : VALUE_PARAMS) {
      if (type.isPresent() ? type.get().param(p).isPresent() : node.params().has(p)) {
        return Optional.of(p);
      }
    }
    return type.flatMap(t -> t.params().stream()
        .filter(p -> p.type() == ParamType.STRING).map(ParamSpec::name).findFirst());
  }

  /**
   * Whether an input node's value is media: one of its output ports is an image, video or audio
   * port, or an edge carries it into one (a text URL into {@code image_url}).
   */
  private Optional<PortType> mediaKind(DeployedGraph.Node node) {
    if (!node.isInput()) {
      return Optional.empty();
    }
    for (DeployedGraph.Edge e : graph.outgoing(node.id())) {
      Optional<PortType> into = graph.inputPortType(e.target(), e.targetPort(), catalog);
      if (into.isPresent() && MEDIA.contains(into.get())) {
        return into;
      }
      Optional<PortType> out =
          catalog.find(node.nodeType()).flatMap(t -> t.output(e.sourcePort())).map(PortSpec::type);
      if (out.isPresent() && MEDIA.contains(out.get())) {
        return out;
      }
    }
    return Optional.empty();
  }

  private String feeds(DeployedGraph.Node node) {
    List<String> targets = new ArrayList<>();
    for (DeployedGraph.Edge e : graph.outgoing(node.id())) {
      String t = e.target() + "." + e.targetPort();
      graph.inputPortType(e.target(), e.targetPort(), catalog)
          .ifPresent(pt -> targets.add(t + " (" + pt + ")"));
    }
    return String.join(", ", targets);
  }

  private String portNotParam(DeployedGraph.Node node, String port) {
    List<String> sources = new ArrayList<>();
    for (DeployedGraph.Edge e : graph.incoming(node.id())) {
      if (e.targetPort().equals(port)) {
        sources.add(e.source() + "." + e.sourcePort());
      }
    }
    if (sources.isEmpty()) {
      return "'" + port + "' is an input port of " + node.describe()
          + ", not a param, and nothing is wired into it; wire an input node into it";
    }
    return "'" + port + "' is an input port of " + node.describe() + ", fed by "
        + String.join(", ", sources) + "; set the value at its source: --input "
        + sources.get(0) + "=VALUE";
  }

  private static String kindWord(PortType t) {
    return t.name().toLowerCase(Locale.ROOT);
  }

  static boolean isWebUrl(String s) {
    String lower = s.strip().toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return false;
    }
    try {
      URI u = new URI(s.strip());
      return u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private List<String> nodeIds() {
    return graph.nodes().stream().map(DeployedGraph.Node::id).toList();
  }

  private static List<String> paramNames(NodeType t) {
    return t.params().stream().map(ParamSpec::name).toList();
  }

  private String paramList(DeployedGraph.Node node) {
    Optional<NodeType> t = catalog.find(node.nodeType());
    if (t.isEmpty() || t.get().params().isEmpty()) {
      return "";
    }
    return "; params of " + node.nodeType() + ": " + String.join(", ", paramNames(t.get()));
  }

  private static String fieldNames(JsonNode o) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return String.join(", ", names);
  }

  private static String didYouMean(String found, List<String> known) {
    return Suggestions.closest(found, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }
}
