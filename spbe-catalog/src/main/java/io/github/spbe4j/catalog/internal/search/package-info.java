/**
 * The catalog's keyword search, internal to spbe-catalog and not exported by its module: the analysis
 * of Indonesian public-service text with its built-in abbreviations
 * ({@code abbreviations-id.tsv}, next to these classes) and an inverted index of weighted fields
 * ({@link io.github.spbe4j.catalog.internal.search.SearchIndex}). Nothing here knows the catalog's
 * model; the catalog turns its services into the index's documents. Classes are public only as far as
 * the catalog needs them. Nothing here is {@code null}.
 */
@NullMarked
package io.github.spbe4j.catalog.internal.search;

import org.jspecify.annotations.NullMarked;
