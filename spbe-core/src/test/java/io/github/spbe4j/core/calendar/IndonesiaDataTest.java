package io.github.spbe4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the built-in data against the reference list of 2024-2026 (checked against the decrees),
 * copied here independently of the shipped JSON, and that the traps of public data sets are absent.
 */
class IndonesiaDataTest {

    /** date|kind|name|decree, as in the reference list. */
    static final String REFERENCE = """
            2024-01-01|libur nasional|Tahun Baru 2024 Masehi|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-02-08|libur nasional|Isra Mikraj Nabi Muhammad SAW|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-02-09|cuti bersama|Cuti Bersama Tahun Baru Imlek 2575 Kongzili|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-02-10|libur nasional|Tahun Baru Imlek 2575 Kongzili|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-02-14|libur nasional|Hari Pemungutan Suara Pemilihan Umum 2024|Keppres 10/2024 (6 Feb 2024) - not SKB
            2024-03-11|libur nasional|Hari Suci Nyepi Tahun Baru Saka 1946|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-03-12|cuti bersama|Cuti Bersama Hari Suci Nyepi Tahun Baru Saka 1946|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-03-29|libur nasional|Wafat Isa Al Masih (Yesus Kristus)|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-03-31|libur nasional|Hari Paskah (Kebangkitan Yesus Kristus)|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-04-08|cuti bersama|Cuti Bersama Hari Raya Idul Fitri 1445 Hijriah|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-04-09|cuti bersama|Cuti Bersama Hari Raya Idul Fitri 1445 Hijriah|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-04-10|libur nasional|Hari Raya Idul Fitri 1445 Hijriah|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-04-11|libur nasional|Hari Raya Idul Fitri 1445 Hijriah (hari kedua)|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-04-12|cuti bersama|Cuti Bersama Hari Raya Idul Fitri 1445 Hijriah|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-04-15|cuti bersama|Cuti Bersama Hari Raya Idul Fitri 1445 Hijriah|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-05-01|libur nasional|Hari Buruh Internasional|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-05-09|libur nasional|Kenaikan Isa Al Masih (Yesus Kristus)|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-05-10|cuti bersama|Cuti Bersama Kenaikan Isa Al Masih (Yesus Kristus)|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-05-23|libur nasional|Hari Raya Waisak 2568 BE|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-05-24|cuti bersama|Cuti Bersama Hari Raya Waisak 2568 BE|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-06-01|libur nasional|Hari Lahir Pancasila|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-06-17|libur nasional|Hari Raya Idul Adha 1445 Hijriah|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-06-18|cuti bersama|Cuti Bersama Hari Raya Idul Adha 1445 Hijriah|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-07-07|libur nasional|Tahun Baru Islam 1446 Hijriah|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-08-17|libur nasional|Hari Kemerdekaan Republik Indonesia|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-09-16|libur nasional|Maulid Nabi Muhammad SAW|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-11-27|libur nasional|Hari Pemungutan Suara Pilkada Serentak 2024|Keppres 33/2024 (21 Nov 2024) - not SKB
            2024-12-25|libur nasional|Hari Raya Natal (Kelahiran Yesus Kristus)|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2024-12-26|cuti bersama|Cuti Bersama Hari Raya Natal|SKB 855/2023, 3/2023, 4/2023 (12 Sep 2023)
            2025-01-01|libur nasional|Tahun Baru 2025 Masehi|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-01-27|libur nasional|Isra Mikraj Nabi Muhammad S.A.W.|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-01-28|cuti bersama|Cuti Bersama Tahun Baru Imlek 2576 Kongzili|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-01-29|libur nasional|Tahun Baru Imlek 2576 Kongzili|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-03-28|cuti bersama|Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1947)|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-03-29|libur nasional|Hari Suci Nyepi (Tahun Baru Saka 1947)|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-03-31|libur nasional|Idul Fitri 1446 Hijriah|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-04-01|libur nasional|Idul Fitri 1446 Hijriah (hari kedua)|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-04-02|cuti bersama|Cuti Bersama Idul Fitri 1446 Hijriah|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-04-03|cuti bersama|Cuti Bersama Idul Fitri 1446 Hijriah|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-04-04|cuti bersama|Cuti Bersama Idul Fitri 1446 Hijriah|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-04-07|cuti bersama|Cuti Bersama Idul Fitri 1446 Hijriah|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-04-18|libur nasional|Wafat Yesus Kristus|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-04-20|libur nasional|Kebangkitan Yesus Kristus (Paskah)|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-05-01|libur nasional|Hari Buruh Internasional|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-05-12|libur nasional|Hari Raya Waisak 2569 BE|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-05-13|cuti bersama|Cuti Bersama Hari Raya Waisak 2569 BE|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-05-29|libur nasional|Kenaikan Yesus Kristus|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-05-30|cuti bersama|Cuti Bersama Kenaikan Yesus Kristus|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-06-01|libur nasional|Hari Lahir Pancasila|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-06-06|libur nasional|Idul Adha 1446 Hijriah|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-06-09|cuti bersama|Cuti Bersama Idul Adha 1446 Hijriah|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-06-27|libur nasional|1 Muharam Tahun Baru Islam 1447 Hijriah|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-08-17|libur nasional|Proklamasi Kemerdekaan|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-08-18|cuti bersama|Cuti Bersama (HUT ke-80 Kemerdekaan RI)|SKB perubahan 933/2025, 1/2025, 3/2025 (7 Agu 2025)
            2025-09-05|libur nasional|Maulid Nabi Muhammad S.A.W.|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-12-25|libur nasional|Kelahiran Yesus Kristus|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2025-12-26|cuti bersama|Cuti Bersama Kelahiran Yesus Kristus|SKB 1017/2024, 2/2024, 2/2024 (14 Okt 2024)
            2026-01-01|libur nasional|Tahun Baru 2026 Masehi|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-01-16|libur nasional|Isra Mikraj Nabi Muhammad S.A.W.|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-02-16|cuti bersama|Cuti Bersama Tahun Baru Imlek 2577 Kongzili|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-02-17|libur nasional|Tahun Baru Imlek 2577 Kongzili|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-03-18|cuti bersama|Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-03-19|libur nasional|Hari Suci Nyepi (Tahun Baru Saka 1948)|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-03-20|cuti bersama|Cuti Bersama Idul Fitri 1447 Hijriah|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-03-21|libur nasional|Idul Fitri 1447 Hijriah|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-03-22|libur nasional|Idul Fitri 1447 Hijriah (hari kedua)|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-03-23|cuti bersama|Cuti Bersama Idul Fitri 1447 Hijriah|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-03-24|cuti bersama|Cuti Bersama Idul Fitri 1447 Hijriah|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-04-03|libur nasional|Wafat Yesus Kristus|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-04-05|libur nasional|Kebangkitan Yesus Kristus (Paskah)|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-05-01|libur nasional|Hari Buruh Internasional|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-05-14|libur nasional|Kenaikan Yesus Kristus|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-05-15|cuti bersama|Cuti Bersama Kenaikan Yesus Kristus|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-05-27|libur nasional|Idul Adha 1447 Hijriah|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-05-28|cuti bersama|Cuti Bersama Idul Adha 1447 Hijriah|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-05-31|libur nasional|Hari Raya Waisak 2570 BE|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-06-01|libur nasional|Hari Lahir Pancasila|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-06-16|libur nasional|1 Muharam Tahun Baru Islam 1448 Hijriah|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-08-17|libur nasional|Proklamasi Kemerdekaan|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-08-25|libur nasional|Maulid Nabi Muhammad S.A.W.|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-12-24|cuti bersama|Cuti Bersama Kelahiran Yesus Kristus|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            2026-12-25|libur nasional|Kelahiran Yesus Kristus|SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025)
            """;

    static Stream<Arguments> reference() {
        return REFERENCE.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
            String[] f = l.split("\\|", -1);
            return Arguments.of(LocalDate.parse(f[0]), f[1], f[2], f[3]);
        });
    }

    private final WorkingDayCalendar calendar = WorkingDayCalendar.indonesia();

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("reference")
    void indonesia_referenceDate_isPresentWithKindNameAndDecree(LocalDate date, String kind, String name, String decree) {
        assertThat(calendar.holiday(date)).hasValueSatisfying(h -> {
            assertThat(h.date()).isEqualTo(date);
            assertThat(h.kind().label()).isEqualTo(kind);
            assertThat(h.name()).isEqualTo(name);
            assertThat(h.decree()).isEqualTo(decree);
            assertThat(h.region()).isEmpty();
        });
    }

    @Test
    void indonesia_everyYear_holdsExactlyTheReferenceDates() {
        List<LocalDate> expected = reference().map(a -> (LocalDate) a.get()[0]).sorted().toList();
        List<LocalDate> actual = Stream.of(2024, 2025, 2026).flatMap(y -> calendar.holidays(Year.of(y)).stream())
                .map(Holiday::date).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(calendar.holidays(Year.of(2024))).hasSize(29);
        assertThat(calendar.holidays(Year.of(2025))).hasSize(28);
        assertThat(calendar.holidays(Year.of(2026))).hasSize(25);
        assertThat(calendar.coveredYears()).containsExactly(Year.of(2024), Year.of(2025), Year.of(2026));
        assertThat(calendar.workforce()).isEqualTo(Workforce.CIVIL_SERVICE);
        assertThat(calendar.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void indonesia_maulid2024_isOn16SeptemberNot15() {
        assertThat(calendar.holiday(LocalDate.of(2024, 9, 16))).hasValueSatisfying(h -> {
            assertThat(h.kind()).isEqualTo(HolidayKind.NATIONAL_HOLIDAY);
            assertThat(h.name()).startsWith("Maulid");
        });
        assertThat(calendar.holiday(LocalDate.of(2024, 9, 15))).isEmpty();
    }

    @Test
    void indonesia_18August2025_isCollectiveLeaveFromTheRevisingDecree() {
        assertThat(calendar.holiday(LocalDate.of(2025, 8, 18))).hasValueSatisfying(h -> {
            assertThat(h.kind()).isEqualTo(HolidayKind.COLLECTIVE_LEAVE);
            assertThat(h.decree()).contains("933/2025");
            assertThat(h.name()).doesNotContainIgnoringCase("observed");
        });
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 8, 18))).isFalse();
    }

    @Test
    void indonesia_idulFitri2026_isOn21And22MarchNot20() {
        assertThat(calendar.holiday(LocalDate.of(2026, 3, 21)).map(Holiday::kind)).contains(HolidayKind.NATIONAL_HOLIDAY);
        assertThat(calendar.holiday(LocalDate.of(2026, 3, 22)).map(Holiday::kind)).contains(HolidayKind.NATIONAL_HOLIDAY);
        assertThat(calendar.holiday(LocalDate.of(2026, 3, 20))).hasValueSatisfying(h -> {
            assertThat(h.kind()).isEqualTo(HolidayKind.COLLECTIVE_LEAVE);
            assertThat(h.name()).startsWith("Cuti Bersama");
        });
    }

    @Test
    void indonesia_idulAdha2025_isOn6JuneNot7() {
        assertThat(calendar.holiday(LocalDate.of(2025, 6, 6))).hasValueSatisfying(h -> {
            assertThat(h.kind()).isEqualTo(HolidayKind.NATIONAL_HOLIDAY);
            assertThat(h.name()).startsWith("Idul Adha");
        });
        assertThat(calendar.holiday(LocalDate.of(2025, 6, 7))).isEmpty();
    }

    @Test
    void indonesia_cutiBersama_areLabelledCollectiveLeaveNotHolidays() {
        List<Holiday> all = Stream.of(2024, 2025, 2026).flatMap(y -> calendar.holidays(Year.of(y)).stream()).toList();
        assertThat(all).filteredOn(h -> h.name().startsWith("Cuti Bersama"))
                .hasSize(29)
                .allSatisfy(h -> assertThat(h.kind()).isEqualTo(HolidayKind.COLLECTIVE_LEAVE));
        assertThat(all).filteredOn(h -> h.kind() == HolidayKind.COLLECTIVE_LEAVE)
                .allSatisfy(h -> assertThat(h.name()).startsWith("Cuti Bersama"));
    }

    @Test
    void indonesia_electionDays2024_carryTheirKeppres() {
        assertThat(calendar.holiday(LocalDate.of(2024, 2, 14)).map(Holiday::decree)).hasValueSatisfying(d -> assertThat(d).startsWith("Keppres 10/2024"));
        assertThat(calendar.holiday(LocalDate.of(2024, 11, 27)).map(Holiday::decree)).hasValueSatisfying(d -> assertThat(d).startsWith("Keppres 33/2024"));
    }

    @Test
    void indonesia_calledTwice_returnsTheSameInstance() {
        assertThat(WorkingDayCalendar.indonesia()).isSameAs(WorkingDayCalendar.indonesia());
        assertThat(WorkingDayCalendar.indonesia(Workforce.CIVIL_SERVICE)).isSameAs(WorkingDayCalendar.indonesia());
    }
}
