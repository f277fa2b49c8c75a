package io.github.spbe4j.complaints.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-written complaint texts (fictional) and edge cases of {@link Redactor}. */
class RedactorTest {

    private static final Redactor R = Redactor.standard();

    /** A valid NIK: Kota Contoh's district 61.71.01, a woman born 17-08-1990, serial 0003. */
    private static final String NIK = "6171015708900003";

    private static String redact(String text) {
        return R.redactText(text);
    }

    @Test
    void redact_realLookingComplaint_masksEveryIdentifierAndKeepsEveryOtherNumber() {
        String text = """
                Selamat pagi. Saya Budi, warga Kelurahan Contoh Barat (61.71.01.1001) Kota Contoh, NIK 6171015708900003.
                Lampu jalan di Jl. Merdeka No. 12 RT 03/RW 05 mati sejak 17-08-2026 pukul 19.30 WIB.
                Sudah lapor ke petugas (NIP 19680507 198712 1 001) tapi sampai 2026-03-17 belum ada tindak lanjut.
                Biaya perbaikan katanya Rp 1.500.000,00, padahal anggaran tahun 2026 Rp 10.000.000.
                Hubungi saya di 0812-3456-7890, WA +62 813 1234 5678, atau budi.santoso@contoh.co.id.""";

        Redaction r = R.redact(text);

        assertThat(r.text()).isEqualTo("""
                Selamat pagi. Saya Budi, warga Kelurahan Contoh Barat (61.71.01.1001) Kota Contoh, NIK [NIK].
                Lampu jalan di Jl. Merdeka No. 12 RT 03/RW 05 mati sejak 17-08-2026 pukul 19.30 WIB.
                Sudah lapor ke petugas (NIP [NIP]) tapi sampai 2026-03-17 belum ada tindak lanjut.
                Biaya perbaikan katanya Rp 1.500.000,00, padahal anggaran tahun 2026 Rp 10.000.000.
                Hubungi saya di [telepon], WA [telepon], atau [email].""");
        assertThat(r.counts()).isEqualTo(Map.of(PersonalData.NIK, 1, PersonalData.NIP, 1, PersonalData.PHONE, 2, PersonalData.EMAIL, 1));
        assertThat(r.total()).isEqualTo(5);
        assertThat(r.redacted()).isTrue();
    }

    @Test
    void redact_exampleOfTheGuide_givesWhatTheGuideSays() {
        String text = "NIK saya 9971015505900001, HP 0812-3456-7890, surel siti@contoh.id. "
                + "Retribusi Rp 1.500.000 dibayar 17-08-2026 di kelurahan 61.71.01.1001.";

        Redaction r = R.redact(text);

        assertThat(r.text()).isEqualTo("NIK saya [NIK], HP [telepon], surel [email]. Retribusi Rp 1.500.000 dibayar 17-08-2026 di kelurahan 61.71.01.1001.");
        assertThat(r.counts()).hasToString("{NIK=1, PHONE=1, EMAIL=1}");
        assertThat(r.count(PersonalData.NIP)).isZero();
    }

    @Test
    void redact_complaintAboutAServiceWithoutPersonalData_returnsTheTextUnchanged() {
        String text = "Pengurusan KTP-el di Disdukcapil Kota Contoh memakan waktu 14 hari kerja, bukan 3 hari seperti "
                + "standar pelayanan (SP 2025). Antrean nomor 127 dipanggil pukul 08.15, loket 2 tutup 11:30. "
                + "Indikator 42 SPBE, kode 61.71.02, NPWP tidak diminta. Denda Rp 250.000 dan Rp 1.250.000,50 "
                + "ditarik pada 01/02/2026, 1 Januari 2026 dan 2026-01-05; layanan ke-3 dari 1.000.";

        Redaction r = R.redact(text);

        assertThat(r.text()).isEqualTo(text);
        assertThat(r.counts()).isEmpty();
        assertThat(r.redacted()).isFalse();
    }

    @Test
    void redact_anonymousReporterWritingTheirOwnContact_leavesNoDigitOfIt() {
        String text = "Saya tidak mau nama saya muncul. Kalau perlu, telepon (0561) 7654-3210 atau 0813.9876.5432, "
                + "atau email siti_aminah+lapor@mail.contoh.id. NIK saya 61.71.01.570890.0003.";

        assertThat(redact(text)).isEqualTo("Saya tidak mau nama saya muncul. Kalau perlu, telepon (0561) 7654-3210 atau [telepon], "
                + "atau email [email]. NIK saya [NIK].");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "08123456789|[telepon]",
        "0812-3456-7890|[telepon]",
        "0812 3456 7890|[telepon]",
        "0812.3456.7890|[telepon]",
        "081234567890123|081234567890123",
        "+6281234567890|[telepon]",
        "+62 812-3456-7890|[telepon]",
        "+62 (812) 3456 7890|[telepon]",
        "(+62) 812 3456 7890|[telepon]",
        "(0812) 3456-7890|[telepon]",
        "+62 0812 3456 7890|[telepon]",
        "+62 21 5555 1234|[telepon]",
        "6281234567890|[telepon]",
        "62 812 3456 7890|[telepon]",
        "62-812-3456-7890|[telepon]",
        "0812345678|[telepon]",
        "081234567|081234567",
    })
    void redact_phoneNumberForms_areMaskedWhole(String text, String expected) {
        assertThat(redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "6171015708900003|[NIK]",
        "6171 0157 0890 0003|[NIK]",
        "6171-0157-0890-0003|[NIK]",
        "6171.0157.0890.0003|[NIK]",
        "61.71.01.570890.0003|[NIK]",
        "196805071987121001|[NIP]",
        "19680507 198712 1 001|[NIP]",
        "200012312024211001|[NIP]",
        "20001231 202421 1 001|[NIP]",
        // 16 digits in one run that fail the NIK check: still masked, as a long number
        "6171013208900003|[nomor]",
        "1234567890123456789012|[nomor]",
        // separated, failing the check: several numbers side by side, left alone
        "6171 3208 9000 0312|6171 3208 9000 0312",
    })
    void redact_nikAndNipForms_areMaskedWhole(String text, String expected) {
        assertThat(redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Rp 10.000.000", "Rp10.000.000", "1.500.000,00", "Rp 1.081.234.567.890", "Rp 62.812.345.678",
        "Rp 4.171.015.708.900.003", "1 500 000 000", "17-08-2026", "17/08/2026", "2026-03-17", "17.08.2026",
        "19.30", "08.15-09.30", "08:15", "61.71.01.1001", "6171011001", "62.71.01.1001", "61.71", "tahun 2026",
        "2024 2025", "No. 12", "RT 08 RW 12", "indikator 42", "I.3.42", "800.1.2/1234/BKD/2026", "LPR-2026-000123",
        "3,14", "1.000.000.000.000.000", "100.000.000.000.000.000", "1234567890123", "08-2026",
        "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1", "12 12 12 12 12 12 12 12", "1 1 1 1 11 11 11 11 11 11 11",
    })
    void redact_numbersThatAreNotPersonalData_areLeftAlone(String text) {
        assertThat(redact("Catatan: " + text + " selesai")).isEqualTo("Catatan: " + text + " selesai");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "budi@contoh.id|[email]",
        "Budi.Santoso@Kota-Contoh.go.id|[email]",
        "a_b%c+d-e@mail.contoh.co.id|[email]",
        "email: budi@contoh.id.|email: [email].",
        "<budi@contoh.id>|<[email]>",
        "(budi@contoh.id)|([email])",
        "6171015708900003@contoh.id|[email]",
        "@pemkotcontoh|@pemkotcontoh",
        "budi@localhost|budi@localhost",
        "budi@contoh.c|budi@contoh.c",
        "budi@@contoh.id|budi@@contoh.id",
        "x@a@b.com|x@[email]",
        "budi@contoh..id|budi@contoh..id",
        "budi@contoh.id2024|[email]2024",
        "budi@contoh.co0812345678|[email][telepon]",
    })
    void redact_emailForms_areMaskedAndNotEmailsAreLeft(String text, String expected) {
        assertThat(redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // start and end of the text, adjacent punctuation
        "6171015708900003 adalah NIK saya|[NIK] adalah NIK saya",
        "NIK saya 6171015708900003|NIK saya [NIK]",
        "NIK:6171015708900003,HP:08123456789.|NIK:[NIK],HP:[telepon].",
        "\"08123456789\"|\"[telepon]\"",
        // glued to letters
        "NIK6171015708900003|NIK[NIK]",
        "HP08123456789|HP[telepon]",
        "wa.me/6281234567890|wa.me/[telepon]",
        // several side by side
        "6171015708900003 08123456789|[NIK] [telepon]",
        "0812-3456-7890/0813-1111-2222|[telepon]/[telepon]",
        "17-08-2026 08123456789|17-08-2026 [telepon]",
        "No 12 081 2345 6789|No 12 [telepon]",
        "1 0812 3456 7890|1 [telepon]",
        "0812-3456-7890-1234|[telepon]-1234",
    })
    void redact_identifiersAtEdgesAndGlued_areMasked(String text, String expected) {
        assertThat(redact(text)).isEqualTo(expected);
    }

    @Test
    void redact_lineBreaks_endANumberAndAreKept() {
        assertThat(redact("NIK\n6171015708900003\r\nHP\n0812\n3456\n7890\n")).isEqualTo("NIK\n[NIK]\r\nHP\n0812\n3456\n7890\n");
        assertThat(redact("0812-3456-7890\n0813-1111-2222")).isEqualTo("[telepon]\n[telepon]");
    }

    @Test
    void redact_unicodeDigitsAndSeparators_areReadLikeAsciiOnes() {
        // full-width digits and dash, Arabic-Indic and Devanagari digits, non-breaking and narrow spaces, en dash
        assertThat(redact("HP ０８１２－３４５６－７８９０.")).isEqualTo("HP [telepon].");
        assertThat(redact("NIK \u0666\u0661\u0667\u0661\u0660\u0661\u0665\u0667\u0660\u0668\u0669\u0660\u0660\u0660\u0660\u0663"))
                .isEqualTo("NIK [NIK]");
        assertThat(redact("\u0966\u096e\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f")).isEqualTo("[telepon]");
        assertThat(redact("0812\u00a03456\u00a07890 dan 0812\u202f3456\u202f7890 dan 0812\u20133456\u20137890"))
                .isEqualTo("[telepon] dan [telepon] dan [telepon]");
        assertThat(redact("＋６２ ８１２ ３４５６ ７８９０")).isEqualTo("[telepon]");
    }

    @Test
    void redact_invisibleCharactersBetweenDigits_cannotHideANumber() {
        assertThat(redact("6171\u200b0157\u200b0890\u200b0003")).isEqualTo("[NIK]");
        assertThat(redact("0812\u00ad3456\u20607890")).isEqualTo("[telepon]");
        assertThat(redact("0812 \u200b3456 7890")).isEqualTo("[telepon]");
        assertThat(redact("+\u200d6281234567890")).isEqualTo("[telepon]");
    }

    @Test
    void redact_supplementaryDigitsAndLoneSurrogates_doNotBreakTheText() {
        // mathematical bold digits are decimal digits outside the BMP
        String bold = new StringBuilder().appendCodePoint(0x1D7CE).appendCodePoint(0x1D7D6).toString(); // 0 8
        String phone = bold + "123456789";
        assertThat(redact("HP " + phone)).isEqualTo("HP [telepon]");
        assertThat(redact("\ud800 0812-3456-7890 \udc00")).isEqualTo("\ud800 [telepon] \udc00");
        assertThat(redact("")).isEmpty();
    }

    @Test
    void redact_alreadyRedactedText_isUnchanged() {
        String once = redact("NIK 6171015708900003, HP (0812) 3456-7890, budi@contoh.id, x@a@b.com, budi@contoh.co0812345678");
        assertThat(redact(once)).isEqualTo(once);
        assertThat(R.redact(once).counts()).isEmpty();
    }

    @Test
    void redact_maskedValueThatEndedAnAmount_readsWhatFollowsAsIfTheTextBeganThere() {
        // 1-628196805075-115 is a valid NIK in groups; 115.628 would be an amount had the NIK not taken the 115
        String text = "xy0000-1-628196805075-115.628 1001385362-628 xy";
        String once = redact(text);
        assertThat(once).isEqualTo("xy0000-[NIK].[telepon]-628 xy");
        assertThat(redact(once)).isEqualTo(once);
    }

    @Test
    void redact_null_isRefused() {
        assertThatNullPointerException().isThrownBy(() -> R.redact(null)).withMessageContaining("text");
    }

    @Test
    void redaction_countsBelowZero_areRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Redaction("x", Map.of(PersonalData.NIK, -1)))
                .isInstanceOf(io.github.spbe4j.core.SpbeException.class).hasMessageContaining("NIK").hasMessageContaining("-1");
        assertThat(new Redaction("x", Map.of(PersonalData.NIK, 0)).counts()).isEmpty();
    }

    @Test
    void personalData_masks_holdNoDigitAndNoAt() {
        for (PersonalData kind : PersonalData.values()) {
            assertThat(kind.mask()).startsWith("[").endsWith("]").doesNotContainPattern("[0-9@]");
        }
    }
}
