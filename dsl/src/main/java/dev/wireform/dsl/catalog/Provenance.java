package dev.wireform.dsl.catalog;

/** Where a catalog entry's facts come from, so users know how far to trust them. */
public enum Provenance {
  /** Stated by Wireflow's public docs, guides or official skill repository. */
  DOCUMENTED,
  /** Wireform's assumption where no public source gives the facts; override it if wrong. */
  ASSUMED,
  /** Declared by the user's project catalog file. */
  PROJECT
}
