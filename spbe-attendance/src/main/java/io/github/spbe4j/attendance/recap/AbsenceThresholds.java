package io.github.spbe4j.attendance.recap;

import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The thresholds of unexcused absence a recap flags, in working days, with their source and how sure we
 * are of them: the days in a year that lead to a verbal reprimand, to an allowance cut and to dismissal,
 * and the run of consecutive days that leads to dismissal.
 *
 * <p>{@link #pp94of2021()} gives the figures of PP 94/2021 on civil servants' discipline as our reference
 * states them, with <em>medium</em> confidence: 3 days a year, a verbal reprimand; 11 to 13 days, the
 * allowance cut by 25 % for 6 months; 28 days or more in a year, or 10 consecutive working days,
 * dismissal. An agency that reads the regulation otherwise sets its own with {@link #of}.
 *
 * <pre>{@code
 * AbsenceThresholds pp94 = AbsenceThresholds.pp94of2021();
 * pp94.flags(3, 0);    // [VERBAL_REPRIMAND]
 * pp94.flags(5, 10);   // [VERBAL_REPRIMAND, DISMISSAL_CONSECUTIVE]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param reprimand days absent in a year that lead to a verbal reprimand, at least 1
 * @param allowanceCut days absent in a year that lead to an allowance cut, at least {@code reprimand}
 * @param dismissal days absent in a year that lead to dismissal, at least {@code allowanceCut}
 * @param dismissalConsecutive consecutive working days absent that lead to dismissal, at least 1
 * @param source where the figures come from
 * @param confidence how sure the source is: {@code high}, {@code medium} or {@code low}
 * @since 0.1.0
 */
public record AbsenceThresholds(int reprimand, int allowanceCut, int dismissal, int dismissalConsecutive, String source,
        String confidence) {

    /** The source of {@link #pp94of2021()}. */
    public static final String PP_94_2021 = "PP 94/2021 (discipline of civil servants), unexcused absence: 3 days a year a "
            + "verbal reprimand; 11-13 days an allowance cut of 25 % for 6 months; 28 days or more in a year, or 10 consecutive "
            + "working days, dismissal. Confidence medium: check the regulation's text for the steps between";

    private static final AbsenceThresholds PP94 = new AbsenceThresholds(3, 11, 28, 10, PP_94_2021, "medium");

    /**
     * Checks the thresholds.
     *
     * @throws InvalidRecapException if a threshold is below 1 or out of order, or a text is blank or breaks
     *     the text policy for lines, or the confidence is not high, medium or low
     */
    public AbsenceThresholds {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
        if (reprimand < 1 || allowanceCut < reprimand || dismissal < allowanceCut || dismissalConsecutive < 1) {
            throw InvalidRecapException.of("thresholds", "Order", "absence thresholds " + reprimand + " / " + allowanceCut + " / "
                    + dismissal + " days and " + dismissalConsecutive + " consecutive days are out of order; they must be "
                    + "1 <= reprimand <= allowance cut <= dismissal and consecutive >= 1", reprimand + "/" + allowanceCut + "/"
                    + dismissal + "/" + dismissalConsecutive);
        }
        if (source.isBlank()) {
            throw InvalidRecapException.of("source", "NotBlank", "the source of absence thresholds is blank; name it", "");
        }
        TextPolicy.LINE.violation(source).ifPresent(v -> {
            throw InvalidRecapException.of("source", TextPolicy.RULE, "the source of absence thresholds " + Text.quote(source)
                    + " " + v, Text.quote(source));
        });
        if (!confidence.equals("high") && !confidence.equals("medium") && !confidence.equals("low")) {
            throw InvalidRecapException.of("confidence", "OneOf", "the confidence of absence thresholds is "
                    + Text.quote(confidence) + "; it must be high, medium or low", Text.quote(confidence));
        }
    }

    /**
     * Returns the thresholds of PP 94/2021 as our reference states them, confidence medium.
     *
     * @return the thresholds
     */
    public static AbsenceThresholds pp94of2021() {
        return PP94;
    }

    /**
     * Returns thresholds an agency sets.
     *
     * @param reprimand days a year that lead to a verbal reprimand
     * @param allowanceCut days a year that lead to an allowance cut
     * @param dismissal days a year that lead to dismissal
     * @param dismissalConsecutive consecutive working days that lead to dismissal
     * @param source where the figures come from
     * @param confidence {@code high}, {@code medium} or {@code low}
     * @return the thresholds
     * @throws InvalidRecapException as the constructor
     */
    public static AbsenceThresholds of(int reprimand, int allowanceCut, int dismissal, int dismissalConsecutive, String source,
            String confidence) {
        return new AbsenceThresholds(reprimand, allowanceCut, dismissal, dismissalConsecutive, source, confidence);
    }

    /**
     * Returns the flags reached by a year's absent working days and the longest run of them.
     *
     * @param absentInYear absent working days in the year so far, this month included
     * @param longestRun the longest run of consecutive absent working days seen
     * @return the flags, in the order of {@link AbsenceFlag}
     */
    public Set<AbsenceFlag> flags(int absentInYear, int longestRun) {
        EnumSet<AbsenceFlag> flags = EnumSet.noneOf(AbsenceFlag.class);
        if (absentInYear >= reprimand) {
            flags.add(AbsenceFlag.VERBAL_REPRIMAND);
        }
        if (absentInYear >= allowanceCut) {
            flags.add(AbsenceFlag.ALLOWANCE_CUT);
        }
        if (absentInYear >= dismissal) {
            flags.add(AbsenceFlag.DISMISSAL);
        }
        if (longestRun >= dismissalConsecutive) {
            flags.add(AbsenceFlag.DISMISSAL_CONSECUTIVE);
        }
        return Collections.unmodifiableSet(flags);
    }
}
