package dev.wireform.dsl.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.wireform.dsl.diag.Diagnostic;
import dev.wireform.dsl.diag.Diagnostics;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.diag.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * One YAML file read into a {@link YamlNode} tree in which every key and value keeps its 1-based
 * line:col, with a {@link SourceMap} of every key and value under its JSON Pointer.
 *
 * <p>Reading is strict and bounded, and never throws for any input: a file over 1 MiB, nesting
 * deeper than 64, aliases that expand beyond 10,000 values ({@code InputTooLarge}), non-UTF-8 or
 * binary bytes ({@code InvalidEncoding}) and YAML syntax errors ({@code YamlSyntax}) end reading
 * with a diagnostic; duplicate keys ({@code DuplicateKey}), merge keys and plain scalars that YAML
 * 1.1 reads differently from YAML 1.2 ({@code AmbiguousScalar}: {@code yes}, {@code off}, {@code
 * 0755}, {@code 1_000}, {@code 1:20:30}, {@code 1.10}, ...) are reported and reading goes on. Plain
 * scalars resolve as in YAML 1.2's core schema: integers to {@link Long} (an exact {@link
 * java.math.BigDecimal} beyond 64 bits), other numbers to an exact {@code BigDecimal}, {@code
 * true}/{@code false} to {@link Boolean}, {@code null}, {@code ~} and an empty value to {@code
 * null}; quoted and block scalars are always strings.
 *
 * <p>This is the one place that calls Jackson's YAML parser; wireform's workflow, catalog and
 * project readers build on it.
 */
public final class YamlDocument {
  static final int MAX_DEPTH = 64;
  static final int MAX_ALIAS_VALUES = 10_000;
  static final int MAX_PROBLEMS = 1_000;

  private static final YAMLFactory FACTORY = factory();
  private static final String TAG_STR = "tag:yaml.org,2002:str";

  private final String file;
  private final YamlNode root;
  private final SourceMap sourceMap;

  private YamlDocument(String file, YamlNode root, SourceMap sourceMap) {
    this.file = file;
    this.root = root;
    this.sourceMap = sourceMap;
  }

  /**
   * Reads {@code content} as one YAML document, adding every problem to {@code diagnostics}.
   *
   * @param displayPath the file's path as diagnostics show it
   * @return the document, or empty when the content cannot be read as YAML at all (the reason is in
   *     {@code diagnostics}); a document is also returned when non-fatal problems, such as
   *     duplicate keys, were reported
   */
  public static Optional<YamlDocument> parse(
      String displayPath, byte[] content, Diagnostics diagnostics) {
    Objects.requireNonNull(displayPath, "displayPath == null");
    Objects.requireNonNull(content, "content == null");
    Objects.requireNonNull(diagnostics, "diagnostics == null");
    List<Diagnostic> found = new ArrayList<>();
    Optional<SourceText> text = SourceText.decode(displayPath, content, found::add);
    if (text.isEmpty()) {
      diagnostics.addAll(found);
      return Optional.empty();
    }
    SourceMap.Builder map = SourceMap.builder(displayPath).lines(text.get().lines());
    SourceMap snippets = map.build();
    Walker walker = new Walker(displayPath, text.get(), snippets);
    Optional<YamlNode> root = walker.read();
    walker.problems.forEach(d -> diagnostics.add(snippets.at(d)));
    if (walker.fatal) {
      return Optional.empty();
    }
    root.ifPresent(r -> record(map, "", r, 0));
    return Optional.of(new YamlDocument(displayPath, root.orElse(null), map.build()));
  }

  /** The file's display path. */
  public String file() {
    return file;
  }

  /** The document's root value, or empty when the file holds no document (empty or comments). */
  public Optional<YamlNode> root() {
    return Optional.ofNullable(root);
  }

  /** Every key and value's position under its JSON Pointer, plus the file's lines. */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  /** An error at {@code position} with the source line as snippet and {@code fix}. */
  public Diagnostic error(String id, SourcePosition position, String message, String fix) {
    return sourceMap.at(Diagnostic.error(id, position, message).withFix(fix));
  }

  private static void record(SourceMap.Builder map, String pointer, YamlNode node, int depth) {
    map.value(pointer, node.position().line(), node.position().column());
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node instanceof YamlNode.Mapping m) {
      for (YamlNode.Entry e : m.entries()) {
        String p = pointer + "/" + SourceMap.segment(e.key());
        map.key(p, e.keyPosition().line(), e.keyPosition().column());
        record(map, p, e.value(), depth + 1);
      }
    } else if (node instanceof YamlNode.Sequence s) {
      for (int i = 0; i < s.items().size(); i++) {
        record(map, pointer + "/" + i, s.items().get(i), depth + 1);
      }
    }
  }

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    // Our own limits (checked while walking tokens) are tighter; these are a second fence.
    options.setCodePointLimit(2 * SourceText.MAX_BYTES);
    options.setNestingDepthLimit(4 * MAX_DEPTH);
    options.setMaxAliasesForCollections(MAX_ALIAS_VALUES);
    options.setAllowDuplicateKeys(true); // duplicates are reported by the walker, with positions
    // Built with the builder, the factory has no parser features: an empty value comes back as
    // "" (not null). The walker resolves plain scalars itself, so that trap does not apply.
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(4 * MAX_DEPTH).build())
        .build();
  }

  /** Thrown inside the walker to stop reading; the diagnostic is already recorded. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  /** A subtree with its size (values) and height, for alias and depth accounting. */
  private record Built(YamlNode node, long size, int height) {}

  /** Walks Jackson's token stream once, building the tree. */
  private static final class Walker {
    private final String file;
    private final SourceText text;
    private final SourceMap snippets;
    private final Map<String, Built> anchors = new HashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private long aliasValues;
    private boolean fatal;
    private YAMLParser parser;

    Walker(String file, SourceText text, SourceMap snippets) {
      this.file = file;
      this.text = text;
      this.snippets = snippets;
    }

    Optional<YamlNode> read() {
      try (YAMLParser p = (YAMLParser) FACTORY.createParser(text.text())) {
        parser = p;
        JsonToken first = p.nextToken();
        if (first == null) {
          return Optional.empty();
        }
        Built root = value(first, 1);
        JsonToken next = p.nextToken();
        if (next != null) {
          problems.add(
              Diagnostic.error(
                      "YamlSyntax",
                      position(p.currentTokenLocation()),
                      "the file holds a second YAML document; expected exactly one")
                  .withFix("remove the '---' line and what follows, or move it to its own file"));
        }
        return Optional.of(root.node());
      } catch (Stop stop) {
        fatal = true;
        return Optional.empty();
      } catch (IOException | RuntimeException e) {
        problems.add(syntaxError(e));
        fatal = true;
        return Optional.empty();
      }
    }

    private Built value(JsonToken token, int depth) throws IOException {
      SourcePosition at = position(parser.currentTokenLocation());
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        if (depth > MAX_DEPTH) {
          problems.add(
              Diagnostic.error(
                      "InputTooLarge",
                      at,
                      "values are nested more than " + MAX_DEPTH + " levels deep here")
                  .withFix(
                      "flatten the structure; wireform reads at most "
                          + MAX_DEPTH
                          + " levels of nesting"));
          throw new Stop();
        }
        String anchor = parser.getObjectId();
        Built built = token == JsonToken.START_OBJECT ? mapping(at, depth) : sequence(at, depth);
        if (anchor != null) {
          anchors.put(anchor, built);
        }
        return built;
      }
      if (parser.isCurrentAlias()) {
        return alias(parser.getText(), at, depth);
      }
      String raw = parser.getText();
      Properties props = properties(at);
      Object value;
      String tag = parser.getTypeId();
      if (props.quoted() || TAG_STR.equals(tag) || "!".equals(tag)) {
        value = raw;
      } else {
        ScalarResolver.Resolved resolved = ScalarResolver.resolve(raw);
        value = resolved.value();
        if (resolved.yaml11().isPresent()) {
          problem(ambiguous(at, raw, resolved.yaml11().get()));
        }
      }
      Built built = new Built(new YamlNode.Scalar(at, value, raw == null ? "" : raw), 1, 0);
      if (props.anchor() != null) {
        anchors.put(props.anchor(), built);
      }
      return built;
    }

    private Built mapping(SourcePosition at, int depth) throws IOException {
      Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
      long size = 1;
      int height = 0;
      JsonToken t;
      while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
        if (t != JsonToken.FIELD_NAME) {
          throw new IOException("unexpected " + t + " in a mapping");
        }
        String key = parser.currentName();
        key = key == null ? "" : key;
        SourcePosition keyAt = position(parser.currentTokenLocation());
        Built child = value(parser.nextToken(), depth + 1);
        size += child.size();
        height = Math.max(height, child.height() + 1);
        YamlNode.Entry first = entries.get(key);
        if (first != null) {
          problem(
              Diagnostic.error(
                      "DuplicateKey",
                      keyAt,
                      "key '"
                          + Messages.clip(key)
                          + "' appears twice in this mapping; the first"
                          + " is on line "
                          + first.keyPosition().line())
                  .withFix(
                      "remove one of the two; YAML keeps only one, so wireform refuses to guess"
                          + " which you meant"));
        } else if (key.equals("<<") && !properties(keyAt).quoted()) {
          problem(
              Diagnostic.error(
                      "InvalidValue",
                      keyAt,
                      "YAML merge keys ('<<') are not supported; found '<<' here")
                  .withFix("write the merged fields out in full"));
        } else {
          entries.put(key, new YamlNode.Entry(key, keyAt, child.node()));
        }
      }
      return new Built(new YamlNode.Mapping(at, new ArrayList<>(entries.values())), size, height);
    }

    private Built sequence(SourcePosition at, int depth) throws IOException {
      List<YamlNode> items = new ArrayList<>();
      long size = 1;
      int height = 0;
      JsonToken t;
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
        Built child = value(t, depth + 1);
        size += child.size();
        height = Math.max(height, child.height() + 1);
        items.add(child.node());
      }
      return new Built(new YamlNode.Sequence(at, items), size, height);
    }

    /** Records a problem that does not stop reading, up to a bound. */
    private void problem(Diagnostic d) {
      problems.add(d);
      if (problems.size() >= MAX_PROBLEMS) {
        problems.add(
            Diagnostic.error(
                    "InputTooLarge",
                    d.position(),
                    "the file has more than " + MAX_PROBLEMS + " problems; reading stopped here")
                .withFix("fix the problems shown and run again"));
        throw new Stop();
      }
    }

    private Built alias(String name, SourcePosition at, int depth) {
      Built target = anchors.get(name);
      if (target == null) {
        problems.add(
            Diagnostic.error(
                    "YamlSyntax",
                    at,
                    "alias '*" + Messages.clip(name) + "' refers to no anchor defined before it")
                .withFix(
                    "define '&"
                        + Messages.clip(name)
                        + "' on a value above this line, or"
                        + " write the value out"));
        throw new Stop();
      }
      aliasValues += target.size();
      if (aliasValues > MAX_ALIAS_VALUES) {
        problems.add(
            Diagnostic.error(
                    "InputTooLarge",
                    at,
                    "aliases expand to more than " + MAX_ALIAS_VALUES + " values in this file")
                .withFix(
                    "write the values out instead of repeating large anchors through"
                        + " aliases"));
        throw new Stop();
      }
      if (depth + target.height() > MAX_DEPTH) {
        problems.add(
            Diagnostic.error(
                    "InputTooLarge",
                    at,
                    "alias '*"
                        + Messages.clip(name)
                        + "' nests values more than "
                        + MAX_DEPTH
                        + " levels deep")
                .withFix(
                    "flatten the structure; wireform reads at most "
                        + MAX_DEPTH
                        + " levels of nesting"));
        throw new Stop();
      }
      return new Built(retarget(target.node(), at), target.size(), target.height());
    }

    /** The aliased value, positioned at the alias itself (its children keep the anchor's). */
    private static YamlNode retarget(YamlNode node, SourcePosition at) {
      if (node instanceof YamlNode.Mapping m) {
        return new YamlNode.Mapping(at, m.entries());
      }
      if (node instanceof YamlNode.Sequence s) {
        return new YamlNode.Sequence(at, s.items());
      }
      YamlNode.Scalar s = (YamlNode.Scalar) node;
      return new YamlNode.Scalar(at, s.value(), s.text());
    }

    private Diagnostic ambiguous(SourcePosition at, String raw, String reading) {
      String shown = Messages.clip(raw);
      String fix;
      if (reading.startsWith("the boolean")) {
        fix =
            "write "
                + reading.substring("the boolean ".length())
                + " for a boolean, or quote it ('"
                + shown
                + "') for a string";
      } else {
        fix = "quote it ('" + shown + "') for a string, or write the number plainly";
      }
      return Diagnostic.error(
              "AmbiguousScalar",
              at,
              "unquoted '" + shown + "' is ambiguous: YAML 1.1 reads it as " + reading)
          .withFix(fix);
    }

    private SourcePosition position(JsonLocation location) {
      if (location == null || location.getLineNr() < 1) {
        return SourcePosition.file(file);
      }
      return new SourcePosition(file, location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }

    private record Properties(String anchor, boolean quoted) {}

    /**
     * Looks at the source where a scalar starts: skips its anchor ({@code &a}) and tag, then tells
     * whether the scalar is quoted or a block scalar, i.e. not plain.
     */
    private Properties properties(SourcePosition at) {
      int line = at.line();
      int col = at.column();
      String anchor = null;
      for (int budget = 0; budget < 4096; budget++) {
        int c = text.codePointAt(line, col);
        if (c == ' ' || c == '\t') {
          col++;
        } else if (c == '\n' || c == '#') {
          line++;
          col = 1;
        } else if (c == '&' || c == '!') {
          int start = col;
          StringBuilder name = new StringBuilder();
          col++;
          int n;
          while ((n = text.codePointAt(line, col)) > ' ' && ",[]{}".indexOf(n) < 0) {
            name.appendCodePoint(n);
            col++;
          }
          if (c == '&') {
            anchor = name.toString();
          }
          if (col == start) {
            break;
          }
        } else {
          return new Properties(anchor, c == '\'' || c == '"' || c == '|' || c == '>');
        }
      }
      return new Properties(anchor, false);
    }

    private Diagnostic syntaxError(Exception e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
          Mark mark = m.getProblemMark();
          String problem = String.valueOf(m.getProblem());
          String startedAt =
              m.getContextMark() == null
                  ? ""
                  : (m.getContextMark().getLine() + 1) + ":" + (m.getContextMark().getColumn() + 1);
          return Diagnostic.error(
                  "YamlSyntax",
                  new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1),
                  "invalid YAML: " + describe(problem, m.getContext(), startedAt))
              .withFix(syntaxFix(problem, m.getContext()));
        }
      }
      if (e instanceof JsonProcessingException j && j.getLocation() != null) {
        return Diagnostic.error(
                "YamlSyntax", position(j.getLocation()), "invalid YAML: " + j.getOriginalMessage())
            .withFix(syntaxFix(String.valueOf(j.getOriginalMessage()), null));
      }
      return Diagnostic.error(
              "YamlSyntax",
              SourcePosition.file(file),
              "invalid YAML: "
                  + (e.getMessage() == null
                      ? e.getClass().getSimpleName()
                      : firstLine(e.getMessage())))
          .withFix(syntaxFix(String.valueOf(e.getMessage()), null));
    }

    /**
     * SnakeYAML's problem in the words of someone editing a workflow file, for the mistakes
     * people make most; anything else keeps SnakeYAML's wording and context.
     */
    static String describe(String problem, String context, String startedAt) {
      String ctx = context == null ? "" : context;
      String from = startedAt.isEmpty() ? "" : " that starts at " + startedAt;
      if (problem.startsWith("expected <block end>, but found")) {
        return "this line is not indented like the other keys of the mapping" + from;
      }
      if (problem.contains("end of stream") && ctx.contains("quoted scalar")) {
        return "the file ends inside the quoted string" + from;
      }
      if (problem.contains("<stream end>") && ctx.contains("flow mapping")) {
        return "the file ends inside the '{ ... }' mapping" + from;
      }
      if (problem.contains("<stream end>") && ctx.contains("flow sequence")) {
        return "the file ends inside the '[ ... ]' list" + from;
      }
      if (problem.contains("mapping values are not allowed")) {
        return "a ':' where no mapping may start (a value holding ': ', or a line indented too"
            + " far)";
      }
      if (problem.contains("TAB")) {
        return "a tab in the indentation";
      }
      return problem + (ctx.isEmpty() || startedAt.isEmpty() ? "" : " (" + ctx + " started at "
          + startedAt + ")");
    }

    private static String firstLine(String s) {
      int nl = s.indexOf('\n');
      return nl < 0 ? s : s.substring(0, nl);
    }

    private static String syntaxFix(String problem, String context) {
      String ctx = context == null ? "" : context;
      if (problem.contains("TAB") || problem.contains("'\\t'")) {
        return "indent with spaces: YAML does not allow tabs in indentation";
      }
      if (problem.contains("mapping values are not allowed")) {
        return "quote a value that contains ': ' (e.g. label: \"a: b\"), or fix this line's"
            + " indentation";
      }
      if (ctx.contains("quoted scalar")) {
        return "close the quoted string with the same quote character it starts with";
      }
      if (ctx.contains("flow")) {
        return "close the '[' or '{' with a matching ']' or '}', and separate items with ', '";
      }
      if (problem.contains("block end")
          || problem.contains("expected key")
          || problem.contains("expected ':'")) {
        return "check the indentation: the keys of one mapping must start in the same column";
      }
      return "fix the YAML syntax here; quoting a value that holds ':', '#', '{', '[', '*', '&'"
          + " or '!' often helps";
    }
  }
}
