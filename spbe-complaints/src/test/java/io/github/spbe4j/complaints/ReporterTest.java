package io.github.spbe4j.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReporterTest {

    @ParameterizedTest
    @ValueSource(strings = {"081234567890", "0812 3456 7890", "0812.3456.7890", "0812-3456-7890", "(0812) 3456-7890",
        "+6281234567890", "+62 812-3456-7890", "+62 (812) 3456 7890", "62 812 3456 7890", "(021) 555-1234", "0561 734567",
        "+62 21 5551234", "123456", "123456789012345"})
    void withPhone_indonesianForms_isAccepted(String phone) {
        assertThat(Reporter.named("Siti Aminah").withPhone(phone).phone()).contains(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567890123456", "++6281234567890", "62+81234567890", "0812/3456/7890",
        "0812 3456 7890 ext 12", "telp 081234567890", "0812\u00a03456\u00a07890", "\uff10\uff18\uff11\uff12\uff13\uff14\uff15\uff16\uff17",
        "0812\u200b34567890", "0812\u001b34567890", "", "+", "(((((((((((((((((((((((((((((((((((((((((0812345678)"})
    void withPhone_notAPhoneNumber_isRefusedNamingTheForm(String phone) {
        Problem p = Problems.one(() -> Reporter.named("Siti Aminah").withPhone(phone));
        assertThat(p.path()).isEqualTo("phone");
        assertThat(p.rule()).isEqualTo(Reporter.CONTACT_RULE);
        assertThat(p.message()).isEqualTo("phone " + Text.quote(phone)
                + " must be 6 to 15 digits, with at most a leading + and spaces, dots, dashes or parentheses between");
        assertThat(p.rejectedValue()).contains(Text.quote(phone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"budi@contoh.id", "budi.santoso+lapor@kotacontoh.go.id", "BUDI@CONTOH.ID", "siti_aminah-1@mail.contoh.co.id"})
    void withEmail_address_isAccepted(String email) {
        assertThat(Reporter.named("Budi").withEmail(email).email()).contains(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"budi", "budi@", "@contoh.id", "budi@contoh", "budi@@contoh.id", "budi@contoh.id.", "budi @contoh.id",
        "budi@-contoh.id", "budi@contoh..id", "<budi@contoh.id>", "budi@contoh.id, siti@contoh.id", "budi@contoh.id;siti@contoh.id",
        "budi\u200b@contoh.id", "budi@contoh\u202e.id", "budi\u001b@contoh.id", "budi@contoh_kota.id", "budi@contoh.id\n", ""})
    void withEmail_notOneAddress_isRefusedNamingTheForm(String email) {
        Problem p = Problems.one(() -> Reporter.named("Budi").withEmail(email));
        assertThat(p.path()).isEqualTo("email");
        assertThat(p.rule()).isEqualTo(Reporter.CONTACT_RULE);
        assertThat(p.message()).isEqualTo("email " + Text.quote(email)
                + " must be one address: a name, one @, a domain with a dot, no spaces, at most 254 characters");
    }

    @Test
    void withEmail_tooLong_isRefused() {
        Problems.one(() -> Reporter.named("Budi").withEmail("a".repeat(65) + "@contoh.id"));
        Problems.one(() -> Reporter.named("Budi").withEmail("budi@" + "a".repeat(250) + ".id"));
        Problem huge = Problems.one(() -> Reporter.named("Budi").withEmail("b".repeat(1_000_000) + "@contoh.id"));
        assertThat(huge.message()).hasSizeLessThan(250);
    }

    @Test
    void named_hostileName_isRefusedWithOneProblemNamingTheCharacter() {
        assertThat(Problems.one(() -> Reporter.named("Budi\u001b[2J")).message())
                .isEqualTo("name \"Budi\\u001b[2J\" holds the control character U+001B at character 5; it must be one line without"
                        + " control characters");
        assertThat(Problems.one(() -> Reporter.named("Budi\u202eSantoso")).message())
                .startsWith("name \"Budi\\u202eSantoso\" holds the bidirectional control U+202E at character 5;");
        assertThat(Problems.one(() -> Reporter.named("Bu\u200bdi")).message())
                .isEqualTo("name \"Bu\\u200bdi\" holds the invisible character U+200B at character 3; names and identifiers may"
                        + " not hold zero-width or invisible formatting characters");
        assertThat(Problems.one(() -> Reporter.named("Budi\ud800")).message())
                .isEqualTo("name \"Budi\\ud800\" holds a lone surrogate U+D800 at character 5; text must be valid Unicode");
        assertThat(Problems.one(() -> Reporter.named("Budi\nSantoso")).message()).contains("holds a line break U+000A at character 5");
    }

    @Test
    void named_blankOrTooLong_isRefusedNamingTheLength() {
        Problem blank = Problems.one(() -> Reporter.named("  "));
        assertThat(blank.rule()).isEqualTo("Required");
        assertThat(blank.message()).isEqualTo("name \"  \" must be 1 to 200 characters and not blank; it has 2");
        Problem huge = Problems.one(() -> Reporter.named("x".repeat(1_000_000)));
        assertThat(huge.rule()).isEqualTo("Length");
        assertThat(huge.message()).startsWith("name \"xxx").endsWith("... must be 1 to 200 characters and not blank; it has 1000000")
                .hasSizeLessThan(200);
        assertThat(Reporter.named("x".repeat(200)).name()).hasSize(200);
        assertThat(Reporter.named("Ni Luh Putu Ayu Ṡ\ud835\udc9c").name()).endsWith("\ud835\udc9c");
    }

    @Test
    void new_everyPartWrong_namesEveryProblemAtOnce() {
        List<Problem> problems = Problems.of(() -> new Reporter("", Optional.of("12"), Optional.of("budi")));
        assertThat(problems).extracting(Problem::path).containsExactly("name", "phone", "email");
        assertThat(Problems.of(() -> new Reporter("", Optional.of("12"), Optional.of("budi"))))
                .isEqualTo(problems);
    }

    @Test
    void toString_namesWhatIsHeldButNoValue() {
        Reporter r = Reporter.named("Siti Aminah").withPhone("0812-3456-7890").withEmail("siti@contoh.id");
        assertThat(r).hasToString("Reporter[name, phone, email; withheld]");
        assertThat(Reporter.named("Siti Aminah")).hasToString("Reporter[name; withheld]");
        assertThat(r.withPhone("0812-3456-7890")).isEqualTo(r).hasSameHashCodeAs(r);
    }
}
