/**
 * Many agencies at once, for researchers: the wide assessment sheet (one CSV row per agency and year,
 * one column per indicator code) read into assessments and written back, score cards as rows of a
 * {@link io.github.spbe4j.core.table.Table} that prints, sorts and writes spreadsheet-safe CSV, and
 * {@link io.github.spbe4j.core.table.Statistics} over {@code BigDecimal} columns. docs/research.md
 * describes the formats.
 */
@NullMarked
@Provisional("an early package: the sheet's columns and the table's methods may still change before 1.0")
package io.github.spbe4j.core.table;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
