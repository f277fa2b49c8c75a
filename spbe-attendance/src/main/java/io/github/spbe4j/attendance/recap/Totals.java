package io.github.spbe4j.attendance.recap;

import io.github.spbe4j.attendance.schedule.Band;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sums of a group of employees' recaps (an agency, or everyone): employee-days and counts added up,
 * deductions added exactly, and how many employees reached each absence flag. Immutable and thread-safe.
 *
 * @param employees the employees in the group
 * @param workingDays the sum of their working days
 * @param present the sum of their days present
 * @param absent the sum of their absent days
 * @param late the sum of their days late, by band
 * @param earlyLeave the sum of their days left early, by band
 * @param missingCheckOuts the sum of their missing check-outs
 * @param extraDays the sum of their records on non-working days
 * @param deduction the sum of their deductions, in percent points of an allowance
 * @param flagged how many employees reached each flag, every flag present (zero when none did)
 * @since 0.1.0
 */
public record Totals(int employees, long workingDays, long present, long absent, BandCounts late, BandCounts earlyLeave,
        long missingCheckOuts, long extraDays, BigDecimal deduction, Map<AbsenceFlag, Integer> flagged) {

    /** Checks the arguments and copies the flag counts. */
    public Totals {
        Objects.requireNonNull(late, "late");
        Objects.requireNonNull(earlyLeave, "earlyLeave");
        Objects.requireNonNull(deduction, "deduction");
        Map<AbsenceFlag, Integer> f = new EnumMap<>(AbsenceFlag.class);
        for (AbsenceFlag flag : AbsenceFlag.values()) {
            f.put(flag, flagged.getOrDefault(flag, 0));
        }
        flagged = Collections.unmodifiableMap(f);
        deduction = MonthlyRecap.plain(deduction);
    }

    /** Returns one line for a person: the employees and the sums. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(employees).append(employees == 1 ? " employee, " : " employees, ")
                .append(workingDays).append(" working days, ").append(present).append(" present, ").append(absent)
                .append(" absent, late ").append(late).append(", early leave ").append(earlyLeave).append(", ")
                .append(missingCheckOuts).append(missingCheckOuts == 1 ? " missing check-out, " : " missing check-outs, ")
                .append(extraDays).append(extraDays == 1 ? " extra day, deduction " : " extra days, deduction ")
                .append(deduction.toPlainString()).append(" %");
        String sep = "; flagged: ";
        for (Map.Entry<AbsenceFlag, Integer> e : flagged.entrySet()) {
            if (e.getValue() > 0) {
                s.append(sep).append(e.getKey()).append(' ').append(e.getValue());
                sep = ", ";
            }
        }
        return s.toString();
    }

    /** Sums recaps into totals. */
    static final class Adder {
        private final int[] late;
        private final int[] early;
        private final List<Band> lateBands;
        private final List<Band> earlyBands;
        private int employees;
        private long workingDays;
        private long present;
        private long absent;
        private long missingCheckOuts;
        private long extraDays;
        private final int scale;
        private long units;
        private final int[] flagged = new int[AbsenceFlag.values().length];

        Adder(List<Band> lateBands, List<Band> earlyBands, int scale) {
            this.scale = scale;
            this.lateBands = lateBands;
            this.earlyBands = earlyBands;
            this.late = new int[lateBands.size()];
            this.early = new int[earlyBands.size()];
        }

        void add(EmployeeRecap r, long deductionUnits) {
            employees++;
            workingDays += r.workingDays();
            present += r.present();
            absent += r.absent();
            for (int i = 0; i < late.length; i++) {
                late[i] += r.late().countAt(i);
            }
            for (int i = 0; i < early.length; i++) {
                early[i] += r.earlyLeave().countAt(i);
            }
            missingCheckOuts += r.missingCheckOuts();
            extraDays += r.extraDays();
            units = Math.addExact(units, deductionUnits);
            for (AbsenceFlag f : r.flags()) {
                flagged[f.ordinal()]++;
            }
        }

        Totals totals() {
            Map<AbsenceFlag, Integer> f = new EnumMap<>(AbsenceFlag.class);
            for (AbsenceFlag flag : AbsenceFlag.values()) {
                f.put(flag, flagged[flag.ordinal()]);
            }
            return new Totals(employees, workingDays, present, absent, BandCounts.owning(lateBands, late.clone()),
                    BandCounts.owning(earlyBands, early.clone()), missingCheckOuts, extraDays, RecapAccumulator.plain(units, scale), f);
        }
    }
}
