package io.github.spbe4j.core.analysis;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.assessment.Stage;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.ResolvedAssessment;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Two score cards of one agency under one framework side by side: the change of the index and the
 * predikat, of every group's index and of every indicator's value, all exact.
 *
 * <p>Three questions give a comparison:
 * <ul>
 *   <li>a what-if ({@link #whatIf(ScoreCard, Map)}): the card against itself with some values changed;
 *   <li>two years ({@link Kind#YEARS}) or two stages of one year ({@link Kind#STAGES}, e.g. the
 *       self-assessment against the final result): {@link #of(ScoreCard, ScoreCard)}. For stages,
 *       {@link #disagreements()} lists where the later stage's assessors changed a level, with the
 *       direction.
 * </ul>
 * Every delta is {@code after − before}. Two assessments under different frameworks have different
 * indicators, so comparing them indicator by indicator is not defined: {@link #of} refuses them with
 * an {@link IncomparableException}; {@link Series} compares their index and predikat.
 *
 * <pre>{@code
 * Comparison c = Comparison.of(selfAssessment, finalResult);
 * c.indexDelta();      // exact
 * c.disagreements();   // the indicators the assessors moved
 * System.out.println(c.summary());
 * }</pre>
 *
 * <p>Immutable and thread-safe; the components are the JSON form.
 *
 * @param kind what is compared
 * @param before the earlier (or original) card's snapshot
 * @param after the later (or changed) card's snapshot
 * @param indexDelta the change of the exact index
 * @param indexRoundedDelta the change of the index rounded to two decimals (the published figures)
 * @param nodes the change of every group, in tree order
 * @param indicators the change of every indicator, in tree order (changed or not)
 * @since 0.2.0
 */
public record Comparison(Kind kind, Snapshot before, Snapshot after, BigDecimal indexDelta, BigDecimal indexRoundedDelta,
        List<NodeChange> nodes, List<IndicatorChange> indicators) {

    /**
     * What a comparison compares.
     *
     * @since 0.2.0
     */
    public enum Kind {
        /** A card against itself with some values changed. */
        WHAT_IF,
        /** Two evaluation years. */
        YEARS,
        /** Two stages of one year's evaluation, e.g. the self-assessment and the final result. */
        STAGES,
        /** Two assessments of the same year and stage, e.g. two drafts. */
        VERSIONS;

        /**
         * Returns the id used in JSON, e.g. {@code "what-if"}.
         *
         * @return the id
         */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Checks for nulls and copies the lists. */
    public Comparison {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(indexDelta, "indexDelta");
        Objects.requireNonNull(indexRoundedDelta, "indexRoundedDelta");
        nodes = List.copyOf(nodes);
        indicators = List.copyOf(indicators);
    }

    /**
     * Compares two score cards of one agency under one framework: two years, two stages of one year,
     * or two versions of one stage.
     *
     * @param before the earlier card (the self-assessment, or the earlier year)
     * @param after the later card
     * @return the comparison, deltas {@code after − before}
     * @throws IncomparableException if the cards are under different frameworks (their indicators differ;
     *     use {@link Series} to compare index and predikat) or of different agencies (use {@link Ranking})
     */
    public static Comparison of(ScoreCard before, ScoreCard after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        requireSameFramework(before, after);
        if (!before.assessment().agency().equals(after.assessment().agency())) {
            throw new IncomparableException(Problem.of("agency", "SameAgency", "a comparison is of one agency's assessments, "
                    + "but these are of " + Text.quote(before.assessment().agency().toString()) + " and "
                    + Text.quote(after.assessment().agency().toString()) + "; rank several agencies with Ranking instead",
                    Text.clean(after.assessment().agency().toString())));
        }
        Kind kind = before.assessment().year() != after.assessment().year() ? Kind.YEARS
                : before.assessment().stage() != after.assessment().stage() ? Kind.STAGES : Kind.VERSIONS;
        return between(kind, before, after);
    }

    /**
     * Answers a what-if: scores the card's assessment with some indicators' values replaced, with the
     * card's framework and options, and compares the result with the card.
     *
     * @param card the card as it is
     * @param changes the new value of each indicator to change, by code
     * @return the comparison of kind {@link Kind#WHAT_IF}
     * @throws InvalidAssessmentException if a code is unknown or a value off the scale or too precise
     */
    public static Comparison whatIf(ScoreCard card, Map<String, BigDecimal> changes) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(changes, "changes");
        ResolvedAssessment resolved = card.resolved();
        for (Map.Entry<String, BigDecimal> change : changes.entrySet()) {
            resolved = resolved.with(change.getKey(), change.getValue());
        }
        ScoreCard after = Scorer.of(card.framework(), card.options()).score(resolved);
        return between(Kind.WHAT_IF, card, after);
    }

    /**
     * Answers a what-if for one indicator set to a whole level.
     *
     * @param card the card as it is
     * @param code the indicator's code
     * @param level its new level
     * @return the comparison of kind {@link Kind#WHAT_IF}
     * @throws InvalidAssessmentException if the code is unknown or the level off the scale
     */
    public static Comparison whatIf(ScoreCard card, String code, long level) {
        Objects.requireNonNull(code, "code");
        return whatIf(card, Map.of(code, BigDecimal.valueOf(level)));
    }

    static void requireSameFramework(ScoreCard before, ScoreCard after) {
        if (!before.framework().id().equals(after.framework().id()) || !before.framework().equals(after.framework())) {
            throw new IncomparableException(Problem.of("framework", "SameFramework", "assessments under different frameworks cannot be "
                    + "compared indicator by indicator, as their indicators differ: " + Text.quote(before.framework().id()) + " ("
                    + before.assessment().year() + ") and " + Text.quote(after.framework().id()) + " (" + after.assessment().year()
                    + "); compare their index and predikat with Series instead", Text.clean(after.framework().id())));
        }
    }

    private static Comparison between(Kind kind, ScoreCard before, ScoreCard after) {
        List<NodeScore> nodesBefore = before.nodes();
        List<NodeScore> nodesAfter = after.nodes();
        List<NodeChange> nodes = new ArrayList<>(nodesAfter.size());
        for (int i = 0; i < nodesAfter.size(); i++) {
            nodes.add(NodeChange.of(nodesBefore.get(i), nodesAfter.get(i)));
        }
        List<IndicatorScore> indicatorsBefore = before.indicators();
        List<IndicatorScore> indicatorsAfter = after.indicators();
        List<IndicatorChange> indicators = new ArrayList<>(indicatorsAfter.size());
        for (int i = 0; i < indicatorsAfter.size(); i++) {
            indicators.add(IndicatorChange.of(indicatorsBefore.get(i), indicatorsAfter.get(i)));
        }
        return new Comparison(kind, Snapshot.of(before), Snapshot.of(after), after.index().subtract(before.index()),
                after.indexRounded().subtract(before.indexRounded()), nodes, indicators);
    }

    /**
     * Tells whether the predikat differs.
     *
     * @return true when the two predikat names differ
     */
    public boolean predikatChanged() {
        return !before.predikat().equals(after.predikat());
    }

    /**
     * Returns the indicators whose value changed, in tree order.
     *
     * @return the changed indicators; empty when none changed
     */
    public List<IndicatorChange> changed() {
        return indicators.stream().filter(IndicatorChange::changed).toList();
    }

    /**
     * Returns the indicators whose value went up, in tree order.
     *
     * @return the raised indicators
     */
    public List<IndicatorChange> raised() {
        return indicators.stream().filter(c -> c.direction() == Direction.RAISED).toList();
    }

    /**
     * Returns the indicators whose value went down, in tree order.
     *
     * @return the lowered indicators
     */
    public List<IndicatorChange> lowered() {
        return indicators.stream().filter(c -> c.direction() == Direction.LOWERED).toList();
    }

    /**
     * Returns, for a comparison of two stages, where the later stage's assessors disagreed with the
     * earlier one (for instance with the self-assessment): every indicator whose value they changed,
     * with the direction.
     *
     * @return the changed indicators when {@link #kind()} is {@link Kind#STAGES}; otherwise empty
     */
    public List<IndicatorChange> disagreements() {
        return kind == Kind.STAGES ? changed() : List.of();
    }

    /**
     * Returns the comparison in a few lines for a person: the two sides, the index and predikat change,
     * the changed indicators (for stages, said as the assessors' disagreements) and the changed groups.
     *
     * @return the summary, lines separated by {@code \n}
     */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(switch (kind) {
            case WHAT_IF -> "What if, for " + before;
            case YEARS -> "From " + before + "\nto   " + after;
            case STAGES -> "From the " + stageName(before.stage()) + ": " + before + "\nto the " + stageName(after.stage()) + ": " + after;
            case VERSIONS -> "From " + before + "\nto   " + after + " (same year and stage)";
        }).append('\n');
        s.append("Index ").append(two(before.indexRounded())).append(" → ").append(two(after.indexRounded())).append(" (")
                .append(signed(indexRoundedDelta)).append("; exact ").append(signed(indexDelta)).append("), predikat ")
                .append(before.predikat()).append(predikatChanged() ? " → " + after.predikat() : " unchanged").append('\n');
        List<IndicatorChange> changed = changed();
        if (changed.isEmpty()) {
            s.append(kind == Kind.STAGES ? "The " + stageName(after.stage()) + " agrees with the " + stageName(before.stage())
                    + " on every indicator." : "No indicator changed.").append('\n');
        } else {
            s.append(kind == Kind.STAGES ? "The " + stageName(after.stage()) + " disagrees with the " + stageName(before.stage())
                    + " on " + count(changed.size()) + ":" : count(changed.size()) + " changed:").append('\n');
            List<IndicatorChange> lowered = lowered();
            List<IndicatorChange> raised = raised();
            if (!lowered.isEmpty()) {
                s.append("  lowered: ").append(list(lowered)).append('\n');
            }
            if (!raised.isEmpty()) {
                s.append("  raised: ").append(list(raised)).append('\n');
            }
        }
        for (NodeChange n : nodes) {
            if (n.changed()) {
                s.append("  ".repeat(n.depth() + 1)).append(n).append('\n');
            }
        }
        return s.substring(0, s.length() - 1);
    }

    private static String stageName(Stage stage) {
        return switch (stage) {
            case SELF_ASSESSMENT -> "self-assessment";
            case FINAL -> "final result";
            default -> stage.id().replace('-', ' ');
        };
    }

    private static String count(int n) {
        return n + (n == 1 ? " indicator" : " indicators");
    }

    private static String list(List<IndicatorChange> changes) {
        StringBuilder s = new StringBuilder();
        for (IndicatorChange c : changes) {
            s.append(s.length() == 0 ? "" : ", ").append(c.code()).append(" (").append(IndicatorChange.shown(c.from())).append(" → ")
                    .append(IndicatorChange.shown(c.to())).append(')');
        }
        return s.toString();
    }

    /** Returns e.g. {@code Kota Contoh 2025 spbe-2020, self-assessment → final: 2.78 → 2.65 (-0.13), 3 indicators changed}. */
    @Override
    public String toString() {
        String sides = switch (kind) {
            case WHAT_IF -> " what-if";
            case YEARS -> " → " + after.year();
            case STAGES, VERSIONS -> ", " + before.stage().id() + " → " + after.stage().id();
        };
        return before.agency().name() + " " + before.year() + " " + before.framework() + sides + ": " + two(before.indexRounded()) + " → "
                + two(after.indexRounded()) + " (" + signed(indexRoundedDelta) + "), " + count(changed().size()) + " changed";
    }

    /** Returns a value with two decimals, rounded half-up, for display. */
    static String two(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Returns an exact value with its sign and at least two decimals, e.g. {@code +0.20}, {@code -0.0325}, {@code 0.00}; beyond six decimals rounded and marked {@code ≈}. */
    static String signed(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 2) {
            v = v.setScale(2);
        }
        String approx = "";
        if (v.scale() > 6) {
            v = v.setScale(6, RoundingMode.HALF_UP);
            approx = "≈";
        }
        return approx + (v.signum() > 0 ? "+" : "") + v.toPlainString();
    }

    /** Returns a delta rounded half-up to two decimals with its sign, e.g. {@code +0.06}, for a line beside two-decimal figures. */
    static String signedTwo(BigDecimal value) {
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP);
        return (v.signum() > 0 ? "+" : "") + v.toPlainString();
    }
}
