package io.github.spbe4j.complaints.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Long adversarial inputs: texts built to make a backtracking matcher take quadratic or exponential
 * time. The redactor reads each character a bounded number of times, so these finish as fast as a
 * plain text of the same length; the tests assert the results (the timing is JMH's business).
 */
class RedactorLongInputTest {

    private static final int N = 200_000;

    private static String redact(String text) {
        return Redactor.standard().redactText(text);
    }

    @Test
    void redact_manyShortGroupsOneSeparatorApart_leavesThemAlone() {
        String text = "1.".repeat(N) + "1";
        assertThat(redact(text)).isEqualTo(text);
        String spaced = "12 ".repeat(N);
        assertThat(redact(spaced)).isEqualTo(spaced);
    }

    @Test
    void redact_oneHugeDigitRun_isOneLongNumber() {
        Redaction r = Redactor.standard().redact("x" + "7".repeat(N) + "x");
        assertThat(r.text()).isEqualTo("x[nomor]x");
        assertThat(r.count(PersonalData.LONG_NUMBER)).isEqualTo(1);
    }

    @Test
    void redact_repeatedPhoneNumbersGluedBySeparators_masksEveryOne() {
        String text = "0812-3456-7890 ".repeat(N / 16);
        assertThat(redact(text)).isEqualTo("[telepon] ".repeat(N / 16));
    }

    @Test
    void redact_manyAtSignsAndAlmostAddresses_leavesThemAlone() {
        for (String unit : new String[] {"@", "a@", "a.", "a@b.", "a@b.c", ".@.", "-@-.", "@a.b"}) {
            String text = unit.repeat(N / unit.length());
            String once = redact(text);
            assertThat(once).as(unit).doesNotContain("[nomor]", "[NIK]", "[telepon]");
            assertThat(redact(once)).as(unit).isEqualTo(once);
        }
        assertThat(redact("a".repeat(N) + "@" + "b".repeat(N) + ".id")).isEqualTo("[email]");
        assertThat(redact("a".repeat(N) + "@" + "b.".repeat(N))).isEqualTo("a".repeat(N) + "@" + "b.".repeat(N));
    }

    @Test
    void redact_invisibleCharactersAndParenthesesInBulk_doNotStopTheScan() {
        String cf = "\u200b".repeat(N);
        assertThat(redact("0812" + cf + "34567890")).isEqualTo("[telepon]");
        String parens = "(1) ".repeat(N / 4);
        assertThat(redact(parens)).isEqualTo(parens);
        String pluses = "+62 ".repeat(N / 4);
        assertThat(redact(pluses)).isEqualTo(pluses);
    }

    @Test
    void redact_amountWithVeryManyGroups_staysAnAmount() {
        String text = "Rp 1" + ".081".repeat(N / 4) + ",00";
        assertThat(redact(text)).isEqualTo(text);
    }
}
