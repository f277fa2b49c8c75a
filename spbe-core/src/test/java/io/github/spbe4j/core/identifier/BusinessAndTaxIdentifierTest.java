package io.github.spbe4j.core.identifier;

import static io.github.spbe4j.core.testing.Checks.invalidTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NIB, NPWP and KBLI: length and digits only, NPWP's display form. */
class BusinessAndTaxIdentifierTest {

    @Test
    void nib_thirteenDigits_roundTrips() {
        Nib nib = Nib.parse("1234567890123");
        assertThat(nib).hasToString("1234567890123").isEqualTo(Nib.parse(nib.toString()));
        assertThat(Nib.check("1234 5678 90123")).isEqualTo(new IdentifierCheck.Valid<>(nib, List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123456789012|NIB \"123456789012\" is not 13 digits; a NIB is exactly 13 digits 0-9",
        "12345678901234|NIB \"12345678901234\" is not 13 digits; a NIB is exactly 13 digits 0-9",
        "123456789012a|NIB \"123456789012a\" is not 13 digits; a NIB is exactly 13 digits 0-9",
        "1234 5678 90123|NIB \"1234 5678 90123\" is not 13 digits; a NIB is exactly 13 digits 0-9",
    })
    void nib_notThirteenDigits_isRejected(String text, String message) {
        assertThatThrownBy(() -> Nib.parse(text)).isInstanceOf(InvalidIdentifierException.class).hasMessage(message);
    }

    @Test
    void kbli_fiveDigits_roundTrips() {
        Kbli kbli = Kbli.parse("62019");
        assertThat(kbli).hasToString("62019").isEqualTo(Kbli.parse(kbli.toString()));
        assertThat(Kbli.parse("00000")).hasToString("00000");
        assertThat(Kbli.check("62.019")).isEqualTo(new IdentifierCheck.Valid<>(kbli, List.of()));
        assertThat(invalidTexts(Kbli.check("6201"))).containsExactly(
                "KBLI \"6201\" is not 5 digits after removing whitespace, dots and dashes");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "6201|KBLI \"6201\" is not 5 digits; a KBLI is exactly 5 digits 0-9",
        "620190|KBLI \"620190\" is not 5 digits; a KBLI is exactly 5 digits 0-9",
        "62.019|KBLI \"62.019\" is not 5 digits; a KBLI is exactly 5 digits 0-9",
    })
    void kbli_notFiveDigits_isRejected(String text, String message) {
        assertThatThrownBy(() -> Kbli.parse(text)).isInstanceOf(InvalidIdentifierException.class).hasMessage(message);
    }

    @Test
    void npwp_displayFormAndDigits_areTheSameNpwp() {
        Npwp npwp = Npwp.parse("01.234.567.8-901.234");
        assertThat(npwp).hasToString("012345678901234").isEqualTo(Npwp.parse("012345678901234"));
        assertThat(npwp.format()).isEqualTo("01.234.567.8-901.234");
        assertThat(npwp.isNikBased()).isFalse();
        assertThat(Npwp.parse(npwp.format())).isEqualTo(npwp);
        assertThat(Npwp.parse(npwp.toString())).isEqualTo(npwp);
    }

    @Test
    void npwp_sixteenDigits_isNikBasedAndFormatsBare() {
        Npwp npwp = Npwp.parse("3171011505900001");
        assertThat(npwp.isNikBased()).isTrue();
        assertThat(npwp.format()).isEqualTo("3171011505900001");
        assertThat(npwp).hasToString("3171011505900001");
        assertThat(npwp).isNotEqualTo(Npwp.parse("317101150590000"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "01234567890123|NPWP \"01234567890123\" is neither 15 nor 16 digits nor the display form 99.999.999.9-999.999",
        "01234567890123456|NPWP \"01234567890123456\" is neither 15 nor 16 digits nor the display form 99.999.999.9-999.999",
        "01.234.567.8.901.234|NPWP \"01.234.567.8.901.234\" is neither 15 nor 16 digits nor the display form 99.999.999.9-999.999",
        "012.345.678.9-012.34|NPWP \"012.345.678.9-012.34\" is neither 15 nor 16 digits nor the display form 99.999.999.9-999.999",
        "01 234 567 8 901 234|NPWP \"01 234 567 8 901 234\" is neither 15 nor 16 digits nor the display form 99.999.999.9-999.999",
    })
    void npwp_strictOtherForms_areRejected(String text, String message) {
        assertThatThrownBy(() -> Npwp.parse(text)).isInstanceOf(InvalidIdentifierException.class).hasMessage(message);
    }

    @Test
    void npwp_check_acceptsAnySpacingOfFifteenOrSixteenDigits() {
        Npwp npwp = Npwp.parse("012345678901234");
        assertThat(Npwp.check("01 234 567 8 901 234")).isEqualTo(new IdentifierCheck.Valid<>(npwp, List.of()));
        assertThat(Npwp.check("01.234.567.8.901.234")).isEqualTo(new IdentifierCheck.Valid<>(npwp, List.of()));
        assertThat(Npwp.check("3171-0115-0590-0001").isValid()).isTrue();
        assertThat(invalidTexts(Npwp.check("01.234.567.8-901.23"))).containsExactly(
                "NPWP \"01.234.567.8-901.23\" is not 15 or 16 digits after removing whitespace, dots and dashes");
    }

    @Test
    void npwp_seededRandomDigits_formatAndParseRoundTrip() {
        Random random = new Random(15L);
        for (int i = 0; i < 1000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = 15 + random.nextInt(2);
            for (int k = 0; k < length; k++) {
                sb.append(random.nextInt(10));
            }
            Npwp npwp = Npwp.parse(sb);
            assertThat(Npwp.parse(npwp.format())).isEqualTo(npwp);
            assertThat(Npwp.parse(npwp.toString())).isEqualTo(npwp);
            assertThat(npwp.format().replaceAll("[.-]", "")).isEqualTo(sb.toString());
            assertThat(npwp.format()).matches(length == 15 ? "\\d\\d\\.\\d{3}\\.\\d{3}\\.\\d-\\d{3}\\.\\d{3}" : "\\d{16}");
        }
    }
}
