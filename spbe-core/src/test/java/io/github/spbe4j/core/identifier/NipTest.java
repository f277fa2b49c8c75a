package io.github.spbe4j.core.identifier;

import static io.github.spbe4j.core.testing.Checks.invalidTexts;
import static io.github.spbe4j.core.testing.Checks.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** NIP: the PNS and PPPK layouts, how they are told apart, strict and lenient reading. */
class NipTest {

    @Test
    void parse_referencePnsExample_decodesEveryField() {
        Nip nip = Nip.parse("196805071987121001");
        assertThat(nip.kind()).isEqualTo(Nip.Kind.PNS);
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1968, 5, 7));
        assertThat(nip.serviceStart()).contains(YearMonth.of(1987, 12));
        assertThat(nip.startYear()).isEqualTo(Year.of(1987));
        assertThat(nip.period()).isEmpty();
        assertThat(nip.sex()).isEqualTo(Sex.MALE);
        assertThat(nip.serial()).isEqualTo(1);
        assertThat(nip).hasToString("196805071987121001");
    }

    @Test
    void parse_referencePppkExample_decodesEveryField() {
        Nip nip = Nip.parse("200012312024211001");
        assertThat(nip.kind()).isEqualTo(Nip.Kind.PPPK);
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(2000, 12, 31));
        assertThat(nip.startYear()).isEqualTo(Year.of(2024));
        assertThat(nip.serviceStart()).isEqualTo(Optional.empty());
        assertThat(nip.period()).isEqualTo(OptionalInt.of(1));
        assertThat(nip.sex()).isEqualTo(Sex.MALE);
        assertThat(nip.serial()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"196805071987012999, PNS, FEMALE, 999", "196805071987102123, PNS, FEMALE, 123", "196805071987112001, PNS, FEMALE, 1",
        "200012312024292999, PPPK, FEMALE, 999", "200012312024251010, PPPK, MALE, 10"})
    void parse_digit13_decidesTheKind(String text, Nip.Kind kind, Sex sex, int serial) {
        Nip nip = Nip.parse(text);
        assertThat(nip.kind()).isEqualTo(kind);
        assertThat(nip.sex()).isEqualTo(sex);
        assertThat(nip.serial()).isEqualTo(serial);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "196802301987121001|NIP 196802301987121001 has birth date 19680230, which does not exist (digits 1-8 are YYYYMMDD)",
        "196813071987121001|NIP 196813071987121001 has birth date 19681307, which does not exist (digits 1-8 are YYYYMMDD)",
        "196805001987121001|NIP 196805001987121001 has birth date 19680500, which does not exist (digits 1-8 are YYYYMMDD)",
        "196702291987121001|NIP 196702291987121001 has birth date 19670229, which does not exist (digits 1-8 are YYYYMMDD)",
        "196805071987001001|NIP 196805071987001001 has PNS start-of-service month 00; months run 01..12",
        "196805071987131001|NIP 196805071987131001 has PNS start-of-service month 13; months run 01..12",
        "196805071987191001|NIP 196805071987191001 has PNS start-of-service month 19; months run 01..12",
        "200012312024201001|NIP 200012312024201001 has PPPK period digit 0; periods run 1..9",
        "200012312024311001|NIP 200012312024311001 has digit 13 3; it is 0 or 1 (the PNS start-of-service month 01..12) or 2 (the PPPK marker)",
        "200012312024911001|NIP 200012312024911001 has digit 13 9; it is 0 or 1 (the PNS start-of-service month 01..12) or 2 (the PPPK marker)",
        "196805071987120001|NIP 196805071987120001 has sex digit 0; it is 1 (male) or 2 (female)",
        "200012312024213001|NIP 200012312024213001 has sex digit 3; it is 1 (male) or 2 (female)",
        "196805071987121000|NIP 196805071987121000 has serial 000; serials run 001..999",
        "200012312024212000|NIP 200012312024212000 has serial 000; serials run 001..999",
        "19680507198712100|NIP \"19680507198712100\" is not 18 digits; a NIP is exactly 18 digits 0-9",
        "19680507 198712 1 001|NIP \"19680507 198712 1 001\" is not 18 digits; a NIP is exactly 18 digits 0-9",
    })
    void parse_brokenRule_throwsOneSentenceNamingTypeRuleAndValue(String text, String message) {
        assertThatThrownBy(() -> Nip.parse(text)).isInstanceOf(InvalidIdentifierException.class).hasMessage(message);
    }

    @Test
    void parse_severalBrokenRules_listsThemAll() {
        assertThatThrownBy(() -> Nip.parse("196802301987135000"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(texts(e.problems())).containsExactly(
                        "NIP 196802301987135000 has birth date 19680230, which does not exist (digits 1-8 are YYYYMMDD)",
                        "NIP 196802301987135000 has PNS start-of-service month 13; months run 01..12",
                        "NIP 196802301987135000 has sex digit 5; it is 1 (male) or 2 (female)",
                        "NIP 196802301987135000 has serial 000; serials run 001..999"));
    }

    @Test
    void check_displaySpacing_isRead() {
        assertThat(Nip.check("19680507 198712 1 001")).isEqualTo(new IdentifierCheck.Valid<>(Nip.parse("196805071987121001"), List.of()));
        assertThat(Nip.check("20001231-2024-2-1-1-001")).isEqualTo(new IdentifierCheck.Valid<>(Nip.parse("200012312024211001"), List.of()));
        assertThat(invalidTexts(Nip.check("1968 0507 1987 1210 00"))).containsExactly(
                "NIP 196805071987121000 has serial 000; serials run 001..999");
        assertThat(invalidTexts(Nip.check("NIP 196805071987121001"))).containsExactly(
                "NIP \"NIP 196805071987121001\" is not 18 digits after removing whitespace, dots and dashes");
    }

    // ------------------------------------------------------------------ properties

    /** An independent statement of both layouts: regular expressions and java.time. */
    private static final Pattern PNS = Pattern.compile("(\\d{8})\\d{4}(0[1-9]|1[0-2])[12](?!000)\\d{3}");
    private static final Pattern PPPK = Pattern.compile("(\\d{8})\\d{4}2[1-9][12](?!000)\\d{3}");

    private static Optional<Nip.Kind> oracle(String s) {
        boolean pns = PNS.matcher(s).matches();
        boolean pppk = PPPK.matcher(s).matches();
        assertThat(pns && pppk).as("%s matches both layouts", s).isFalse();
        if (!pns && !pppk) {
            return Optional.empty();
        }
        try {
            LocalDate.parse(s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(pns ? Nip.Kind.PNS : Nip.Kind.PPPK);
    }

    static Stream<String> randomNips() {
        Random random = new Random(19680507L);
        return IntStream.range(0, 3000).mapToObj(i -> {
            if (i % 3 == 0) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < 18; k++) {
                    sb.append(random.nextInt(10));
                }
                return sb.toString();
            }
            // plausible NIPs: real-ish years, edge months and days, both kinds
            String birth = String.format("%04d%02d%02d", 1950 + random.nextInt(60), random.nextInt(14), random.nextInt(33));
            String start = String.format("%04d", 1970 + random.nextInt(60));
            String mid = random.nextBoolean() ? String.format("%02d", random.nextInt(30)) : "2" + random.nextInt(10);
            return birth + start + mid + random.nextInt(4) + String.format("%03d", random.nextInt(5) == 0 ? 0 : random.nextInt(1000));
        });
    }

    @ParameterizedTest
    @MethodSource("randomNips")
    void parse_seededRandomDigits_agreesWithTheOracleAndRoundTrips(String s) {
        Optional<Nip.Kind> expected = oracle(s);
        assertThat(Nip.check(s).isValid()).as("check %s", s).isEqualTo(expected.isPresent());
        if (expected.isPresent()) {
            Nip nip = Nip.parse(s);
            assertThat(nip.kind()).isEqualTo(expected.get());
            assertThat(Nip.parse(nip.toString())).isEqualTo(nip);
            assertThat(nip.birthDate().toString().replace("-", "")).isEqualTo(s.substring(0, 8));
            assertThat(nip.serviceStart().isPresent()).isEqualTo(nip.kind() == Nip.Kind.PNS);
            assertThat(nip.period().isPresent()).isEqualTo(nip.kind() == Nip.Kind.PPPK);
        } else {
            assertThatThrownBy(() -> Nip.parse(s)).isInstanceOf(InvalidIdentifierException.class).hasMessageStartingWith("NIP " + s + " ");
        }
    }
}
