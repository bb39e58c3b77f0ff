/**
 * Reading YAML with source positions: {@link dev.wireform.dsl.yaml.YamlWorkflowReader} turns a
 * workflow file into a {@link dev.wireform.dsl.model.Workflow}; {@link
 * dev.wireform.dsl.yaml.YamlDocument} and {@link dev.wireform.dsl.yaml.Fields} are the strict,
 * bounded YAML layer the workflow, catalog and project readers share. The format is described in
 * {@code docs/yaml.md}.
 *
 * <pre>{@code
 * Diagnostics diagnostics = new Diagnostics();
 * Optional<Workflow> wf = YamlWorkflowReader.read("workflows/a.yaml", bytes, diagnostics);
 * diagnostics.sorted().forEach(System.out::println);
 * }</pre>
 *
 * <p>Parameters and return values are never null unless documented otherwise.
 */
package dev.wireform.dsl.yaml;
