/**
 * Evaluation frameworks as data: the tree of domains, aspects and indicators with exact weights,
 * the level scale and ladders, predikat bands, external-index conversions and provenance; the loader
 * and the registry of the national frameworks.
 */
@NullMarked
package io.github.spbe4j.core.framework;

import org.jspecify.annotations.NullMarked;
