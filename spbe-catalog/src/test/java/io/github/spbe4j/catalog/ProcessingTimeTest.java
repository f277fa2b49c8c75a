package io.github.spbe4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.spbe4j.core.calendar.Holiday;
import io.github.spbe4j.core.calendar.HolidayKind;
import io.github.spbe4j.core.calendar.UncoveredYearException;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProcessingTimeTest {

    private static final WorkingDayCalendar INDONESIA = WorkingDayCalendar.indonesia();

    @Test
    void toString_eachUnit_isTheIndonesianTextForm() {
        assertThat(ProcessingTime.workingDays(5)).hasToString("5 hari kerja");
        assertThat(ProcessingTime.calendarDays(14)).hasToString("14 hari");
        assertThat(ProcessingTime.hours(2)).hasToString("2 jam");
        assertThat(ProcessingTime.minutes(30)).hasToString("30 menit");
        assertThat(ProcessingTime.minutes(0)).hasToString("0 menit");
    }

    static Stream<ProcessingTime> smallTimes() {
        return Stream.of(ProcessingTime.Unit.values())
                .flatMap(u -> IntStream.rangeClosed(0, 50).mapToObj(a -> new ProcessingTime(a, u)));
    }

    @ParameterizedTest
    @MethodSource("smallTimes")
    void parse_textFormOfEveryUnitAndAmountUpTo50_roundTrips(ProcessingTime time) {
        assertThat(ProcessingTime.parse(time.toString())).isEqualTo(time);
        assertThat(ProcessingTime.parse(time.toString().toUpperCase(java.util.Locale.ROOT))).isEqualTo(time);
    }

    static Stream<ProcessingTime> largeTimes() {
        Random random = new Random(20261127L);
        return IntStream.range(0, 200).mapToObj(i -> new ProcessingTime(
                51 + random.nextInt((int) ProcessingTime.MAX_AMOUNT - 50),
                ProcessingTime.Unit.values()[random.nextInt(ProcessingTime.Unit.values().length)]));
    }

    @ParameterizedTest
    @MethodSource("largeTimes")
    void parse_textFormOfRandomLargeAmounts_roundTrips(ProcessingTime time) {
        assertThat(ProcessingTime.parse(time.toString())).isEqualTo(time);
    }

    @Test
    void parse_maximum_roundTrips() {
        ProcessingTime max = ProcessingTime.calendarDays(ProcessingTime.MAX_AMOUNT);
        assertThat(max).hasToString("10000 hari");
        assertThat(ProcessingTime.parse("10000 hari")).isEqualTo(max);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5 working days|5|WORKING_DAYS",
        "1 working day|1|WORKING_DAYS",
        "3 days|3|CALENDAR_DAYS",
        "1 day|1|CALENDAR_DAYS",
        "7 calendar days|7|CALENDAR_DAYS",
        "7 hari kalender|7|CALENDAR_DAYS",
        "2 hours|2|HOURS",
        "1 hour|1|HOURS",
        "30 minutes|30|MINUTES",
        "1 minute|1|MINUTES",
        "'  5   HARI   Kerja '|5|WORKING_DAYS",
        "007 jam|7|HOURS"
    })
    void parse_englishAndLooseForms_areRead(String text, long amount, ProcessingTime.Unit unit) {
        assertThat(ProcessingTime.parse(text)).isEqualTo(new ProcessingTime(amount, unit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hari kerja", "5", "5hari", "lima hari", "-1 hari", "5 minggu", "5 hari kerja saja",
        "1.5 jam", "1234567 hari", "5\thari\tkerja x", "+5 hari"})
    void parse_unreadable_namesTextAndAcceptedForms(String text) {
        assertThatThrownBy(() -> ProcessingTime.parse(text))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("processing time \"" + text.replace("\t", "\\t") + "\" cannot be read; write a whole number and a unit: menit, jam,"
                        + " hari kerja or hari (e.g. \"5 hari kerja\")");
    }

    @Test
    void parse_amountAboveMaximum_isRefusedWithTheRange() {
        assertThatThrownBy(() -> ProcessingTime.parse("10001 hari kerja"))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("processing time is 10001 hari kerja; it must be 0..10000");
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -10_000, ProcessingTime.MAX_AMOUNT + 1, Long.MAX_VALUE, Long.MIN_VALUE})
    void constructor_amountOutOfBounds_namesAmountUnitAndRange(long amount) {
        assertThatThrownBy(() -> ProcessingTime.hours(amount))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("processing time is " + amount + " jam; it must be 0..10000");
    }

    @Test
    void constructor_bounds_areAccepted() {
        assertThat(ProcessingTime.minutes(0).amount()).isZero();
        assertThat(ProcessingTime.workingDays(ProcessingTime.MAX_AMOUNT).amount()).isEqualTo(10_000);
    }

    @Test
    void equals_sameAmountAndUnit_areEqual() {
        new EqualsTester()
                .addEqualityGroup(ProcessingTime.workingDays(5), new ProcessingTime(5, ProcessingTime.Unit.WORKING_DAYS),
                        ProcessingTime.parse("5 hari kerja"))
                .addEqualityGroup(ProcessingTime.calendarDays(5), ProcessingTime.parse("5 days"))
                .addEqualityGroup(ProcessingTime.workingDays(6))
                .addEqualityGroup(ProcessingTime.hours(5))
                .addEqualityGroup(ProcessingTime.minutes(5))
                .testEquals();
    }

    @Test
    void publicApi_nullArguments_throwNullPointerException() {
        NullPointerTester t = new NullPointerTester()
                .setDefault(LocalDate.class, LocalDate.of(2025, 1, 6))
                .setDefault(WorkingDayCalendar.class, INDONESIA)
                .setDefault(ProcessingTime.Unit.class, ProcessingTime.Unit.HOURS);
        t.testAllPublicConstructors(ProcessingTime.class);
        t.testAllPublicStaticMethods(ProcessingTime.class);
        t.testAllPublicInstanceMethods(ProcessingTime.workingDays(3));
    }

    @Test
    void unit_indonesian_isTheWordOfTheTextForm() {
        assertThat(ProcessingTime.Unit.WORKING_DAYS.indonesian()).isEqualTo("hari kerja");
        assertThat(ProcessingTime.Unit.CALENDAR_DAYS.indonesian()).isEqualTo("hari");
        assertThat(ProcessingTime.Unit.HOURS.indonesian()).isEqualTo("jam");
        assertThat(ProcessingTime.Unit.MINUTES.indonesian()).isEqualTo("menit");
    }

    /*
     * From holidays-id-2024-2026.json: 2025-03-28 (Fri) cuti bersama Nyepi, 03-29 (Sat) Nyepi,
     * 03-31 (Mon) and 04-01 (Tue) Idul Fitri, 04-02, 04-03, 04-04 (Wed..Fri) and 04-07 (Mon) cuti bersama
     * Idul Fitri. Received Thursday 2025-03-27, the working days after it are Tue 04-08 (1), Wed 04-09 (2)
     * and Thu 04-10 (3).
     */
    @Test
    void dueDate_threeWorkingDaysBeforeNyepiAndLebaran_skipsHolidaysAndCutiBersama() {
        assertThat(ProcessingTime.parse("3 hari kerja").dueDate(LocalDate.of(2025, 3, 27), INDONESIA))
                .isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(ProcessingTime.workingDays(1).dueDate(LocalDate.of(2025, 3, 27), INDONESIA))
                .isEqualTo(LocalDate.of(2025, 4, 8));
    }

    @Test
    void dueDate_workingDaysOverAWeekend_skipsTheWeekend() {
        // Friday 2025-06-13; no holiday between 06-09 (Iduladha cuti bersama) and 06-27 (1 Muharam)
        assertThat(ProcessingTime.workingDays(1).dueDate(LocalDate.of(2025, 6, 13), INDONESIA))
                .isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(ProcessingTime.workingDays(5).dueDate(LocalDate.of(2025, 6, 13), INDONESIA))
                .isEqualTo(LocalDate.of(2025, 6, 20));
    }

    @Test
    void dueDate_zeroWorkingDaysOnAHoliday_isTheNextWorkingDay() {
        assertThat(ProcessingTime.workingDays(0).dueDate(LocalDate.of(2025, 3, 31), INDONESIA))
                .isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(ProcessingTime.workingDays(0).dueDate(LocalDate.of(2025, 3, 27), INDONESIA))
                .isEqualTo(LocalDate.of(2025, 3, 27));
    }

    @Test
    void dueDate_calendarDays_addsDaysWhateverTheyAre() {
        assertThat(ProcessingTime.calendarDays(14).dueDate(LocalDate.of(2025, 3, 27), INDONESIA))
                .isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(ProcessingTime.calendarDays(2).dueDate(LocalDate.of(2025, 3, 27), INDONESIA))
                .isEqualTo(LocalDate.of(2025, 3, 29)); // Nyepi, a Saturday: calendar days do not move
        assertThat(ProcessingTime.calendarDays(0).dueDate(LocalDate.of(2025, 3, 29), INDONESIA))
                .isEqualTo(LocalDate.of(2025, 3, 29));
    }

    @Test
    void dueDate_calendarDaysBeyondTheCalendar_needNoCalendarData() {
        assertThat(ProcessingTime.calendarDays(10_000).dueDate(LocalDate.of(2025, 1, 1), INDONESIA))
                .isEqualTo(LocalDate.of(2025, 1, 1).plusDays(10_000));
    }

    @Test
    void dueDate_minutesOrHoursOnAWorkingDay_isThatDay() {
        assertThat(ProcessingTime.minutes(30).dueDate(LocalDate.of(2025, 3, 27), INDONESIA)).isEqualTo(LocalDate.of(2025, 3, 27));
        assertThat(ProcessingTime.hours(5).dueDate(LocalDate.of(2025, 3, 27), INDONESIA)).isEqualTo(LocalDate.of(2025, 3, 27));
    }

    @Test
    void dueDate_minutesOrHoursOnAWeekendOrHoliday_isTheNextWorkingDay() {
        // Saturday 2025-06-14 -> Monday 06-16
        assertThat(ProcessingTime.minutes(30).dueDate(LocalDate.of(2025, 6, 14), INDONESIA)).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(ProcessingTime.hours(2).dueDate(LocalDate.of(2025, 6, 15), INDONESIA)).isEqualTo(LocalDate.of(2025, 6, 16));
        // Saturday 2025-03-29 (Nyepi) -> Tuesday 04-08 after Idul Fitri and its cuti bersama
        assertThat(ProcessingTime.hours(1).dueDate(LocalDate.of(2025, 3, 29), INDONESIA)).isEqualTo(LocalDate.of(2025, 4, 8));
    }

    @Test
    void dueDate_countReachingAnUncoveredYear_throwsUncoveredYearException() {
        assertThatThrownBy(() -> ProcessingTime.workingDays(10).dueDate(LocalDate.of(2026, 12, 24), INDONESIA))
                .isInstanceOf(UncoveredYearException.class);
    }

    /** Days off of the civil service by an independent reading: every national holiday and cuti bersama. */
    private static final Set<LocalDate> DAYS_OFF = daysOff();

    private static Set<LocalDate> daysOff() {
        Set<LocalDate> off = new HashSet<>();
        for (int y = 2024; y <= 2026; y++) {
            for (Holiday h : INDONESIA.holidays(Year.of(y))) {
                if (h.kind() != HolidayKind.REGIONAL) {
                    off.add(h.date());
                }
            }
        }
        return off;
    }

    private static boolean oracleWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !DAYS_OFF.contains(d);
    }

    /** Walks day by day: n working days after the day of receipt; for 0, receipt day if working, else the next. */
    private static LocalDate oracleDue(LocalDate received, ProcessingTime time) {
        if (time.unit() == ProcessingTime.Unit.CALENDAR_DAYS) {
            LocalDate d = received;
            for (long i = 0; i < time.amount(); i++) {
                d = d.plusDays(1);
            }
            return d;
        }
        if (time.unit() == ProcessingTime.Unit.WORKING_DAYS && time.amount() > 0) {
            LocalDate w = received;
            long left = time.amount();
            while (left > 0) {
                w = w.plusDays(1);
                if (oracleWorkingDay(w)) {
                    left--;
                }
            }
            return w;
        }
        // minutes, hours and zero working days: the day of receipt if it is a working day, else the next
        LocalDate s = received;
        while (!oracleWorkingDay(s)) {
            s = s.plusDays(1);
        }
        return s;
    }

    static Stream<Arguments> randomReceipts() {
        Random random = new Random(62_71L);
        LocalDate first = LocalDate.of(2024, 1, 1);
        return IntStream.range(0, 500).mapToObj(i -> {
            LocalDate received = first.plusDays(random.nextInt(730)); // 2024..2025, so 60 working days stay in 2026
            ProcessingTime.Unit unit = ProcessingTime.Unit.values()[random.nextInt(4)];
            return Arguments.of(received, new ProcessingTime(random.nextInt(61), unit));
        });
    }

    @ParameterizedTest
    @MethodSource("randomReceipts")
    void dueDate_randomReceiptAndTime_agreesWithDayByDayOracle(LocalDate received, ProcessingTime time) {
        LocalDate due = time.dueDate(received, INDONESIA);
        assertThat(due).isEqualTo(oracleDue(received, time));
        if (time.unit() != ProcessingTime.Unit.CALENDAR_DAYS) {
            assertThat(oracleWorkingDay(due)).isTrue();
        }
    }

    @Test
    void daysOff_indonesia_holdsEveryYearCovered() {
        // guards the oracle: it must see the data of all three years
        assertThat(List.of(2024, 2025, 2026)).allSatisfy(y -> assertThat(DAYS_OFF).anyMatch(d -> d.getYear() == y));
        assertThat(DAYS_OFF).contains(LocalDate.of(2025, 3, 28), LocalDate.of(2025, 4, 7));
    }
}
