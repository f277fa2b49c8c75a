package io.github.spbe4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Workforce policies, weekends, regional additions, new years and uncovered years. */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CIVIL = WorkingDayCalendar.indonesia();
    private static final WorkingDayCalendar PRIVATE = WorkingDayCalendar.indonesia(Workforce.PRIVATE_SECTOR);

    @Test
    void isWorkingDay_collectiveLeave_offForCivilServantsWorkingForPrivateSector() {
        LocalDate cuti = LocalDate.of(2025, 8, 18); // Monday
        assertThat(CIVIL.isWorkingDay(cuti)).isFalse();
        assertThat(PRIVATE.isWorkingDay(cuti)).isTrue();
        assertThat(PRIVATE.holiday(cuti).map(Holiday::kind)).contains(HolidayKind.COLLECTIVE_LEAVE);
    }

    @Test
    void isWorkingDay_nationalHoliday_offForBothWorkforces() {
        LocalDate labourDay = LocalDate.of(2025, 5, 1); // Thursday
        assertThat(CIVIL.isWorkingDay(labourDay)).isFalse();
        assertThat(PRIVATE.isWorkingDay(labourDay)).isFalse();
    }

    @Test
    void workingDaysBetween_lebaran2025_civilServantsLoseFourMoreDays() {
        LocalDate start = LocalDate.of(2025, 3, 31);
        LocalDate end = LocalDate.of(2025, 4, 8);
        // 31 Mar, 1 Apr national; 2, 3, 4, 7 Apr cuti bersama; 5, 6 Apr weekend
        assertThat(CIVIL.workingDaysBetween(start, end)).isZero();
        assertThat(PRIVATE.workingDaysBetween(start, end)).isEqualTo(4);
    }

    @Test
    void plusWorkingDays_documentedExample_skipsNyepiAndLebaran() {
        assertThat(CIVIL.plusWorkingDays(LocalDate.of(2025, 3, 27), 1)).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(PRIVATE.plusWorkingDays(LocalDate.of(2025, 3, 27), 1)).isEqualTo(LocalDate.of(2025, 3, 28));
    }

    @Test
    void plusWorkingDays_zero_returnsStartIfWorkingElseNextWorkingDay() {
        LocalDate monday = LocalDate.of(2025, 7, 7);
        assertThat(CIVIL.plusWorkingDays(monday, 0)).isEqualTo(monday);
        assertThat(CIVIL.plusWorkingDays(LocalDate.of(2025, 7, 5), 0)).isEqualTo(monday);
        assertThat(CIVIL.plusWorkingDays(LocalDate.of(2025, 8, 16), 0)).isEqualTo(LocalDate.of(2025, 8, 19));
    }

    @Test
    void plusWorkingDays_negative_countsBackwards() {
        assertThat(CIVIL.plusWorkingDays(LocalDate.of(2025, 8, 19), -1)).isEqualTo(LocalDate.of(2025, 8, 15));
        assertThat(CIVIL.previousWorkingDay(LocalDate.of(2025, 8, 19))).isEqualTo(LocalDate.of(2025, 8, 15));
    }

    @Test
    void nextWorkingDay_acrossNewYear_continuesIntoTheNextCoveredYear() {
        assertThat(CIVIL.nextWorkingDay(LocalDate.of(2024, 12, 24))).isEqualTo(LocalDate.of(2024, 12, 27));
        assertThat(CIVIL.nextWorkingDay(LocalDate.of(2024, 12, 31))).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void workingDaysBetween_reversed_isNegated() {
        LocalDate a = LocalDate.of(2025, 1, 1);
        LocalDate b = LocalDate.of(2025, 2, 1);
        assertThat(CIVIL.workingDaysBetween(b, a)).isEqualTo(-CIVIL.workingDaysBetween(a, b));
        assertThat(CIVIL.workingDaysBetween(a, a)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024, 262, 14, 10", "2025, 261, 13, 11", "2026, 261, 13, 8"})
    void workingDaysBetween_wholeYear_isWeekdaysLessWeekdayDaysOff(int year, int weekdays, int nationalOnWeekdays, int cutiOnWeekdays) {
        // counts computed separately from the reference list
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = start.plusYears(1);
        assertThat(PRIVATE.workingDaysBetween(start, end)).isEqualTo(weekdays - nationalOnWeekdays);
        assertThat(CIVIL.workingDaysBetween(start, end)).isEqualTo(weekdays - nationalOnWeekdays - cutiOnWeekdays);
    }

    @Test
    void withWeekend_sixDayWeek_makesSaturdayAWorkingDay() {
        WorkingDayCalendar sixDays = CIVIL.withWeekend(Set.of(DayOfWeek.SUNDAY));
        assertThat(sixDays.isWorkingDay(LocalDate.of(2025, 7, 5))).isTrue();
        assertThat(sixDays.isWorkingDay(LocalDate.of(2025, 7, 6))).isFalse();
        assertThat(CIVIL.isWorkingDay(LocalDate.of(2025, 7, 5))).as("original unchanged").isFalse();
        assertThat(sixDays.weekend()).containsExactly(DayOfWeek.SUNDAY);
    }

    @Test
    void withWeekend_allSevenDays_isRefused() {
        assertThatThrownBy(() -> CIVIL.withWeekend(EnumSet.allOf(DayOfWeek.class)))
                .isInstanceOf(SpbeException.class)
                .hasMessage("weekend is all seven days of the week; at least one day must be a working day");
    }

    @Test
    void withHolidays_regionalDay_isOffAndKeptApartFromNationalDays() {
        Holiday galungan = Holiday.regional(LocalDate.of(2025, 4, 23), "51", "Hari Raya Galungan", "Pergub Bali (test)");
        Holiday sameDayNational = Holiday.regional(LocalDate.of(2025, 8, 17), "51", "Regional day on 17 Aug", "Pergub Bali (test)");
        WorkingDayCalendar bali = CIVIL.withHolidays(List.of(galungan, sameDayNational));
        assertThat(bali.isWorkingDay(galungan.date())).isFalse();
        assertThat(bali.withWorkforce(Workforce.PRIVATE_SECTOR).isWorkingDay(galungan.date())).isFalse();
        assertThat(CIVIL.isWorkingDay(galungan.date())).as("national calendar unchanged").isTrue();
        assertThat(bali.holiday(galungan.date())).contains(galungan);
        assertThat(bali.holidaysOn(LocalDate.of(2025, 8, 17))).extracting(Holiday::kind)
                .containsExactly(HolidayKind.NATIONAL_HOLIDAY, HolidayKind.REGIONAL);
        assertThat(bali.holiday(LocalDate.of(2025, 8, 17)).map(Holiday::kind)).contains(HolidayKind.NATIONAL_HOLIDAY);
        assertThat(bali.holidays(Year.of(2025))).hasSize(30).contains(galungan, sameDayNational);
        assertThat(bali.coveredYears()).isEqualTo(CIVIL.coveredYears());
    }

    @Test
    void withHolidays_regionalOnlyYear_doesNotCoverIt() {
        WorkingDayCalendar c = CIVIL.withHolidays(List.of(Holiday.regional(LocalDate.of(2027, 3, 1), "11", "Day", "Qanun (test)")));
        assertThat(c.coveredYears()).containsExactly(Year.of(2024), Year.of(2025), Year.of(2026));
        assertThatThrownBy(() -> c.isWorkingDay(LocalDate.of(2027, 3, 2))).isInstanceOf(UncoveredYearException.class);
    }

    @Test
    void withHolidays_newYear_coversIt() {
        WorkingDayCalendar c = CIVIL.withHolidays(List.of(
                Holiday.national(LocalDate.of(2027, 1, 1), "Tahun Baru 2027 Masehi", "SKB (test)")));
        assertThat(c.coveredYears()).containsExactly(Year.of(2024), Year.of(2025), Year.of(2026), Year.of(2027));
        assertThat(c.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    }

    @Test
    void withHolidays_sameHolidayAgain_isIgnored() {
        Holiday existing = CIVIL.holiday(LocalDate.of(2025, 8, 18)).orElseThrow();
        assertThat(CIVIL.withHolidays(List.of(existing)).holidays(Year.of(2025))).isEqualTo(CIVIL.holidays(Year.of(2025)));
    }

    @Test
    void withHolidays_conflicts_listedAllAtOnceAndNothingAdded() {
        List<Holiday> bad = List.of(
                Holiday.collectiveLeave(LocalDate.of(2025, 8, 17), "Cuti", "X"),
                Holiday.national(LocalDate.of(2025, 9, 5), "Other name", "Y"),
                Holiday.regional(LocalDate.of(2025, 4, 23), "51", "A", "Z"),
                Holiday.regional(LocalDate.of(2025, 4, 23), "51", "B", "Z"));
        assertThatThrownBy(() -> CIVIL.withHolidays(bad))
                .isInstanceOf(InvalidHolidayDataException.class)
                .isInstanceOf(SpbeException.class)
                .hasMessage("holidays added to the calendar has 3 problems: "
                        + "holidays[0] (2025-08-17, cuti bersama) conflicts with the calendar (2025-08-17, libur nasional); a date has one kind; "
                        + "holidays[1] repeats date 2025-09-05 of the calendar; a date is listed once; "
                        + "holidays[3] repeats date 2025-04-23 in region 51 of holidays[2]; a date is listed once per region");
    }

    @Test
    void uncoveredYear_queries_throwNamingYearAndCoveredYears() {
        String message = "no holiday data for year 2027; the calendar covers 2024, 2025, 2026 (add the year's holidays with withHolidays)";
        LocalDate d = LocalDate.of(2027, 1, 4);
        assertThatThrownBy(() -> CIVIL.isWorkingDay(d)).isInstanceOf(UncoveredYearException.class).hasMessage(message);
        assertThatThrownBy(() -> CIVIL.holiday(d)).isInstanceOf(UncoveredYearException.class).hasMessage(message);
        assertThatThrownBy(() -> CIVIL.holidays(Year.of(2027))).isInstanceOf(UncoveredYearException.class).hasMessage(message);
        assertThatThrownBy(() -> CIVIL.holidays(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 2)))
                .isInstanceOf(UncoveredYearException.class).hasMessage(message);
        assertThatThrownBy(() -> CIVIL.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 2)))
                .isInstanceOf(UncoveredYearException.class).hasMessage(message);
        assertThatThrownBy(() -> CIVIL.nextWorkingDay(LocalDate.of(2026, 12, 31)))
                .isInstanceOf(UncoveredYearException.class).hasMessage(message);
        assertThatThrownBy(() -> CIVIL.plusWorkingDays(LocalDate.of(2026, 12, 1), 30))
                .isInstanceOf(UncoveredYearException.class).hasMessage(message);
        assertThatThrownBy(() -> CIVIL.previousWorkingDay(LocalDate.of(2024, 1, 1)))
                .isInstanceOf(UncoveredYearException.class)
                .hasMessage("no holiday data for year 2023; the calendar covers 2024, 2025, 2026 (add the year's holidays with withHolidays)")
                .satisfies(e -> assertThat(((UncoveredYearException) e).year()).isEqualTo(2023));
        assertThat(CIVIL.covers(d)).isFalse();
        assertThat(CIVIL.covers(LocalDate.of(2026, 12, 31))).isTrue();
    }

    @Test
    void holidays_rangeEndingAtYearEnd_doesNotNeedTheNextYear() {
        assertThat(CIVIL.holidays(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1))).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
        assertThat(CIVIL.workingDaysBetween(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1))).isEqualTo(4);
    }

    @Test
    void holiday_invalidValues_areRefused() {
        LocalDate d = LocalDate.of(2025, 1, 1);
        assertThatThrownBy(() -> Holiday.national(d, " ", "X")).isInstanceOf(SpbeException.class)
                .hasMessage("holiday 2025-01-01 name is blank; it must be filled in");
        assertThatThrownBy(() -> new Holiday(d, HolidayKind.REGIONAL, "N", "X", Optional.empty())).isInstanceOf(SpbeException.class)
                .hasMessage("holiday 2025-01-01 is a regional holiday without a region; a regional holiday needs one");
        assertThatThrownBy(() -> new Holiday(d, HolidayKind.NATIONAL_HOLIDAY, "N", "X", Optional.of("51"))).isInstanceOf(InvalidHolidayDataException.class)
                .hasMessage("holiday 2025-01-01 is a libur nasional day with region 51; only a regional holiday has a region");
        assertThatThrownBy(() -> Holiday.national(d, "a\nb", "X")).isInstanceOf(SpbeException.class)
                .hasMessage("holiday 2025-01-01 name \"a\\nb\" holds a line break U+000A at character 2; it must be one line without control characters");
    }

    @Test
    void of_holidaysOnly_buildsACalendarForTheirYears() {
        WorkingDayCalendar c = WorkingDayCalendar.of(List.of(Holiday.national(LocalDate.of(2030, 1, 1), "Tahun Baru", "test")));
        assertThat(c.coveredYears()).containsExactly(Year.of(2030));
        assertThat(c.plusWorkingDays(LocalDate.of(2029, 12, 31).plusDays(1), 0)).isEqualTo(LocalDate.of(2030, 1, 2));
        assertThat(c.toString()).isEqualTo("WorkingDayCalendar[years 2030, weekend [SATURDAY, SUNDAY], workforce CIVIL_SERVICE, "
                + "1 national and collective-leave days, 0 regional days]");
    }

    @Test
    void holidayKind_labels_roundTrip() {
        for (HolidayKind k : HolidayKind.values()) {
            assertThat(HolidayKind.fromLabel(k.label())).contains(k);
        }
        assertThat(HolidayKind.fromLabel("libur")).isEmpty();
    }
}
