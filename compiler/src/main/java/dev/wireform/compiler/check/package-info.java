/**
 * The rules a workflow must follow, one {@link dev.wireform.compiler.check.Check} per class. A
 * check's class name is the ID of the diagnostics it reports, and {@code docs/errors/<ID>.md}
 * explains each with a broken example and its fix.
 *
 * <pre>{@code
 * Diagnostics out = new Diagnostics();
 * new Cycle().checkWorkflow(WorkflowGraph.of(workflow, catalog), out);
 * }</pre>
 */
package dev.wireform.compiler.check;
