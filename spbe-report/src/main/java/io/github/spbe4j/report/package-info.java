/**
 * Reports of an assessment: {@link io.github.spbe4j.report.Report} turns a score card into a
 * self-contained HTML page (index and predikat, a chart of the aspect and domain indices, a chart of
 * what each indicator's next level adds, the indicator table), the same content as Markdown, and the
 * indicator table as CSV; in English or Bahasa Indonesia ({@link io.github.spbe4j.report.Language}).
 * Further sections plug in through {@link io.github.spbe4j.report.ReportSection}, written through
 * {@link io.github.spbe4j.report.HtmlOut} and {@link io.github.spbe4j.report.MarkdownOut}, which escape
 * every text they are given.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: the report and its sections are new and may still change")
package io.github.spbe4j.report;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
