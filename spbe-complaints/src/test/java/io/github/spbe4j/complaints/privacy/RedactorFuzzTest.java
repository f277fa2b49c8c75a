package io.github.spbe4j.complaints.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.spbe4j.core.identifier.Nik;
import io.github.spbe4j.core.identifier.Nip;
import java.util.Random;

/**
 * Fuzz tests of {@link Redactor#redact(CharSequence)} with Jazzer's JUnit integration: whatever the
 * string, the redactor returns; its output holds no run of digits (of any script, invisible formatting
 * characters between them ignored) that passes the NIK or NIP check, nor any run of 16 digits or more;
 * and redacting the output again changes nothing. One fuzz test takes any string, the other plants
 * generated identifiers in fuzzed text.
 *
 * <p>{@code mvn test} runs each on its seed corpus only
 * ({@code src/test/resources/io/github/spbe4j/complaints/privacy/RedactorFuzzTestInputs/<method>/}). To
 * fuzz for real, one at a time, from the repository root:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl spbe-complaints -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='RedactorFuzzTest#redact_anyString_leavesNoNikOrNipAndIsIdempotent' \
 *     -Djazzer.instrument='io.github.spbe4j.**'
 * </pre>
 *
 * <p>The other is {@code redact_plantedIdentifiers_areGone}. Add every crash as a seed, renamed to say
 * what it tests.
 */
class RedactorFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void redact_anyString_leavesNoNikOrNipAndIsIdempotent(FuzzedDataProvider data) {
        check(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "3m")
    void redact_plantedIdentifiers_areGone(FuzzedDataProvider data) {
        Random rnd = new Random(data.consumeLong());
        String before = data.consumeString(200);
        PersonalData kind = PersonalData.values()[data.consumeInt(0, 3)];
        String planted = RedactorGeneratedTest.identifier(kind, rnd);
        String after = data.consumeRemainingAsString();
        // the identifier is set apart by a space, as written in text
        String out = check(before + " " + planted + " " + after);
        assertThat(out).as("planted %s", planted).doesNotContain(planted);
    }

    /** Redacts, checks the output and returns it. */
    static String check(String text) {
        Redaction r = Redactor.standard().redact(text);
        String out = r.text();
        assertNoIdentifierRun(out);
        assertThat(Redactor.standard().redactText(out)).as("redacting twice").isEqualTo(out);
        assertThat(r.total()).isGreaterThanOrEqualTo(0);
        return out;
    }

    /**
     * Asserts that no maximal run of digits in the text — digits of any script, invisible formatting
     * characters between them skipped — is 16 digits or more, and so none passes the NIK or NIP check;
     * the oracle, written independently of the redactor.
     */
    static void assertNoIdentifierRun(String text) {
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i <= text.length()) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            int v = Character.digit(cp, 10);
            if (v >= 0) {
                run.append((char) ('0' + v));
            } else if (Character.getType(cp) != Character.FORMAT || i == text.length()) {
                if (run.length() > 0) {
                    String d = run.toString();
                    assertThat(Nik.check(d).isValid()).as("a NIK is left: %s", d).isFalse();
                    assertThat(Nip.check(d).isValid()).as("a NIP is left: %s", d).isFalse();
                    assertThat(d.length()).as("a run of %d digits is left", d.length()).isLessThan(16);
                    run.setLength(0);
                }
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
    }
}
