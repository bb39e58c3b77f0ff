/**
 * Auto layout: canvas positions for nodes that do not pin one, layered by topological depth.
 *
 * <pre>{@code
 * Map<String, Position> at = AutoLayout.positions(WorkflowGraph.of(workflow, catalog));
 * }</pre>
 */
package dev.wireform.compiler.layout;
