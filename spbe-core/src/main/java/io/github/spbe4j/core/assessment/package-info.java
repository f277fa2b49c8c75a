/**
 * Assessments: what an agency records per indicator (a value, evidence items, or an external index
 * value), the evidence rule, and the evaluation stages.
 */
@NullMarked
package io.github.spbe4j.core.assessment;

import org.jspecify.annotations.NullMarked;
