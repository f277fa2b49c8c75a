package io.github.spbe4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Value contracts of the calendar package: equality, null checks, the documented examples, thread safety. */
class CalendarContractTest {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 23);

    @Test
    void holiday_equality_byAllComponents() {
        new EqualsTester()
                .addEqualityGroup(Holiday.regional(DAY, "51", "Hari Raya Galungan", "Pergub"),
                        new Holiday(DAY, HolidayKind.REGIONAL, "Hari Raya Galungan", "Pergub", Optional.of("51")))
                .addEqualityGroup(Holiday.regional(DAY, "11", "Hari Raya Galungan", "Pergub"))
                .addEqualityGroup(Holiday.national(DAY, "Hari Raya Galungan", "Pergub"))
                .addEqualityGroup(Holiday.collectiveLeave(DAY, "Hari Raya Galungan", "Pergub"))
                .addEqualityGroup(Holiday.national(DAY.plusDays(1), "Hari Raya Galungan", "Pergub"))
                .addEqualityGroup(Holiday.national(DAY, "Other", "Pergub"))
                .addEqualityGroup(Holiday.national(DAY, "Hari Raya Galungan", "Other"))
                .testEquals();
    }

    @Test
    void publicApi_nullArguments_throwNullPointerException() {
        NullPointerTester t = new NullPointerTester()
                .setDefault(LocalDate.class, DAY)
                .setDefault(Year.class, Year.of(2025))
                .setDefault(String.class, "51")
                .setDefault(HolidayKind.class, HolidayKind.REGIONAL)
                .setDefault(Workforce.class, Workforce.PRIVATE_SECTOR)
                .setDefault(Set.class, Set.of(DayOfWeek.SUNDAY))
                .setDefault(int.class, 1);
        t.testAllPublicConstructors(Holiday.class);
        t.testAllPublicStaticMethods(Holiday.class);
        t.testAllPublicStaticMethods(HolidayKind.class);
        t.testAllPublicInstanceMethods(Workforce.CIVIL_SERVICE);
        t.testAllPublicStaticMethods(WorkingDayCalendar.class);
        t.testAllPublicInstanceMethods(WorkingDayCalendar.indonesia());
    }

    @Test
    void holiday_javadocExample_builds() {
        Holiday galungan = Holiday.regional(LocalDate.of(2025, 4, 23), "51", "Hari Raya Galungan",
                "Keputusan Gubernur Bali (example)");
        assertThat(galungan.kind()).isEqualTo(HolidayKind.REGIONAL);
        assertThat(galungan.region()).contains("51");
    }

    @Test
    void workingDayCalendar_javadocExample_holds() {
        WorkingDayCalendar asn = WorkingDayCalendar.indonesia();
        assertThat(asn.isWorkingDay(LocalDate.of(2025, 8, 18))).isFalse();
        assertThat(asn.withWorkforce(Workforce.PRIVATE_SECTOR).isWorkingDay(LocalDate.of(2025, 8, 18))).isTrue();
        assertThat(asn.plusWorkingDays(LocalDate.of(2025, 3, 27), 1)).isEqualTo(LocalDate.of(2025, 4, 8));
    }

    @Test
    void workingDayCalendar_sharedAcrossThreads_answersAlike() throws Exception {
        WorkingDayCalendar c = WorkingDayCalendar.indonesia().withHolidays(List.of(Holiday.regional(DAY, "51", "G", "P")));
        int expected = c.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = pool.invokeAll(Collections.nCopies(32,
                    () -> c.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1))));
            for (Future<Integer> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
