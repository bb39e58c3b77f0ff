/**
 * The model-to-graph adapter: a {@link dev.wireform.compiler.graph.WorkflowGraph} resolves a
 * workflow's node types and wires against a catalog and exposes them as a JGraphT graph. It holds
 * no rules; the checks in {@code dev.wireform.compiler.check} do.
 *
 * <pre>{@code
 * WorkflowGraph g = WorkflowGraph.of(workflow, catalog);
 * g.graph().outgoingEdgesOf("input-1"); // wires leaving input-1
 * }</pre>
 */
package dev.wireform.compiler.graph;
