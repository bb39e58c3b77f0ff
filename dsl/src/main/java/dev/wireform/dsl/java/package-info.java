/**
 * Workflows kept as {@code .java} files in a project: {@link
 * dev.wireform.dsl.java.JavaWorkflowLoader} compiles such a file in memory with the JDK's
 * compiler, loads it in a fresh class loader and calls its {@link
 * dev.wireform.dsl.WorkflowDefinition}. Every problem is a diagnostic, never an exception.
 *
 * <pre>{@code
 * Diagnostics diagnostics = new Diagnostics();
 * Optional<Workflow> wf =
 *     new JavaWorkflowLoader().load("workflows/product-photos.java", bytes, diagnostics);
 * }</pre>
 *
 * <p>Parameters and return values are never null unless documented otherwise.
 */
package dev.wireform.dsl.java;
