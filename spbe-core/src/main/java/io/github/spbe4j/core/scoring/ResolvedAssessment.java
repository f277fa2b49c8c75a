package io.github.spbe4j.core.scoring;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An assessment checked against its framework, with every indicator's value settled: the form the
 * engine scores, and the form to vary for what-if questions without checking everything again.
 *
 * <pre>{@code
 * ResolvedAssessment base = scorer.resolve(assessment);
 * ScoreCard whatIf = scorer.score(base.with("12", BigDecimal.valueOf(4)));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResolvedAssessment {

    /**
     * Where an indicator's value came from.
     *
     * @since 0.1.0
     */
    public enum Origin {
        /** Given directly. */
        VALUE,
        /** Proven by evidence items. */
        EVIDENCE,
        /** Converted from an external index. */
        EXTERNAL;

        /**
         * Returns the lower-case id used in JSON.
         *
         * @return the id
         */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    final Scorer scorer;
    private final Assessment assessment;
    final long[] values;
    private final boolean[] notYetIndicated;
    private final Origin[] origins;
    private final @Nullable String[] reasons;

    ResolvedAssessment(Scorer scorer, Assessment assessment, long[] values, boolean[] notYetIndicated, Origin[] origins,
            @Nullable String[] reasons) {
        this.scorer = scorer;
        this.assessment = assessment;
        this.values = values;
        this.notYetIndicated = notYetIndicated;
        this.origins = origins;
        this.reasons = reasons;
    }

    /**
     * Returns the assessment resolved.
     *
     * @return the assessment
     */
    public Assessment assessment() {
        return assessment;
    }

    /**
     * Returns the framework it was resolved against.
     *
     * @return the framework
     */
    public Framework framework() {
        return scorer.framework();
    }

    /**
     * Returns an indicator's value; empty when it is not yet indicated.
     *
     * @param code the indicator's code
     * @return the value
     * @throws InvalidAssessmentException if the framework has no such indicator
     */
    public Optional<BigDecimal> value(String code) {
        int i = index(code);
        return notYetIndicated[i] ? Optional.empty() : Optional.of(BigDecimal.valueOf(values[i], scorer.framework().scale().decimals()));
    }

    /**
     * Tells whether an indicator is not yet indicated (its evidence proves no level).
     *
     * @param code the indicator's code
     * @return true when not yet indicated
     */
    public boolean isNotYetIndicated(String code) {
        return notYetIndicated[index(code)];
    }

    /**
     * Returns where an indicator's value came from.
     *
     * @param code the indicator's code
     * @return the origin
     */
    public Origin origin(String code) {
        return origins[index(code)];
    }

    /**
     * Returns why an indicator is not yet indicated.
     *
     * @param code the indicator's code
     * @return the reason, when not yet indicated
     */
    public Optional<String> notYetIndicatedReason(String code) {
        return Optional.ofNullable(reasons[index(code)]);
    }

    /**
     * Returns the codes of the indicators that are not yet indicated, in tree order.
     *
     * @return the codes
     */
    public List<String> notYetIndicated() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < notYetIndicated.length; i++) {
            if (notYetIndicated[i]) {
                codes.add(scorer.compiled.indicators.get(i).code());
            }
        }
        return List.copyOf(codes);
    }

    /**
     * Returns a copy with one indicator's value replaced (a what-if), checked against the scale; its
     * {@link #assessment()} records the new value.
     *
     * @param code the indicator's code
     * @param value the new value
     * @return the copy
     * @throws InvalidAssessmentException if the value is off the scale or too precise
     */
    public ResolvedAssessment with(String code, BigDecimal value) {
        Objects.requireNonNull(value, "value");
        int i = index(code);
        List<Problem> problems = new ArrayList<>();
        long v = scorer.compiled.units(code, "values", value, "value", problems);
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(assessment.toString(), problems);
        }
        long[] newValues = values.clone();
        boolean[] newNotYet = notYetIndicated.clone();
        Origin[] newOrigins = origins.clone();
        String[] newReasons = reasons.clone();
        newValues[i] = v;
        newNotYet[i] = false;
        newOrigins[i] = Origin.VALUE;
        newReasons[i] = null;
        return new ResolvedAssessment(scorer, assessment.with(code, new IndicatorInput.Value(value)), newValues, newNotYet,
                newOrigins, newReasons);
    }

    boolean notYet(int i) {
        return notYetIndicated[i];
    }

    Origin origin(int i) {
        return origins[i];
    }

    private int index(String code) {
        Objects.requireNonNull(code, "code");
        int i = scorer.compiled.indexOf(code);
        if (i < 0) {
            throw new InvalidAssessmentException(Problem.of("values." + Text.clean(code), "KnownIndicator", "unknown indicator code "
                    + Text.clean(code) + " for framework " + scorer.framework().id(), Text.quote(code)));
        }
        return i;
    }

    @Override
    public String toString() {
        return "resolved " + assessment;
    }
}
