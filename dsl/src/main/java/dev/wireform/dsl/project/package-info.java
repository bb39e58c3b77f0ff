/**
 * A wireform project on disk: {@link dev.wireform.dsl.project.ProjectFileReader} reads {@code
 * wireform.yaml} into a {@link dev.wireform.dsl.project.ProjectFile} with its {@link
 * dev.wireform.dsl.project.Environment}s and {@link dev.wireform.dsl.project.Policies}. See
 * {@code docs/yaml.md}, "The project file".
 *
 * <p>Parameters and return values are never null unless documented otherwise.
 */
package dev.wireform.dsl.project;
