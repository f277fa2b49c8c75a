package io.github.spbe4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar past its decreed years: estimated holidays, provisional deadlines, strictness kept. */
class EstimatedYearsTest {

    private static final WorkingDayCalendar CIVIL = WorkingDayCalendar.indonesia();

    @Test
    void deadline_crossingIntoYearWithoutDecree_isComputedProvisionalAndNamesEstimatedNewYear() {
        Deadline d = CIVIL.deadline(LocalDate.of(2026, 12, 22), 6);
        assertThat(d.date()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(d.provisional()).isTrue();
        assertThat(d.estimatedDays()).extracting(Holiday::date, Holiday::name, Holiday::estimated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 1), "Tahun Baru 2027 Masehi", true));
    }

    @Test
    void deadline_withinDecreedYears_isNotProvisionalAndEqualsPlusWorkingDays() {
        Deadline d = CIVIL.deadline(LocalDate.of(2026, 12, 22), 5);
        assertThat(d).isEqualTo(new Deadline(LocalDate.of(2026, 12, 31), false, List.of()));
        assertThat(d.date()).isEqualTo(CIVIL.plusWorkingDays(LocalDate.of(2026, 12, 22), 5));
    }

    @Test
    void deadline_inEstimatedYearWithoutEstimatedWeekday_isStillProvisional() {
        Deadline d = CIVIL.deadline(LocalDate.of(2027, 2, 1), 1);
        assertThat(d.date()).isEqualTo(LocalDate.of(2027, 2, 2));
        assertThat(d.provisional()).isTrue();
        assertThat(d.estimatedDays()).isEmpty();
    }

    @Test
    void deadline_backwardsFromEstimatedYear_namesTheEstimatedDaysCounted() {
        Deadline d = CIVIL.deadline(LocalDate.of(2027, 1, 6), -3);
        // 5 Jan Isra Mikraj (estimated), 4 Jan, 1 Jan Tahun Baru (estimated), 31 Dec, 30 Dec
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(d.estimatedDays()).extracting(Holiday::date).containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 5));
    }

    @Test
    void plusWorkingDays_defaultCalendarInYearWithoutDecree_stillRefusesRatherThanGuessesSilently() {
        assertThatThrownBy(() -> CIVIL.plusWorkingDays(LocalDate.of(2026, 12, 22), 6))
                .isInstanceOf(UncoveredYearException.class)
                .hasMessage("no holiday data for year 2027; the calendar covers 2024, 2025, 2026 (add the year's holidays with withHolidays)");
        assertThat(CIVIL.estimates()).isFalse();
    }

    @Test
    void withEstimates_everyQuery_answersEstimatedYearsAndMarksTheirDays() {
        WorkingDayCalendar e = CIVIL.withEstimates(true);
        assertThat(e.plusWorkingDays(LocalDate.of(2026, 12, 22), 6)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(e.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
        assertThat(e.holiday(LocalDate.of(2027, 3, 26))).get().extracting(Holiday::name, Holiday::estimated)
                .containsExactly("Wafat Yesus Kristus", true);
        assertThat(e.isEstimated(Year.of(2027))).isTrue();
        assertThat(e.isEstimated(Year.of(2026))).isFalse();
        assertThat(e.covers(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(e.coveredYears()).containsExactly(Year.of(2024), Year.of(2025), Year.of(2026));
        assertThat(e.holidays(Year.of(2026))).noneMatch(Holiday::estimated);
        assertThat(e.withEstimates(false).estimates()).isFalse();
    }

    @Test
    void holidays_estimated2027_areTheFixedEasterAndUmmAlQuraDaysWithTheirBasis() {
        Map<LocalDate, String> days = CIVIL.withEstimates(true).holidays(Year.of(2027)).stream()
                .collect(Collectors.toMap(Holiday::date, Holiday::name));
        assertThat(days).containsEntry(LocalDate.of(2027, 1, 1), "Tahun Baru 2027 Masehi")
                .containsEntry(LocalDate.of(2027, 3, 26), "Wafat Yesus Kristus")
                .containsEntry(LocalDate.of(2027, 3, 28), "Kebangkitan Yesus Kristus (Paskah)")
                .containsEntry(LocalDate.of(2027, 5, 6), "Kenaikan Yesus Kristus")
                .containsEntry(LocalDate.of(2027, 3, 9), "Idul Fitri 1448 Hijriah")
                .containsEntry(LocalDate.of(2027, 3, 10), "Idul Fitri 1448 Hijriah (hari kedua)")
                .containsEntry(LocalDate.of(2027, 5, 16), "Idul Adha 1448 Hijriah")
                .containsEntry(LocalDate.of(2027, 8, 17), "Proklamasi Kemerdekaan")
                .hasSize(14);
        assertThat(CIVIL.withEstimates(true).holidays(Year.of(2027)))
                .allSatisfy(h -> assertThat(h.decree()).startsWith("estimate: "))
                .allMatch(h -> h.kind() == HolidayKind.NATIONAL_HOLIDAY && h.estimated());
    }

    @ParameterizedTest
    @CsvSource({"2008,2008-03-23", "2019,2019-04-21", "2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28",
        "2038,2038-04-25", "2285,2285-03-22"})
    void easter_knownYears_isTheGregorianEasterSunday(int year, LocalDate easter) {
        assertThat(HolidayEstimates.easter(year)).isEqualTo(easter);
    }

    @Test
    void estimates_forDecreedYears2024To2026_matchTheDecreesExactlyOrWithinADayForIslamicDays() {
        for (int y = 2024; y <= 2026; y++) {
            Map<LocalDate, Holiday> decreed = CIVIL.holidays(Year.of(y)).stream().filter(h -> h.kind() == HolidayKind.NATIONAL_HOLIDAY)
                    .collect(Collectors.toMap(Holiday::date, h -> h));
            for (Holiday e : HolidayEstimates.of(y)) {
                boolean islamic = e.decree().equals(HolidayEstimates.HIJRI);
                long off = islamic ? 1 : 0;
                assertThat(decreed.keySet()).as("%s %s", e.date(), e.name())
                        .anyMatch(d -> Math.abs(ChronoUnit.DAYS.between(d, e.date())) <= off);
            }
        }
    }

    @Test
    void withHolidays_decreeForEstimatedYear_replacesTheEstimatesAndEndsProvisionality() {
        WorkingDayCalendar c = CIVIL.withHolidays(List.of(Holiday.national(LocalDate.of(2027, 1, 1), "Tahun Baru 2027 Masehi", "SKB (test)")));
        Deadline d = c.deadline(LocalDate.of(2027, 1, 4), 1);
        assertThat(d).isEqualTo(new Deadline(LocalDate.of(2027, 1, 5), false, List.of()));
        assertThat(c.withEstimates(true).isEstimated(Year.of(2027))).isFalse();
    }

    @Test
    void withHolidays_estimatedDays_refusedSoThatEstimatesNeverPassForADecree() {
        List<Holiday> estimates = CIVIL.withEstimates(true).holidays(Year.of(2027));
        assertThatThrownBy(() -> CIVIL.withHolidays(estimates))
                .isInstanceOf(InvalidHolidayDataException.class)
                .hasMessageContaining("holidays[0] (2027-01-01) is an estimated day; a calendar takes decreed days only");
        assertThat(CIVIL.withEstimates(true).isEstimated(Year.of(2027))).isTrue();
    }

    @Test
    void deadline_privateSectorInEstimatedYear_equalsCivilServiceSinceCollectiveLeaveIsNotEstimated() {
        LocalDate start = LocalDate.of(2027, 3, 1);
        assertThat(WorkingDayCalendar.indonesia(Workforce.PRIVATE_SECTOR).deadline(start, 20)).isEqualTo(CIVIL.deadline(start, 20));
        // in a decreed year collective leave still separates them
        assertThat(WorkingDayCalendar.indonesia(Workforce.PRIVATE_SECTOR).deadline(LocalDate.of(2026, 12, 23), 1).date())
                .isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void deadline_pastTheLastEstimatedYear_refusesNamingTheYearAndTheEstimates() {
        assertThatThrownBy(() -> CIVIL.deadline(LocalDate.of(2100, 12, 30), 5))
                .isInstanceOf(UncoveredYearException.class)
                .hasMessage("no holiday data for year 2101; the calendar covers 2024, 2025, 2026 by decree and 1900-2100 by estimate"
                        + " (add the year's holidays with withHolidays)")
                .extracting(e -> ((UncoveredYearException) e).year()).isEqualTo(2101);
    }

    @Test
    void plusWorkingDays_countThroughAYearGapInTheData_refusesNamingTheGapYear() {
        WorkingDayCalendar gap = WorkingDayCalendar.of(List.of(Holiday.national(LocalDate.of(2024, 1, 1), "A", "x"),
                Holiday.national(LocalDate.of(2026, 1, 1), "B", "x")));
        assertThatThrownBy(() -> gap.plusWorkingDays(LocalDate.of(2024, 12, 30), 5))
                .isInstanceOf(UncoveredYearException.class).extracting(e -> ((UncoveredYearException) e).year()).isEqualTo(2025);
        assertThatThrownBy(() -> gap.plusWorkingDays(LocalDate.of(2026, 1, 5), -5))
                .isInstanceOf(UncoveredYearException.class).extracting(e -> ((UncoveredYearException) e).year()).isEqualTo(2025);
        assertThatThrownBy(() -> gap.workingDaysBetween(LocalDate.of(2024, 6, 1), LocalDate.of(2026, 6, 1)))
                .isInstanceOf(UncoveredYearException.class).extracting(e -> ((UncoveredYearException) e).year()).isEqualTo(2025);
        assertThat(gap.plusWorkingDays(LocalDate.of(2026, 1, 1), 1)).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void plusWorkingDays_hugeCounts_refuseInsteadOfOverflowing() {
        assertThatThrownBy(() -> CIVIL.plusWorkingDays(LocalDate.of(2025, 1, 1), Integer.MAX_VALUE)).isInstanceOf(UncoveredYearException.class);
        assertThatThrownBy(() -> CIVIL.plusWorkingDays(LocalDate.of(2025, 1, 1), Integer.MIN_VALUE)).isInstanceOf(UncoveredYearException.class);
    }

    @Test
    void deadline_onWeekendWithZeroDays_isTheNextWorkingDay() {
        Deadline d = CIVIL.deadline(LocalDate.of(2027, 1, 2), 0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(d.date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(d.provisional()).isTrue();
    }

    @Test
    void indonesia_sameWorkforce_isTheSameCalendarSoItsIndexIsBuiltOnce() {
        assertThat(WorkingDayCalendar.indonesia(Workforce.PRIVATE_SECTOR)).isSameAs(WorkingDayCalendar.indonesia(Workforce.PRIVATE_SECTOR));
        assertThat(WorkingDayCalendar.indonesia(Workforce.CIVIL_SERVICE)).isSameAs(CIVIL);
        assertThat(CIVIL.withEstimates(true)).isSameAs(CIVIL.withEstimates(true));
    }

    @Test
    void deadline_listingADecreedDay_isRefused() {
        assertThatThrownBy(() -> new Deadline(LocalDate.of(2027, 1, 4), true,
                List.of(Holiday.national(LocalDate.of(2027, 1, 1), "Tahun Baru", "SKB (test)"))))
                .hasMessageContaining("which is a decreed day");
        assertThatThrownBy(() -> new Deadline(LocalDate.of(2027, 1, 4), false,
                List.of(Holiday.estimatedNational(LocalDate.of(2027, 1, 1), "Tahun Baru", "estimate: x"))))
                .hasMessageContaining("must be provisional");
    }
}
