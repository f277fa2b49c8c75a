package io.github.spbe4j.attendance.recap;

import io.github.spbe4j.attendance.record.AttendanceRecord;
import io.github.spbe4j.attendance.schedule.LatenessRules;
import io.github.spbe4j.attendance.schedule.WorkSchedule;
import io.github.spbe4j.core.identifier.Nip;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What a monthly recap counts: the month, the schedule (one per agency, or one per employee for shifts and
 * other agencies), the lateness rules, and optionally each employee's agency (OPD), the roster of
 * employees expected to work, the unexcused absences of the year before the month, and the absence
 * thresholds to flag (PP 94/2021 unless told).
 *
 * <p>{@link #start()} returns an accumulator that takes records one at a time; {@link #recap(Iterator)}
 * feeds it an iterator's records and returns the recap.
 *
 * <pre>{@code
 * RecapPlan plan = RecapPlan.of(YearMonth.of(2026, 3), WorkSchedule.national(IndonesiaTimeZone.WIB.zoneId()),
 *         LatenessRules.permentan68of2012()).withRoster(employees).withAgencies(agencyOf);
 * MonthlyRecap recap = plan.recap(records.iterator());
 * }</pre>
 *
 * <p>Immutable and thread-safe when the functions it is given are; the functions are called once per
 * employee, when the employee's first record arrives or, for one without records, at the end.
 *
 * @since 0.1.0
 */
public final class RecapPlan {

    private final YearMonth month;
    private final WorkSchedule schedule;
    private final LatenessRules rules;
    private final Function<Nip, WorkSchedule> schedules;
    private final Function<Nip, Optional<String>> agencies;
    private final List<Nip> roster;
    private final ToIntFunction<Nip> absentEarlier;
    private final AbsenceThresholds thresholds;

    private RecapPlan(YearMonth month, WorkSchedule schedule, LatenessRules rules, Function<Nip, WorkSchedule> schedules,
            Function<Nip, Optional<String>> agencies, List<Nip> roster, ToIntFunction<Nip> absentEarlier,
            AbsenceThresholds thresholds) {
        this.month = Objects.requireNonNull(month, "month");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.agencies = Objects.requireNonNull(agencies, "agencies");
        this.roster = roster;
        this.absentEarlier = Objects.requireNonNull(absentEarlier, "absentEarlier");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * Returns the plan of a month under one schedule and one set of rules, with no roster and no agencies,
     * and the thresholds of PP 94/2021.
     *
     * @param month the month
     * @param schedule every employee's schedule
     * @param rules the lateness and early-leave rules
     * @return the plan
     */
    public static RecapPlan of(YearMonth month, WorkSchedule schedule, LatenessRules rules) {
        Objects.requireNonNull(schedule, "schedule");
        return new RecapPlan(month, schedule, rules, n -> schedule, n -> Optional.empty(), List.of(), n -> 0,
                AbsenceThresholds.pp94of2021());
    }

    /**
     * Returns this plan with a schedule per employee: shifts, or employees of agencies with other hours.
     *
     * @param schedules each employee's schedule; a month's working days are worked out once per distinct
     *        schedule (by {@code equals}), not once per employee
     * @return the plan
     */
    public RecapPlan withSchedules(Function<Nip, WorkSchedule> schedules) {
        return new RecapPlan(month, schedule, rules, schedules, agencies, roster, absentEarlier, thresholds);
    }

    /**
     * Returns this plan with each employee's agency (OPD) given by a function.
     *
     * @param agencies the agency of an employee, or empty for one without (counted as {@link MonthlyRecap#UNASSIGNED})
     * @return the plan
     */
    public RecapPlan withAgencies(Function<Nip, Optional<String>> agencies) {
        return new RecapPlan(month, schedule, rules, schedules, agencies, roster, absentEarlier, thresholds);
    }

    /**
     * Returns this plan with each employee's agency (OPD) from a map; an employee not in it is counted as
     * {@link MonthlyRecap#UNASSIGNED}.
     *
     * @param agencies the agency of each employee
     * @return the plan
     */
    public RecapPlan withAgencies(Map<Nip, String> agencies) {
        Map<Nip, String> copy = Map.copyOf(agencies);
        return withAgencies(n -> Optional.ofNullable(copy.get(n)));
    }

    /**
     * Returns this plan with a roster: the employees expected to work, so that one without any record in
     * the month is recapped as absent on every working day. Employees with records are recapped whether
     * or not they are on the roster.
     *
     * @param employees the employees
     * @return the plan
     */
    public RecapPlan withRoster(Collection<Nip> employees) {
        List<Nip> r = List.copyOf(new LinkedHashSet<>(employees));
        return new RecapPlan(month, schedule, rules, schedules, agencies, r, absentEarlier, thresholds);
    }

    /**
     * Returns this plan with the unexcused absent days each employee had in the year before this month,
     * so that a month can say the year's total now reaches a threshold.
     *
     * @param days the days before the month; an employee not in the map had none
     * @return the plan
     * @throws InvalidRecapException if a count is negative
     */
    public RecapPlan withAbsencesEarlierInYear(Map<Nip, Integer> days) {
        Map<Nip, Integer> copy = Map.copyOf(days);
        copy.forEach((n, d) -> {
            if (d < 0) {
                throw InvalidRecapException.of("absencesEarlierInYear", "Range", n + " has " + d
                        + " absent days earlier in the year; a count is 0 or more", String.valueOf(d));
            }
        });
        return new RecapPlan(month, schedule, rules, schedules, agencies, roster, n -> copy.getOrDefault(n, 0), thresholds);
    }

    /**
     * Returns this plan with the unexcused absent days each employee had in the year before this month,
     * given by a function (a query to the personnel system).
     *
     * @param days the days before the month of an employee, 0 or more
     * @return the plan
     */
    public RecapPlan withAbsencesEarlierInYear(ToIntFunction<Nip> days) {
        return new RecapPlan(month, schedule, rules, schedules, agencies, roster, days, thresholds);
    }

    /**
     * Returns this plan with other absence thresholds.
     *
     * @param thresholds the thresholds to flag
     * @return the plan
     */
    public RecapPlan withThresholds(AbsenceThresholds thresholds) {
        return new RecapPlan(month, schedule, rules, schedules, agencies, roster, absentEarlier, thresholds);
    }

    /**
     * Starts a recap: an accumulator that takes this month's records one at a time.
     *
     * @return the accumulator
     * @throws io.github.spbe4j.core.calendar.UncoveredYearException if the schedule's calendar has no
     *     holiday data for the month's year
     */
    public RecapAccumulator start() {
        return new RecapAccumulator(this);
    }

    /**
     * Recaps the records an iterator gives, one at a time, without keeping them.
     *
     * @param records the records, in any order
     * @return the recap
     * @throws InvalidRecapException for a second record of an employee and date
     */
    public MonthlyRecap recap(Iterator<? extends AttendanceRecord> records) {
        return start().addAll(records).finish();
    }

    /** @return the month */
    public YearMonth month() {
        return month;
    }

    /** @return the schedule of employees the schedule function does not say otherwise for */
    public WorkSchedule schedule() {
        return schedule;
    }

    /** @return the lateness and early-leave rules */
    public LatenessRules rules() {
        return rules;
    }

    /** @return the roster, unmodifiable; empty without one */
    public List<Nip> roster() {
        return roster;
    }

    /** @return the absence thresholds flagged */
    public AbsenceThresholds thresholds() {
        return thresholds;
    }

    WorkSchedule scheduleOf(Nip employee) {
        return Objects.requireNonNull(schedules.apply(employee), "the schedule function returned null");
    }

    Optional<String> agencyOf(Nip employee) {
        return Objects.requireNonNull(agencies.apply(employee), "the agency function returned null");
    }

    int absentEarlierInYear(Nip employee) {
        int d = absentEarlier.applyAsInt(employee);
        if (d < 0) {
            throw InvalidRecapException.of("absencesEarlierInYear", "Range", employee + " has " + d
                    + " absent days earlier in the year; a count is 0 or more", String.valueOf(d));
        }
        return d;
    }

    @Override
    public String toString() {
        return "RecapPlan[" + month + ", " + schedule.name() + ", " + rules.name() + ", roster " + roster.size() + "]";
    }
}
