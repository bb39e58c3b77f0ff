package dev.wireform.dsl.catalog;

/** The value type of a node param. */
public enum ParamType {
  /** Any string. */
  STRING,
  /** A whole number, optionally bounded by min/max. */
  INTEGER,
  /** Any number, optionally bounded by min/max. */
  NUMBER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** One of a fixed list of strings. */
  ENUM,
  /** Any JSON value (objects such as a scene graph); not checked further. */
  JSON
}
