package io.github.spbe4j.core.scoring;

import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.PredikatBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of scoring one assessment: the exact index of the whole and of every group, the index
 * rounded for display (half-up, two decimals), the predikat, and each indicator's contribution and
 * headroom.
 *
 * <p>All numbers are exact {@link BigDecimal}s computed from exact integers, never from a
 * {@code double}; compare them with {@code compareTo}, as their scale may differ. With the fraction
 * weights a custom framework may use (such as {@code 10/3}), an unrounded index without a finite
 * decimal form is given to 34 significant digits, and the rounded index is still rounded from the
 * exact value.
 *
 * <p>Two cards are equal when they score equal assessments against equal frameworks with equal
 * options. Immutable and thread-safe; values are computed when asked for.
 *
 * @since 0.1.0
 */
public final class ScoreCard {

    private final Scorer scorer;
    private final CompiledFramework compiled;
    private final ResolvedAssessment resolved;
    /** Σ weight × value over all indicators, in units of 1/(totalWeight × valueUnit) of the index. */
    private final long total;

    ScoreCard(Scorer scorer, ResolvedAssessment resolved, long total) {
        this.scorer = scorer;
        this.compiled = scorer.compiled;
        this.resolved = resolved;
        this.total = total;
    }

    /**
     * Returns the framework.
     *
     * @return the framework
     */
    public Framework framework() {
        return scorer.framework();
    }

    /**
     * Returns the options scored with.
     *
     * @return the options
     */
    public ScoringOptions options() {
        return scorer.options();
    }

    /**
     * Returns the assessment scored.
     *
     * @return the assessment
     */
    public Assessment assessment() {
        return resolved.assessment();
    }

    /**
     * Returns the resolved assessment scored, to vary for what-if questions.
     *
     * @return the resolved assessment
     */
    public ResolvedAssessment resolved() {
        return resolved;
    }

    /**
     * Returns the exact, unrounded index: Σ(weight × value) / 100 over all indicators.
     *
     * @return the index
     */
    public BigDecimal index() {
        long denominator = compiled.indexDenominator();
        return compiled.rootScale >= 0 ? Exact.scaled(total, denominator, compiled.rootScale) : Exact.decimal(total, denominator);
    }

    /**
     * Returns the index rounded half-up to two decimals, as published.
     *
     * @return the rounded index, scale 2
     */
    public BigDecimal indexRounded() {
        return Exact.rounded(total, compiled.indexDenominator());
    }

    /**
     * Returns the predikat, read from the rounded or unrounded index as the options say.
     *
     * @return the predikat band
     */
    public PredikatBand predikat() {
        return scorer.framework().predikatFor(
                scorer.options().predikatReading() == PredikatReading.ROUNDED ? indexRounded() : index());
    }

    /**
     * Returns the score of every group, in tree order (a parent before its children).
     *
     * @return the group scores
     */
    public List<NodeScore> nodes() {
        List<NodeScore> out = new ArrayList<>(compiled.groups.size());
        for (int g = 0; g < compiled.groups.size(); g++) {
            out.add(nodeScore(g));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the score of one group.
     *
     * @param code the group's code, e.g. {@code "D2"} or {@code "A7"}
     * @return the score, if the framework has such a group
     */
    public Optional<NodeScore> node(String code) {
        Objects.requireNonNull(code, "code");
        for (int g = 0; g < compiled.groups.size(); g++) {
            if (compiled.groups.get(g).code().equals(code)) {
                return Optional.of(nodeScore(g));
            }
        }
        return Optional.empty();
    }

    private NodeScore nodeScore(int g) {
        Group group = compiled.groups.get(g);
        long sum = compiled.weightedSum(resolved.values, compiled.groupStart[g], compiled.groupEnd[g]);
        long denominator = compiled.groupWeight[g] * compiled.valueUnit;
        return new NodeScore(group, compiled.groupDepth[g], Exact.decimal(sum, denominator), Exact.rounded(sum, denominator),
                Exact.decimal(sum, compiled.indexDenominator()));
    }

    /**
     * Returns the score of every indicator, in tree order.
     *
     * @return the indicator scores
     */
    public List<IndicatorScore> indicators() {
        int n = resolved.values.length;
        List<IndicatorScore> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(indicatorScore(i));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the score of one indicator.
     *
     * @param code the indicator's code
     * @return the score, if the framework has such an indicator
     */
    public Optional<IndicatorScore> indicator(String code) {
        int i = compiled.indexOf(Objects.requireNonNull(code, "code"));
        return i < 0 ? Optional.empty() : Optional.of(indicatorScore(i));
    }

    /**
     * Returns the indicators sorted by headroom, largest first (ties in tree order): how much each could
     * still add to the index at most. It is not a plan: the cheapest way to a target is
     * {@link io.github.spbe4j.core.plan.Planner}'s, which also weighs what each level step costs.
     *
     * @return the indicator scores
     */
    public List<IndicatorScore> byHeadroom() {
        List<IndicatorScore> all = new ArrayList<>(indicators());
        all.sort(Comparator.comparing(IndicatorScore::headroom).reversed());
        return List.copyOf(all);
    }

    /**
     * Returns the codes of the indicators that are not yet indicated; they add nothing to the index.
     *
     * @return the codes, empty when every indicator has a value
     */
    public List<String> notYetIndicated() {
        return resolved.notYetIndicated();
    }

    /**
     * Tells whether every indicator has a value on the scale.
     *
     * @return true when no indicator is not yet indicated
     */
    public boolean complete() {
        return notYetIndicated().isEmpty();
    }

    private IndicatorScore indicatorScore(int i) {
        Indicator indicator = compiled.indicators.get(i);
        long w = compiled.weights[i];
        long v = resolved.values[i];
        long denominator = compiled.indexDenominator();
        boolean notYet = resolved.notYet(i);
        Optional<BigDecimal> value = notYet ? Optional.empty() : Optional.of(BigDecimal.valueOf(v, scorer.framework().scale().decimals()));
        Optional<String> levelName = Optional.empty();
        if (!notYet && v % compiled.valueUnit == 0) {
            levelName = scorer.framework().levelName(indicator, (int) (v / compiled.valueUnit));
        }
        // the next whole level above the value (the first level above 0 when not yet indicated), at most the maximum
        long unit = compiled.valueUnit;
        long next = Math.max(compiled.minValue, Math.max(unit, (v / unit + 1) * unit));
        long gain = next > compiled.maxValue ? 0 : w * (next - v);
        return new IndicatorScore(indicator, value, resolved.origin(i), levelName, Exact.decimal(w * v, denominator),
                Exact.decimal(w * (compiled.maxValue - v), denominator), Exact.decimal(gain, denominator));
    }

    /**
     * Tells whether another card scores an equal assessment against an equal framework with equal
     * options: then every number, indicator score and group score of the two cards is equal, since a
     * card is computed from nothing else.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ScoreCard c && (c == this || options().equals(c.options()) && assessment().equals(c.assessment())
                && framework().equals(c.framework()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(framework().id(), options(), assessment());
    }

    /** Returns e.g. {@code Kota Contoh 2025 spbe-2020: 2.78 Baik}. */
    @Override
    public String toString() {
        return assessment().agency().name() + " " + assessment().year() + " " + framework().id() + ": "
                + indexRounded().toPlainString() + " " + predikat().name();
    }
}
