package dev.wireform.dsl.yaml;

import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourcePosition;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.PortRef;
import dev.wireform.dsl.model.Position;
import dev.wireform.dsl.model.Workflow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a workflow YAML file ({@code docs/yaml.md}) into a {@link Workflow} whose {@link
 * Workflow#source() source map} locates every key and value.
 *
 * <pre>{@code
 * Diagnostics diagnostics = new Diagnostics();
 * Optional<Workflow> wf =
 *     YamlWorkflowReader.read("workflows/clarity-upscale.yaml", bytes, diagnostics);
 * }</pre>
 */
public final class YamlWorkflowReader {
  static final List<String> WORKFLOW_FIELDS =
      List.of("name", "description", "tags", "active", "nodes", "renamedFrom", "adopt", "protect");
  static final List<String> NODE_FIELDS = List.of("type", "label", "params", "inputs", "position");
  static final int MAX_DIAGNOSTICS = 200;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern REF = Pattern.compile("([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)");

  private YamlWorkflowReader() {}

  /**
   * Reads one workflow file. The workflow's key is the file name's stem ({@code
   * workflows/clarity-upscale.yaml} has key {@code clarity-upscale}). Never throws for any content:
   * every problem, all of them, goes into {@code diagnostics}.
   *
   * @param displayPath the file's path as diagnostics show it
   * @param content the file's bytes (UTF-8)
   * @return the workflow, or empty when the file cannot be turned into one; a workflow is still
   *     returned when only problems that lose nothing were found (unknown fields, duplicate keys,
   *     ambiguous scalars), so that later checks can report more in the same run
   */
  public static Optional<Workflow> read(
      String displayPath, byte[] content, Diagnostics diagnostics) {
    Objects.requireNonNull(displayPath, "displayPath == null");
    Objects.requireNonNull(content, "content == null");
    Objects.requireNonNull(diagnostics, "diagnostics == null");
    Diagnostics found = new Diagnostics();
    Optional<Workflow> workflow =
        YamlDocument.parse(displayPath, content, found)
            .flatMap(doc -> new Binder(doc, found).workflow(key(displayPath)));
    List<Diagnostic> sorted = found.sorted();
    if (sorted.size() <= MAX_DIAGNOSTICS) {
      diagnostics.addAll(sorted);
    } else {
      // A generated or hostile file can hold hundreds of thousands of problems; nobody reads
      // past the first screens, and printing them all could take minutes.
      diagnostics.addAll(sorted.subList(0, MAX_DIAGNOSTICS));
      diagnostics.add(
          Diagnostic.error(
                  "InputTooLarge",
                  SourcePosition.file(displayPath),
                  "the file has "
                      + sorted.size()
                      + " problems; only the first "
                      + MAX_DIAGNOSTICS
                      + " are shown")
              .withFix("fix the problems shown and run again"));
    }
    return workflow;
  }

  /** The file name without folders and without its last extension. */
  static String key(String displayPath) {
    String name =
        displayPath.substring(
            Math.max(displayPath.lastIndexOf('/'), displayPath.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Turns a document tree into a Workflow, reporting each shape problem. */
  private static final class Binder {
    private final YamlDocument doc;
    private final Diagnostics diagnostics;
    private boolean complete = true;

    Binder(YamlDocument doc, Diagnostics diagnostics) {
      this.doc = doc;
      this.diagnostics = diagnostics;
    }

    Optional<Workflow> workflow(String key) {
      Optional<YamlNode> root = doc.root();
      if (root.isEmpty() || Fields.isNull(root.get())) {
        diagnostics.add(
            doc.error(
                "MissingField",
                new SourcePosition(doc.file(), 1, 1),
                "the file is empty; expected a workflow with 'name' and 'nodes'",
                "start with 'name: <workflow name>' and a 'nodes:' mapping of node id to node;"
                    + " see docs/yaml.md"));
        return Optional.empty();
      }
      if (!(root.get() instanceof YamlNode.Mapping top)) {
        diagnostics.add(
            doc.error(
                "InvalidValue",
                root.get().position(),
                "a workflow file must hold a mapping with 'name' and 'nodes', found "
                    + root.get().describe(),
                "start with 'name: <workflow name>' and a 'nodes:' mapping of node id to node;"
                    + " see docs/yaml.md"));
        return Optional.empty();
      }
      Fields f = Fields.of(doc, top, "the workflow", WORKFLOW_FIELDS, diagnostics);
      Optional<String> name = f.requiredString("name", "add 'name: <the Wireflow workflow name>'");
      name.filter(String::isBlank)
          .ifPresent(
              n ->
                  f.invalid(
                      f.entry("name").orElseThrow().value(),
                      "'name' of the workflow must not be blank",
                      "write the Wireflow workflow name, e.g. name: ClarityAI Image Upscaler"));
      Workflow.Builder wf = Workflow.builder(key, name.orElse(""));
      f.string("description").ifPresent(wf::description);
      f.strings("tags", "write tags as a list, e.g. tags: [upscale, product]")
          .ifPresent(tags -> tags.forEach(wf::tag));
      f.bool("active").ifPresent(wf::active);
      f.strings("renamedFrom", "write earlier keys as a list, e.g. renamedFrom: [old-key]")
          .ifPresent(keys -> keys.forEach(wf::renamedFrom));
      f.mapping(
              "adopt",
              "a mapping with the 'id' of the Wireflow workflow to adopt",
              "write adopt: { id: <wireflow workflow id> }")
          .ifPresent(
              adopt ->
                  adoptId(adopt, f.entry("adopt").orElseThrow().keyPosition())
                      .ifPresent(wf::adoptId));
      f.bool("protect").ifPresent(wf::protect);
      f.required("nodes", "add 'nodes:' with one entry per node: <id>: { type: <nodeType> }");
      Optional<YamlNode.Mapping> nodes =
          f.mapping(
              "nodes",
              "a mapping of node id to node",
              "write each node as '<id>:' followed by its fields indented below, not as a"
                  + " '- ' list item");
      nodes.ifPresent(m -> m.entries().forEach(e -> node(e).ifPresent(wf::node)));
      if (!f.complete() || !complete || name.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(wf.source(doc.sourceMap()).build());
    }

    private Optional<String> adoptId(YamlNode.Mapping adopt, SourcePosition key) {
      Fields f = Fields.of(doc, adopt, "'adopt'", List.of("id"), diagnostics).missingAt(key);
      Optional<YamlNode.Entry> id = f.required("id", "write adopt: { id: <wireflow workflow id> }");
      Optional<String> out = Optional.empty();
      if (id.isPresent()) {
        // Ids are strings, but an all-digit id is naturally written unquoted.
        if (id.get().value() instanceof YamlNode.Scalar s && s.value() instanceof Long) {
          out = Optional.of(s.text());
        } else {
          out = f.string("id");
        }
      }
      complete &= f.complete();
      return out;
    }

    private Optional<Node> node(YamlNode.Entry e) {
      String id = e.key();
      boolean ok = true;
      if (!ID.matcher(id).matches()) {
        ok = false;
        String suggestion = id.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        diagnostics.add(
            doc.error(
                "InvalidNodeId",
                e.keyPosition(),
                id.isEmpty()
                    ? "node id is empty"
                    : "node id '"
                        + Messages.clip(id)
                        + "' holds characters other than letters,"
                        + " digits, '_' and '-'",
                suggestion.isEmpty()
                    ? "name the node with letters, digits, '_' and '-', e.g. 'upscale-1'"
                    : "rename it, e.g. '"
                        + Messages.clip(suggestion)
                        + "'; node ids are"
                        + " letters, digits, '_' and '-' (a '.' separates node and port)"));
      }
      String owner = "node '" + Messages.clip(id) + "'";
      if (!(e.value() instanceof YamlNode.Mapping m)) {
        if (Fields.isNull(e.value())) {
          diagnostics.add(
              doc.error(
                  "MissingField",
                  e.keyPosition(),
                  owner + " has no 'type'",
                  "add 'type: <nodeType>' indented below it, e.g."
                      + " type: process:clarityai_crystal_upscaler"));
        } else {
          diagnostics.add(
              doc.error(
                  "InvalidValue",
                  e.value().position(),
                  owner
                      + " must be a mapping with 'type' and its other fields, found "
                      + e.value().describe(),
                  "write the node's fields indented below its id, e.g. type: input:text"));
        }
        complete = false;
        return Optional.empty();
      }
      Fields f = Fields.of(doc, m, owner, NODE_FIELDS, diagnostics).missingAt(e.keyPosition());
      Optional<String> type =
          f.requiredString(
              "type", "add 'type: <nodeType>', e.g. type: process:clarityai_crystal_upscaler");
      Node.Builder node = Node.builder(id, type.orElse(""));
      f.string("label").ifPresent(node::label);
      f.mapping(
              "params",
              "a mapping of param name to value",
              "write params as 'name: value' entries, e.g. params: { scale_factor: 2 }")
          .ifPresent(p -> p.entries().forEach(pe -> node.param(pe.key(), pe.value().toJava())));
      f.mapping(
              "inputs",
              "a mapping of input port to 'node.port'",
              "write inputs as 'port: node.port' entries, e.g. inputs: { image_url: input-1.prompt"
                  + " }")
          .ifPresent(in -> inputs(owner, in, node));
      f.mapping(
              "position",
              "a mapping with numbers 'x' and 'y'",
              "write position: { x: 500, y: 0 }, or leave it out for auto layout")
          .flatMap(p -> position(owner, p, f.entry("position").orElseThrow().keyPosition()))
          .ifPresent(node::position);
      complete &= f.complete() && type.isPresent() && ok;
      return ok && type.isPresent() ? Optional.of(node.build()) : Optional.empty();
    }

    private void inputs(String owner, YamlNode.Mapping in, Node.Builder node) {
      for (YamlNode.Entry e : in.entries()) {
        String what = "input '" + Messages.clip(e.key()) + "' of " + owner;
        YamlNode v = e.value();
        if (v instanceof YamlNode.Sequence seq) {
          if (seq.items().isEmpty()) {
            invalid(
                v,
                what + " must name at least one 'node.port', found an empty list",
                "wire a source, e.g. " + e.key() + ": [input-1.prompt], or remove the input");
          }
          for (YamlNode item : seq.items()) {
            ref(what, item).ifPresent(r -> node.input(e.key(), r));
          }
        } else {
          ref(what, v).ifPresent(r -> node.input(e.key(), r));
        }
      }
    }

    private Optional<PortRef> ref(String what, YamlNode v) {
      if (!(v instanceof YamlNode.Scalar s) || !(s.value() instanceof String text)) {
        invalid(
            v,
            what + " must be 'node.port' or a list of them, found " + v.describe(),
            "write the source node's id and output port, e.g. input-1.prompt");
        return Optional.empty();
      }
      var m = REF.matcher(text);
      if (m.matches()) {
        return Optional.of(new PortRef(m.group(1), m.group(2)));
      }
      complete = false;
      String fix =
          text.contains(".")
              ? "node ids and port ids hold only letters, digits, '_' and '-'; write"
                  + " <node>.<port>, e.g. input-1.prompt"
              : "name the output port too: '"
                  + Messages.clip(text)
                  + ".<port>', e.g."
                  + " input-1.prompt";
      diagnostics.add(
          doc.error(
              "InvalidReference",
              v.position(),
              what
                  + " refers to '"
                  + Messages.clip(text)
                  + "', which is not of the form"
                  + " 'node.port'",
              fix));
      return Optional.empty();
    }

    private Optional<Position> position(String owner, YamlNode.Mapping p, SourcePosition key) {
      Fields f =
          Fields.of(doc, p, "'position' of " + owner, List.of("x", "y"), diagnostics)
              .missingAt(key);
      f.required("x", "write position: { x: 500, y: 0 }");
      f.required("y", "write position: { x: 500, y: 0 }");
      Optional<BigDecimal> x = f.number("x");
      Optional<BigDecimal> y = f.number("y");
      complete &= f.complete();
      if (x.isEmpty() || y.isEmpty()) {
        return Optional.empty();
      }
      double dx = x.get().doubleValue();
      double dy = y.get().doubleValue();
      if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
        invalid(
            p,
            "'position' of " + owner + " is too large",
            "use pixel coordinates such as" + " x: 500, y: 0");
        return Optional.empty();
      }
      return Optional.of(new Position(dx, dy));
    }

    private void invalid(YamlNode at, String message, String fix) {
      complete = false;
      diagnostics.add(doc.error("InvalidValue", at.position(), message, fix));
    }
  }
}
