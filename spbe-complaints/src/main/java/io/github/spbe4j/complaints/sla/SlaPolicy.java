package io.github.spbe4j.complaints.sla;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The figures of an SLA clock: how many days each stage of a complaint has, as data. Immutable and
 * thread-safe.
 *
 * <p>{@link #sp4nLapor()} gives the SP4N-LAPOR! figures, each with its source:
 * <ul>
 * <li>verification within <b>3 working days</b> of submission (SP4N-LAPOR! flow: "verified and forwarded
 * within 3 working days");</li>
 * <li>follow-up within <b>5 working days</b> of the latest disposition (SP4N-LAPOR!: "the agency has 5
 * working days to formulate its follow-up");</li>
 * <li>settlement within <b>60 calendar days</b> of verification (Perpres 76/2013: "settled within 60 days of
 * a complete file"; the file is complete when it is verified);</li>
 * <li>automatic close <b>10 working days</b> after a follow-up without reply (SP4N-LAPOR!).</li>
 * </ul>
 * The tiered deadlines of standar pelayanan are the {@link Tier} values. Each {@code with…} method changes
 * one figure; a figure must be 1 to {@value #MAX_DAYS}.
 *
 * @since 0.1.0
 */
public final class SlaPolicy {

    /** The rule of a problem about a figure out of range. */
    public static final String RULE = "SlaPolicy";

    /** The largest figure, in days (about ten years). */
    public static final int MAX_DAYS = 3650;

    private static final SlaPolicy SP4N_LAPOR = new SlaPolicy(3, 5, 60, DayUnit.CALENDAR_DAYS, 10);

    private final int verificationDays;
    private final int followUpDays;
    private final int settlementDays;
    private final DayUnit settlementUnit;
    private final int automaticCloseDays;

    private SlaPolicy(int verificationDays, int followUpDays, int settlementDays, DayUnit settlementUnit, int automaticCloseDays) {
        this.verificationDays = check("verificationDays", verificationDays);
        this.followUpDays = check("followUpDays", followUpDays);
        this.settlementDays = check("settlementDays", settlementDays);
        this.settlementUnit = Objects.requireNonNull(settlementUnit, "settlementUnit");
        this.automaticCloseDays = check("automaticCloseDays", automaticCloseDays);
    }

    private static int check(String field, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new SpbeException(Problem.of(field, RULE, field + " is " + days + "; it must be 1 to " + MAX_DAYS + " days",
                    Integer.toString(days)));
        }
        return days;
    }

    /**
     * Returns the SP4N-LAPOR! figures: verification 3 working days, follow-up 5 working days, settlement
     * 60 calendar days, automatic close 10 working days.
     *
     * @return the default policy
     */
    public static SlaPolicy sp4nLapor() {
        return SP4N_LAPOR;
    }

    /**
     * Returns the working days after the submission within which a complaint must be verified.
     *
     * @return 3 by default
     */
    public int verificationDays() {
        return verificationDays;
    }

    /**
     * Returns the working days after the latest disposition within which the agency must give its follow-up.
     *
     * @return 5 by default
     */
    public int followUpDays() {
        return followUpDays;
    }

    /**
     * Returns the days after the first verification within which a complaint without a {@link Tier} must be
     * settled, in {@link #settlementUnit()}.
     *
     * @return 60 by default
     */
    public int settlementDays() {
        return settlementDays;
    }

    /**
     * Returns what {@link #settlementDays()} counts.
     *
     * @return calendar days by default
     */
    public DayUnit settlementUnit() {
        return settlementUnit;
    }

    /**
     * Returns the working days after the latest follow-up without reply after which the system may close a
     * complaint.
     *
     * @return 10 by default
     */
    public int automaticCloseDays() {
        return automaticCloseDays;
    }

    /**
     * Returns this policy with another verification figure.
     *
     * @param workingDays 1 to {@value #MAX_DAYS}
     * @return the policy
     * @throws SpbeException if the figure is out of range
     */
    public SlaPolicy withVerificationDays(int workingDays) {
        return new SlaPolicy(workingDays, followUpDays, settlementDays, settlementUnit, automaticCloseDays);
    }

    /**
     * Returns this policy with another follow-up figure.
     *
     * @param workingDays 1 to {@value #MAX_DAYS}
     * @return the policy
     * @throws SpbeException if the figure is out of range
     */
    public SlaPolicy withFollowUpDays(int workingDays) {
        return new SlaPolicy(verificationDays, workingDays, settlementDays, settlementUnit, automaticCloseDays);
    }

    /**
     * Returns this policy with another settlement figure and unit.
     *
     * @param days 1 to {@value #MAX_DAYS}
     * @param unit what the figure counts
     * @return the policy
     * @throws SpbeException if the figure is out of range
     */
    public SlaPolicy withSettlement(int days, DayUnit unit) {
        return new SlaPolicy(verificationDays, followUpDays, days, unit, automaticCloseDays);
    }

    /**
     * Returns this policy with another automatic-close figure.
     *
     * @param workingDays 1 to {@value #MAX_DAYS}
     * @return the policy
     * @throws SpbeException if the figure is out of range
     */
    public SlaPolicy withAutomaticCloseDays(int workingDays) {
        return new SlaPolicy(verificationDays, followUpDays, settlementDays, settlementUnit, workingDays);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SlaPolicy p && p.verificationDays == verificationDays && p.followUpDays == followUpDays
                && p.settlementDays == settlementDays && p.settlementUnit == settlementUnit && p.automaticCloseDays == automaticCloseDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(verificationDays, followUpDays, settlementDays, settlementUnit, automaticCloseDays);
    }

    @Override
    public String toString() {
        return "SlaPolicy[verification " + verificationDays + " working days, follow-up " + followUpDays + " working days, settlement "
                + settlementDays + " " + settlementUnit + ", automatic close " + automaticCloseDays + " working days]";
    }
}
