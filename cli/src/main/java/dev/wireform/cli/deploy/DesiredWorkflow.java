package dev.wireform.cli.deploy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wireform.compiler.CompiledWorkflow;
import dev.wireform.dsl.diag.SourceMap;
import dev.wireform.dsl.model.Node;
import dev.wireform.dsl.model.Workflow;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A workflow as the code wants it on one environment: the compiled JSON with the name prefix and
 * the ownership marker applied, exactly the body a create would send.
 *
 * @param key the workflow's key
 * @param body the body to send (name prefixed, marker, protection and fingerprint tags added)
 * @param pinned ids of the nodes whose position the code pins
 * @param renamedFrom earlier keys, for renames in place
 * @param adoptId the id of an existing workflow to take over, if any
 * @param protect whether deleting it is refused (the workflow's own setting or the default)
 * @param source where it was declared
 */
public record DesiredWorkflow(
    String key,
    ObjectNode body,
    Set<String> pinned,
    List<String> renamedFrom,
    Optional<String> adoptId,
    boolean protect,
    SourceMap source) {

  public DesiredWorkflow {
    Objects.requireNonNull(key, "key == null");
    body = body.deepCopy();
    pinned = Set.copyOf(pinned);
    renamedFrom = List.copyOf(renamedFrom);
    Objects.requireNonNull(adoptId, "adoptId == null");
    Objects.requireNonNull(source, "source == null");
  }

  @Override
  public ObjectNode body() {
    return body.deepCopy();
  }

  public String name() {
    return Json.text(body, "name", "");
  }

  /**
   * Prepares a compiled workflow for {@code target}: prefixes its name and adds the ownership
   * tags. User tags that start with {@code wireform:} are dropped here; the {@link Planner}
   * reports them as errors.
   */
  public static DesiredWorkflow of(
      CompiledWorkflow compiled, DeployTarget target, Normalizer normalizer) {
    Workflow source = compiled.source();
    ObjectNode body = Json.parseObject(compiled.json());
    body.put("name", target.namePrefix() + Json.text(body, "name", source.name()));
    boolean protect = target.protect(source.protect());
    Set<String> pinned = new LinkedHashSet<>();
    for (Node n : source.nodes()) {
      if (n.position().isPresent()) {
        pinned.add(n.id());
      }
    }
    withTags(body, Json.strings(body.get("tags")), target.marker(compiled.key()), protect,
        normalizer);
    return new DesiredWorkflow(
        compiled.key(),
        body,
        pinned,
        source.renamedFrom(),
        source.adoptId(),
        protect,
        source.source());
  }

  /**
   * Sets the tags of {@code body} to the user's tags plus the marker, the protection tag and the
   * fingerprint of the resulting content; reserved tags among {@code userTags} are dropped.
   */
  static void withTags(
      ObjectNode body, List<String> userTags, Marker marker, boolean protect, Normalizer n) {
    ArrayNode tags = body.putArray("tags");
    Marker.userTags(userTags).stream().distinct().forEach(tags::add);
    marker.tags().forEach(tags::add);
    if (protect) {
      tags.add(Marker.PROTECTED);
    }
    tags.add(Marker.HASH + n.fingerprint(body));
  }
}
