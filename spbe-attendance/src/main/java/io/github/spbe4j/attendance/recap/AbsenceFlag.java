package io.github.spbe4j.attendance.recap;

/**
 * A threshold of unexcused absence an employee has reached, as {@link AbsenceThresholds} sets them (by
 * default those of PP 94/2021, medium confidence). A flag is a prompt for the personnel officer, not a
 * decision: the recap cannot tell an excused absence from an unexcused one.
 *
 * @since 0.1.0
 */
public enum AbsenceFlag {
    /** The year's absent working days reach {@link AbsenceThresholds#reprimand()}: a verbal reprimand. */
    VERBAL_REPRIMAND,
    /**
     * The year's absent working days reach {@link AbsenceThresholds#allowanceCut()}: the allowance cut of
     * the thresholds' source (PP 94/2021: 25 % for 6 months at 11 to 13 days).
     */
    ALLOWANCE_CUT,
    /** The year's absent working days reach {@link AbsenceThresholds#dismissal()}: dismissal. */
    DISMISSAL,
    /**
     * A run of absent working days within the month reaches {@link AbsenceThresholds#dismissalConsecutive()}:
     * dismissal. Only the month's own working days are seen; a run across the month's start is not.
     */
    DISMISSAL_CONSECUTIVE
}
