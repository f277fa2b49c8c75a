package io.github.spbe4j.attendance.recap;

import io.github.spbe4j.core.identifier.Nip;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One employee's month: the working days of the employee's schedule, the days present (a working day
 * with a record) and absent (a working day without one), lateness and early leave by band, records
 * without a check-out, records on days that are not working days (reported, never penalised), the
 * allowance deduction, and the unexcused-absence thresholds reached.
 *
 * <p>Immutable and thread-safe; the deduction is exact, in percent of the allowance, without trailing
 * zeros.
 *
 * @param employee the employee
 * @param agency the employee's agency (OPD), or {@link MonthlyRecap#UNASSIGNED}
 * @param workingDays the month's working days under the employee's schedule
 * @param present working days with a record
 * @param absent working days without a record
 * @param late days late, by lateness band (TL); minutes below the first band are not counted
 * @param earlyLeave days left early, by early-leave band (PSW); a missing check-out is not among them
 * @param missingCheckOuts working days whose record has no check-out; each costs the last early-leave band
 * @param extraDays records on dates that are not working days under the schedule
 * @param longestAbsentRun the longest run of consecutive absent working days within the month
 * @param absentEarlierInYear unexcused absent days of the year before this month, as the caller gave them
 * @param deduction the allowance deduction in percent: every band's deduction for each day in it, the last
 *        early-leave band for each missing check-out, and the rules' absent deduction for each absent day
 * @param flags the thresholds reached by the year's absences ({@link #absentInYear()}) and the longest run
 * @param newFlags the flags reached this month: among {@code flags}, those the absences before the month
 *        had not reached
 * @since 0.1.0
 */
public record EmployeeRecap(Nip employee, String agency, int workingDays, int present, int absent, BandCounts late,
        BandCounts earlyLeave, int missingCheckOuts, int extraDays, int longestAbsentRun, int absentEarlierInYear,
        BigDecimal deduction, Set<AbsenceFlag> flags, Set<AbsenceFlag> newFlags) {

    /**
     * Checks the figures agree with each other.
     *
     * @throws InvalidRecapException if a count is negative, present and absent do not add up to the
     *     working days, more days are late, early or open than present, or a new flag is not a flag
     */
    public EmployeeRecap {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(late, "late");
        Objects.requireNonNull(earlyLeave, "earlyLeave");
        Objects.requireNonNull(deduction, "deduction");
        flags = flags.isEmpty() ? NONE : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        newFlags = newFlags.isEmpty() ? NONE : Collections.unmodifiableSet(EnumSet.copyOf(newFlags));
        if (present < 0 || absent < 0 || present + absent != workingDays || late.total() > present
                || earlyLeave.total() + missingCheckOuts > present || missingCheckOuts < 0 || extraDays < 0
                || longestAbsentRun < 0 || longestAbsentRun > absent || absentEarlierInYear < 0 || deduction.signum() < 0
                || !flags.containsAll(newFlags)) {
            throw InvalidRecapException.of("employee", "EmployeeRecap", "the recap of " + employee + " does not add up: "
                    + workingDays + " working days, " + present + " present, " + absent + " absent, late " + late
                    + ", early leave " + earlyLeave + ", " + missingCheckOuts + " missing check-outs, longest absence "
                    + longestAbsentRun + ", flags " + flags + ", new " + newFlags, employee.toString());
        }
        deduction = MonthlyRecap.plain(deduction);
    }

    private static final Set<AbsenceFlag> NONE = Collections.unmodifiableSet(EnumSet.noneOf(AbsenceFlag.class));

    /**
     * Returns the year's unexcused absent days so far: those before the month and the month's.
     *
     * @return the days
     */
    public int absentInYear() {
        return absentEarlierInYear + absent;
    }

    /**
     * Returns one line for a person, e.g. {@code 199001012020121001 Dinas Contoh: 20 working days, 18
     * present, 2 absent, late 3 (TL1 2, TL2 1), early leave 0, 1 missing check-out, 0 extra days,
     * deduction 11 %}, then the flags reached and which of them this month.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(employee).append(' ').append(agency).append(": ").append(workingDays)
                .append(" working days, ").append(present).append(" present, ").append(absent).append(" absent, late ")
                .append(late).append(", early leave ").append(earlyLeave).append(", ").append(missingCheckOuts)
                .append(missingCheckOuts == 1 ? " missing check-out, " : " missing check-outs, ").append(extraDays)
                .append(extraDays == 1 ? " extra day" : " extra days").append(", deduction ").append(deduction.toPlainString())
                .append(" %");
        if (!flags.isEmpty()) {
            s.append("; ").append(absentInYear()).append(" absent days in the year");
            if (longestAbsentRun > 1) {
                s.append(", ").append(longestAbsentRun).append(" in a row");
            }
            s.append(": ").append(flags);
            if (!newFlags.isEmpty()) {
                s.append(", reached this month ").append(newFlags);
            }
        }
        return s.toString();
    }
}
