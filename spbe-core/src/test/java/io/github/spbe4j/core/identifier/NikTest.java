package io.github.spbe4j.core.identifier;

import static io.github.spbe4j.core.testing.Checks.invalidTexts;
import static io.github.spbe4j.core.testing.Checks.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** NIK: layout, women's day + 40, birth dates and centuries, region warnings, strict and lenient reading. */
class NikTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Test
    void parse_manNik_decodesEveryField() {
        Nik nik = Nik.parse("3171011505900001");
        assertThat(nik.regionCode()).isEqualTo(RegionCode.parse("31.71.01"));
        assertThat(nik.regionCode().level()).isEqualTo(RegionCode.Level.DISTRICT);
        assertThat(nik.female()).isFalse();
        assertThat(nik.sex()).isEqualTo(Sex.MALE);
        assertThat(nik.birthMonthDay()).isEqualTo(MonthDay.of(5, 15));
        assertThat(nik.birthYearOfCentury()).isEqualTo(90);
        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 5, 15));
        assertThat(nik.serial()).isEqualTo(1);
        assertThat(nik).hasToString("3171011505900001");
    }

    @Test
    void parse_womanNik_subtracts40FromTheDay() {
        Nik nik = Nik.parse("3171015505900001");
        assertThat(nik.female()).isTrue();
        assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 5, 15));
    }

    @ParameterizedTest(name = "day {0}")
    @CsvSource({"01, false, 1", "31, false, 31", "41, true, 1", "71, true, 31"})
    void parse_dayBounds_areAccepted(String day, boolean female, int realDay) {
        Nik nik = Nik.parse("317101" + day + "0190" + "0001");
        assertThat(nik.female()).isEqualTo(female);
        assertThat(nik.birthMonthDay().getDayOfMonth()).isEqualTo(realDay);
    }

    @Test
    void birthDate_yearNotAfterToday_isThe2000s() {
        assertThat(Nik.parse("3171010101200001").birthDate(TODAY)).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(Nik.parse("3171010101270001").birthDate(TODAY)).isEqualTo(LocalDate.of(1927, 1, 1));
        assertThat(Nik.parse("3171010101250001").birthDate(TODAY)).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(Nik.parse("3171010101260001").birthDate(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(1926, 1, 1));
        assertThat(Nik.parse("3171010101260001").birthDate(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Nik.parse("3171010101250001").birthDate(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(Nik.parse("3171010201250001").birthDate(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(1925, 1, 2));
    }

    @Test
    void birthDate_29February00_is2000() {
        assertThat(Nik.parse("3171012902000001").birthDate(TODAY)).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Nik.parse("3171016902040001").birthDate(TODAY)).isEqualTo(LocalDate.of(2004, 2, 29));
    }

    @Test
    void birthDate_todayBeforeBothCenturies_throws() {
        assertThatThrownBy(() -> Nik.parse("3171010101600001").birthDate(LocalDate.of(1950, 1, 1)))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("NIK 3171010101600001 encodes birth date 01-01-60 (DD-MM-YY), which is after 1950-01-01 in both 1960 and 2060");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "3171011505900000|NIK 3171011505900000 has serial 0000; serials run 0001..9999",
        "3100011505900001|NIK 3100011505900001 has regency/city code 00; regency/city codes run 01..69 (kabupaten) and 71..99 (kota)",
        "3170011505900001|NIK 3170011505900001 has regency/city code 70; regency/city codes run 01..69 (kabupaten) and 71..99 (kota)",
        "3171010005900001|NIK 3171010005900001 has birth day 00; days run 01..31 for men and 41..71 (day + 40) for women",
        "3171013205900001|NIK 3171013205900001 has birth day 32; days run 01..31 for men and 41..71 (day + 40) for women",
        "3171014005900001|NIK 3171014005900001 has birth day 40; days run 01..31 for men and 41..71 (day + 40) for women",
        "3171017205900001|NIK 3171017205900001 has birth day 72; days run 01..31 for men and 41..71 (day + 40) for women",
        "3171011500900001|NIK 3171011500900001 has birth month 00; months run 01..12",
        "3171011513900001|NIK 3171011513900001 has birth month 13; months run 01..12",
        "3171013102900001|NIK 3171013102900001 encodes birth date 31-02-90 (DD-MM-YY), which does not exist",
        "3171017102900001|NIK 3171017102900001 encodes birth date 31-02-90 (DD-MM-YY, day 71 less 40 for a woman), which does not exist",
        "3171012902010001|NIK 3171012902010001 encodes birth date 29-02-01 (DD-MM-YY), which does not exist",
        "3171013104900001|NIK 3171013104900001 encodes birth date 31-04-90 (DD-MM-YY), which does not exist",
        "3171011505900001x|NIK \"3171011505900001x\" is not 16 digits; a NIK is exactly 16 digits 0-9",
        "317101150590000|NIK \"317101150590000\" is not 16 digits; a NIK is exactly 16 digits 0-9",
        "31710115059000a1|NIK \"31710115059000a1\" is not 16 digits; a NIK is exactly 16 digits 0-9",
    })
    void parse_brokenRule_throwsOneSentenceNamingTypeRuleAndValue(String text, String message) {
        assertThatThrownBy(() -> Nik.parse(text)).isInstanceOf(InvalidIdentifierException.class).hasMessage(message);
        assertThat(Nik.check(text)).isInstanceOf(IdentifierCheck.Invalid.class);
    }

    @Test
    void parse_severalBrokenRules_listsThemAll() {
        assertThatThrownBy(() -> Nik.parse("3170017213900000"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(texts(e.problems())).containsExactly(
                        "NIK 3170017213900000 has regency/city code 70; regency/city codes run 01..69 (kabupaten) and 71..99 (kota)",
                        "NIK 3170017213900000 has birth day 72; days run 01..31 for men and 41..71 (day + 40) for women",
                        "NIK 3170017213900000 has birth month 13; months run 01..12",
                        "NIK 3170017213900000 has serial 0000; serials run 0001..9999"))
                .hasMessageStartingWith("NIK 3170017213900000 has 4 problems: ");
    }

    @Test
    void parse_separators_areRejectedThoughCheckAcceptsThem() {
        assertThatThrownBy(() -> Nik.parse("3171-0115-0590-0001")).isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("NIK \"3171-0115-0590-0001\" is not 16 digits; a NIK is exactly 16 digits 0-9");
        assertThat(Nik.check("3171-0115-0590-0001").isValid()).isTrue();
    }

    @Test
    void parse_nonAsciiDigits_areRejected() {
        assertThatThrownBy(() -> Nik.parse("٣171011505900001")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void parse_longText_isCutInTheMessage() {
        assertThatThrownBy(() -> Nik.parse("1".repeat(1000)))
                .hasMessage("NIK \"" + "1".repeat(56) + "... is not 16 digits; a NIK is exactly 16 digits 0-9");
    }

    // ------------------------------------------------------------------ region list

    @Test
    void parseWithRegionList_unknownDistrict_isAnError() {
        Predicate<RegionCode> known = Set.of(RegionCode.parse("31.71.01"))::contains;
        assertThat(Nik.parse("3171011505900001", known).regionCode()).isEqualTo(RegionCode.parse("317101"));
        assertThatThrownBy(() -> Nik.parse("3171021505900001", known)).isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("NIK 3171021505900001 has region code 31.71.02, which the supplied region list does not know");
    }

    @Test
    void checkWithRegionList_unknownDistrict_isAWarning() {
        Predicate<RegionCode> known = Set.of(RegionCode.parse("31.71.01"))::contains;
        IdentifierCheck<Nik> checked = Nik.check("3171021505900001", known);
        assertThat(checked).isInstanceOf(IdentifierCheck.Valid.class);
        IdentifierCheck.Valid<Nik> valid = (IdentifierCheck.Valid<Nik>) checked;
        assertThat(valid.value()).isEqualTo(Nik.parse("3171021505900001"));
        assertThat(texts(valid.warnings()))
                .containsExactly("NIK 3171021505900001 has region code 31.71.02, which the supplied region list does not know");
        assertThat(Nik.check("3171011505900001", known)).isEqualTo(new IdentifierCheck.Valid<>(Nik.parse("3171011505900001"), List.of()));
    }

    @Test
    void checkWithRegionList_invalidNik_isNotAskedAbout() {
        Predicate<RegionCode> never = r -> {
            throw new AssertionError("asked about " + r);
        };
        assertThat(Nik.check("3171011505900000", never)).isInstanceOf(IdentifierCheck.Invalid.class);
    }

    // ------------------------------------------------------------------ lenient

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3171 0115 0590 0001", "3171-0115-0590-0001", "31.71.01.150590.0001", " 3171011505900001\t"})
    void check_separators_areRemoved(String text) {
        assertThat(Nik.check(text)).isEqualTo(new IdentifierCheck.Valid<>(Nik.parse("3171011505900001"), List.of()));
    }

    @Test
    void check_notSixteenDigits_isInvalidWithOneProblem() {
        assertThat(invalidTexts(Nik.check("3171/0115/0590/0001"))).containsExactly(
                "NIK \"3171/0115/0590/0001\" is not 16 digits after removing whitespace, dots and dashes");
    }

    @Test
    void check_brokenRules_listsEveryProblem() {
        IdentifierCheck<Nik> c = Nik.check("3171 0172 1390 0000");
        assertThat(c).isInstanceOf(IdentifierCheck.Invalid.class);
        assertThat(texts(((IdentifierCheck.Invalid<Nik>) c).problems())).hasSize(3);
        assertThat(c.isValid()).isFalse();
    }

    // ------------------------------------------------------------------ properties

    /** An independent statement of the NIK rules: a regular expression and java.time. */
    private static final Pattern ORACLE = Pattern.compile(
            "\\d{2}(?!00|70)\\d{2}\\d{2}(?<day>0[1-9]|[12]\\d|3[01]|4[1-9]|[56]\\d|7[01])(?<month>0[1-9]|1[0-2])(?<yy>\\d{2})(?!0000)\\d{4}");

    private static boolean oracle(String s) {
        var m = ORACLE.matcher(s);
        if (!m.matches()) {
            return false;
        }
        int day = Integer.parseInt(m.group("day")) % 40;
        try {
            // a day that exists in 20YY exists in 19YY or 20YY; only 00 differs, and 2000 is the leap one
            LocalDate.of(2000 + Integer.parseInt(m.group("yy")), Integer.parseInt(m.group("month")), day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static Stream<String> randomNiks() {
        Random random = new Random(20260101L);
        return IntStream.range(0, 3000).mapToObj(i -> {
            StringBuilder sb = new StringBuilder();
            if (i % 3 == 0) {
                for (int k = 0; k < 16; k++) {
                    sb.append(random.nextInt(10));
                }
                return sb.toString();
            }
            // plausible NIKs, near the edges of every field
            sb.append(String.format("%02d%02d%02d", random.nextInt(100), pick(random, 0, 70, 69, 71, 99, 1), random.nextInt(100)));
            sb.append(String.format("%02d%02d%02d", random.nextInt(80), random.nextInt(14), random.nextInt(100)));
            sb.append(String.format("%04d", random.nextInt(4) == 0 ? 0 : random.nextInt(10000)));
            return sb.toString();
        });
    }

    private static int pick(Random random, int... edges) {
        return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextInt(100);
    }

    @ParameterizedTest
    @MethodSource("randomNiks")
    void parse_seededRandomDigits_agreesWithTheOracleAndRoundTrips(String s) {
        boolean valid = oracle(s);
        assertThat(Nik.check(s).isValid()).as("check %s", s).isEqualTo(valid);
        if (valid) {
            Nik nik = Nik.parse(s);
            assertThat(Nik.parse(nik.toString())).isEqualTo(nik);
            LocalDate born = nik.birthDate(TODAY);
            assertThat(born).isBeforeOrEqualTo(TODAY).isAfter(TODAY.minusYears(101));
            assertThat(String.format("%02d%02d%02d", born.getDayOfMonth() + (nik.female() ? 40 : 0), born.getMonthValue(),
                    born.getYear() % 100)).isEqualTo(s.substring(6, 12));
            assertThat(nik.regionCode().undotted()).isEqualTo(s.substring(0, 6));
        } else {
            assertThatThrownBy(() -> Nik.parse(s)).isInstanceOf(InvalidIdentifierException.class).hasMessageStartingWith("NIK " + s + " ");
        }
    }

    @Test
    void parse_everyBirthDayMonthAndSex_exhaustively() {
        int valid = 0;
        for (int day = 0; day < 100; day++) {
            for (int month = 0; month < 100; month++) {
                for (int yy : new int[] {0, 1, 4, 99}) {
                    String s = String.format("317101%02d%02d%02d0001", day, month, yy);
                    boolean ok = oracle(s);
                    assertThat(Nik.check(s).isValid()).as(s).isEqualTo(ok);
                    valid += ok ? 1 : 0;
                }
            }
        }
        // 2 sexes x (366 days in years 00 and 04, 365 in 01 and 99)
        assertThat(valid).isEqualTo(2 * (366 + 365 + 366 + 365));
    }
}
