/**
 * Answers from score cards: what-if questions, comparisons of two assessments of one agency (two
 * years, or two stages such as the self-assessment and the final result), a series over years even
 * across frameworks, and the ranking of a set of agencies against the peer median and the national
 * index.
 *
 * <p>Every number is exact ({@link java.math.BigDecimal} from the engine's exact arithmetic); the
 * results are immutable records whose components are their JSON form.
 */
@NullMarked
@Provisional("new in 0.2: the result shapes may still change")
package io.github.spbe4j.core.analysis;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
