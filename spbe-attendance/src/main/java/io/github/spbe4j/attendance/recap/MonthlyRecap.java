package io.github.spbe4j.attendance.recap;

import io.github.spbe4j.attendance.schedule.LatenessRules;
import io.github.spbe4j.core.identifier.Nip;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The attendance recap of a month: one {@link EmployeeRecap} per employee, sorted by NIP, the
 * {@link Totals} of each agency (OPD) and of everyone, and how many records were counted and skipped.
 * Made by a {@link RecapAccumulator}.
 *
 * <pre>{@code
 * MonthlyRecap recap = plan.recap(records.iterator());
 * recap.employees().get(0).deduction();     // e.g. 5.5 (percent)
 * recap.agencies().get("Dinas Contoh");     // the OPD's totals
 * System.out.println(recap.summary());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MonthlyRecap {

    /** The agency of employees the caller gave none for. */
    public static final String UNASSIGNED = "unassigned";

    private final YearMonth month;
    private final LatenessRules rules;
    private final AbsenceThresholds thresholds;
    private final List<EmployeeRecap> employees;
    private final Map<String, Totals> agencies;
    private final Totals totals;
    private final long recordsCounted;
    private final long recordsSkipped;
    private final boolean estimated;

    private MonthlyRecap(YearMonth month, LatenessRules rules, AbsenceThresholds thresholds, List<EmployeeRecap> employees,
            Map<String, Totals> agencies, Totals totals, long recordsCounted, long recordsSkipped, boolean estimated) {
        this.month = month;
        this.rules = rules;
        this.thresholds = thresholds;
        this.employees = employees;
        this.agencies = agencies;
        this.totals = totals;
        this.recordsCounted = recordsCounted;
        this.recordsSkipped = recordsSkipped;
        this.estimated = estimated;
    }

    static MonthlyRecap of(RecapPlan plan, List<EmployeeRecap> employees, Totals.Adder all, Map<String, Totals.Adder> byAgency,
            long counted, long skipped, boolean estimated) {
        Map<String, Totals> agencies = new TreeMap<>();
        byAgency.forEach((k, v) -> agencies.put(k, v.totals()));
        return new MonthlyRecap(plan.month(), plan.rules(), plan.thresholds(), employees, Collections.unmodifiableMap(agencies),
                all.totals(), counted, skipped, estimated);
    }

    /** @return the month */
    public YearMonth month() {
        return month;
    }

    /** @return the lateness and early-leave rules the recap applied */
    public LatenessRules rules() {
        return rules;
    }

    /** @return the absence thresholds the recap flagged */
    public AbsenceThresholds thresholds() {
        return thresholds;
    }

    /**
     * Returns every employee's recap: those with a record in the month and those on the roster.
     *
     * @return the recaps, sorted by NIP, unmodifiable
     */
    public List<EmployeeRecap> employees() {
        return employees;
    }

    /**
     * Returns an employee's recap.
     *
     * @param employee the employee
     * @return the recap, or empty for an employee without records and not on the roster
     */
    public Optional<EmployeeRecap> employee(Nip employee) {
        Objects.requireNonNull(employee, "employee");
        int lo = 0;
        int hi = employees.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = employees.get(mid).employee().compareTo(employee);
            if (c == 0) {
                return Optional.of(employees.get(mid));
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the totals of each agency (OPD), employees without one under {@link #UNASSIGNED}.
     *
     * @return the totals by agency name, sorted by name, unmodifiable
     */
    public Map<String, Totals> agencies() {
        return agencies;
    }

    /** @return the totals of every employee */
    public Totals totals() {
        return totals;
    }

    /** @return the records counted: those dated within the month */
    public long recordsCounted() {
        return recordsCounted;
    }

    /** @return the records skipped because they are dated outside the month */
    public long recordsSkipped() {
        return recordsSkipped;
    }

    /**
     * Tells whether a schedule answered from estimates for this month: holidays of a year without decreed
     * data, or estimated Ramadan dates. The working days may then change when the decree is known.
     *
     * @return true when estimated
     */
    public boolean estimated() {
        return estimated;
    }

    /**
     * Returns the recap for a person, several lines: the month, the rules and thresholds with their
     * sources, the records counted and skipped, the totals, each agency's totals, and one line per employee.
     *
     * @return the text
     */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append("Attendance recap ").append(month).append(estimated ? " (working days partly estimated)" : "").append('\n');
        s.append("Rules: ").append(rules.name()).append(", absent day ").append(rules.absentDeduction().toPlainString())
                .append(" %\n");
        s.append("Absence thresholds (").append(thresholds.confidence()).append(" confidence): ").append(thresholds.reprimand())
                .append(" days a year verbal reprimand, ").append(thresholds.allowanceCut()).append(" allowance cut, ")
                .append(thresholds.dismissal()).append(" or ").append(thresholds.dismissalConsecutive())
                .append(" in a row dismissal; ").append(thresholds.source()).append('\n');
        s.append("Records: ").append(recordsCounted).append(" counted, ").append(recordsSkipped)
                .append(" skipped (dated outside ").append(month).append(")\n");
        s.append("All: ").append(totals).append('\n');
        agencies.forEach((name, t) -> s.append("OPD ").append(name).append(": ").append(t).append('\n'));
        for (EmployeeRecap e : employees) {
            s.append(e).append('\n');
        }
        return s.toString();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof MonthlyRecap r && month.equals(r.month) && rules.equals(r.rules) && thresholds.equals(r.thresholds)
                && employees.equals(r.employees) && agencies.equals(r.agencies) && totals.equals(r.totals)
                && recordsCounted == r.recordsCounted && recordsSkipped == r.recordsSkipped && estimated == r.estimated;
    }

    @Override
    public int hashCode() {
        return Objects.hash(month, employees, totals, recordsCounted, recordsSkipped);
    }

    /** Returns one line: the month, the employees, the records and the totals. */
    @Override
    public String toString() {
        return "MonthlyRecap[" + month + ", " + employees.size() + " employees in " + agencies.size() + " agencies, "
                + recordsCounted + " records counted, " + recordsSkipped + " skipped; " + totals + "]";
    }

    /** A deduction without trailing zeros; zero as 0. */
    static BigDecimal plain(BigDecimal d) {
        return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }

    static Set<AbsenceFlag> minus(Set<AbsenceFlag> a, Set<AbsenceFlag> b) {
        EnumSet<AbsenceFlag> r = EnumSet.noneOf(AbsenceFlag.class);
        r.addAll(a);
        r.removeAll(b);
        return r;
    }

    static void checkAgency(String agency) {
        if (agency.isBlank()) {
            throw InvalidRecapException.of("agency", "NotBlank", "an employee's agency is blank; give a name or none", "");
        }
        TextPolicy.NAME.violation(agency).ifPresent(v -> {
            throw InvalidRecapException.of("agency", TextPolicy.RULE, "the agency " + Text.quote(agency) + " " + v,
                    Text.quote(agency));
        });
    }
}
