/**
 * The canonical Wireflow JSON writer: the exact body of {@code POST /workflows}, byte-identical
 * for the same workflow.
 *
 * <pre>{@code
 * WorkflowGraph g = WorkflowGraph.of(workflow, catalog);
 * String json = CanonicalJson.write(g, AutoLayout.positions(g));
 * }</pre>
 */
package dev.wireform.compiler.json;
