/**
 * The compiler facade: {@link dev.wireform.compiler.Compiler} checks workflows and compiles the
 * valid ones to canonical Wireflow JSON; {@link dev.wireform.compiler.DiagnosticFormatter}
 * renders its diagnostics for people.
 *
 * <pre>{@code
 * Compilation c = new Compiler(catalog).compile(List.of(workflow));
 * }</pre>
 */
package dev.wireform.compiler;
