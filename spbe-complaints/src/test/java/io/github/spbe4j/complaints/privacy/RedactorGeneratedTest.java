package io.github.spbe4j.complaints.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.identifier.Nik;
import io.github.spbe4j.core.identifier.Nip;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests of {@link Redactor} over generated complaint texts: Indonesian sentences with valid
 * NIKs, NIPs, phone numbers and e-mail addresses planted in their usual written forms, among amounts,
 * dates, times, region codes, years, short numbers and indicator codes. The generator is the oracle:
 * it knows the expected text, every identifier replaced by its mask and everything else as written.
 */
class RedactorGeneratedTest {

    private static final List<String> WORDS = List.of("saya", "warga", "melapor", "jalan", "rusak", "di", "depan",
            "kantor", "kelurahan", "sejak", "lampu", "mati", "mohon", "segera", "ditindaklanjuti", "petugas", "tidak",
            "datang", "biaya", "anggaran", "pukul", "tanggal", "tahun", "nomor", "hubungi", "atau", "Kota", "Contoh");

    private static final List<String> AFTER = List.of("", "", "", ",", ".", ";", ":", "!", "?");

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void redact_generatedComplaint_masksEveryPlantedIdentifierAndKeepsEverythingElse(long seed) {
        Random rnd = new Random(seed);
        StringBuilder text = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        Map<PersonalData, Integer> counts = new EnumMap<>(PersonalData.class);
        int pieces = 5 + rnd.nextInt(30);
        for (int p = 0; p < pieces; p++) {
            String lead = word(rnd) + (rnd.nextInt(3) == 0 ? " " + word(rnd) : "") + " ";
            text.append(lead);
            expected.append(lead);
            String after = AFTER.get(rnd.nextInt(AFTER.size()));
            if (rnd.nextInt(5) < 2) {
                PersonalData kind = PersonalData.values()[rnd.nextInt(4)];
                text.append(identifier(kind, rnd));
                expected.append(kind.mask());
                counts.merge(kind, 1, Integer::sum);
            } else {
                String plain = notIdentifier(rnd);
                text.append(plain);
                expected.append(plain);
            }
            text.append(after).append(rnd.nextInt(6) == 0 ? "\n" : " ");
            expected.append(after).append(text.charAt(text.length() - 1));
        }

        Redaction r = Redactor.standard().redact(text);

        assertThat(r.text()).as("seed %d, input:%n%s", seed, text).isEqualTo(expected.toString());
        assertThat(r.counts()).as("seed %d", seed).isEqualTo(counts);
        assertThat(Redactor.standard().redactText(r.text())).isEqualTo(r.text());
    }

    private static String word(Random rnd) {
        return WORDS.get(rnd.nextInt(WORDS.size()));
    }

    static String identifier(PersonalData kind, Random rnd) {
        return switch (kind) {
            case NIK -> nik(rnd);
            case NIP -> nip(rnd);
            case PHONE -> phone(rnd);
            case EMAIL -> email(rnd);
            case LONG_NUMBER -> throw new AssertionError("not generated");
        };
    }

    static String nik(Random rnd) {
        int regency = rnd.nextBoolean() ? 1 + rnd.nextInt(69) : 71 + rnd.nextInt(29);
        int day = 1 + rnd.nextInt(28) + (rnd.nextBoolean() ? 40 : 0);
        String d = String.format("%02d%02d%02d%02d%02d%02d%04d", 11 + rnd.nextInt(84), regency, 1 + rnd.nextInt(40), day,
                1 + rnd.nextInt(12), rnd.nextInt(100), 1 + rnd.nextInt(9999));
        assertThat(Nik.check(d).isValid()).as(d).isTrue();
        return switch (rnd.nextInt(6)) {
            case 0, 1 -> d;
            case 2 -> grouped(d, sep(rnd), 4, 4, 4, 4);
            case 3 -> grouped(d, ".", 2, 2, 2, 6, 4);
            case 4 -> grouped(d, " ", 6, 6, 4);
            default -> grouped(d, "-", 4, 4, 4, 4);
        };
    }

    static String nip(Random rnd) {
        String birth = String.format("%04d%02d%02d", 1960 + rnd.nextInt(45), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String middle = rnd.nextBoolean()
                ? String.format("%04d%02d", 1985 + rnd.nextInt(40), 1 + rnd.nextInt(12))
                : String.format("%04d2%d", 2019 + rnd.nextInt(7), 1 + rnd.nextInt(9));
        String d = birth + middle + (1 + rnd.nextInt(2)) + String.format("%03d", 1 + rnd.nextInt(999));
        assertThat(Nip.check(d).isValid()).as(d).isTrue();
        return rnd.nextBoolean() ? d : grouped(d, " ", 8, 6, 1, 3);
    }

    static String phone(Random rnd) {
        StringBuilder national = new StringBuilder("8").append(1 + rnd.nextInt(9));
        int rest = 8 + rnd.nextInt(4); // 9..12 digits after the 0 or the 62, e.g. 812 3456 7890
        for (int k = 0; k < rest - 1; k++) {
            national.append(rnd.nextInt(10));
        }
        String n = national.toString();
        String sep = sep(rnd);
        return switch (rnd.nextInt(8)) {
            case 0 -> "0" + n;
            case 1 -> grouped("0" + n, sep, 4, 4, n.length() - 7);
            case 2 -> "+62" + n;
            case 3 -> "+62 " + grouped(n, sep, 3, 4, n.length() - 7);
            case 4 -> "62" + n;
            case 5 -> "(0" + n.substring(0, 3) + ") " + grouped(n.substring(3), sep, 4, n.length() - 7);
            case 6 -> "(+62) " + grouped(n, " ", 3, 4, n.length() - 7);
            default -> "62-" + grouped(n, "-", 3, 4, n.length() - 7);
        };
    }

    static String email(Random rnd) {
        String local = word(rnd).toLowerCase() + List.of("", ".", "_", "-", "+").get(rnd.nextInt(5)) + word(rnd).toLowerCase()
                + (rnd.nextBoolean() ? String.valueOf(rnd.nextInt(2000)) : "");
        return local + "@" + List.of("contoh.id", "kotacontoh.go.id", "mail.contoh.co.id", "surel.net", "contoh.com").get(rnd.nextInt(5));
    }

    static String notIdentifier(Random rnd) {
        return switch (rnd.nextInt(13)) {
            case 0 -> "Rp " + amount(rnd) + (rnd.nextBoolean() ? ",00" : "");
            case 1 -> "Rp" + amount(rnd);
            case 2 -> String.format("%02d-%02d-%04d", 1 + rnd.nextInt(28), 1 + rnd.nextInt(12), 1990 + rnd.nextInt(40));
            case 3 -> String.format("%04d-%02d-%02d", 1990 + rnd.nextInt(40), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            case 4 -> String.format("%02d/%02d/%04d", 1 + rnd.nextInt(28), 1 + rnd.nextInt(12), 1990 + rnd.nextInt(40));
            case 5 -> String.format("%02d.%02d", rnd.nextInt(24), rnd.nextInt(60)) + (rnd.nextBoolean() ? " WIB" : "");
            case 6 -> String.format("%02d:%02d", rnd.nextInt(24), rnd.nextInt(60));
            case 7 -> String.format("%02d.%02d.%02d.%d%03d", 11 + rnd.nextInt(84), 1 + rnd.nextInt(99), 1 + rnd.nextInt(40),
                    1 + rnd.nextInt(2), 1 + rnd.nextInt(999));
            case 8 -> String.format("%02d%02d%02d%d%03d", 11 + rnd.nextInt(84), 1 + rnd.nextInt(99), 1 + rnd.nextInt(40),
                    1 + rnd.nextInt(2), 1 + rnd.nextInt(999));
            case 9 -> String.valueOf(1990 + rnd.nextInt(40));
            case 10 -> String.valueOf(rnd.nextInt(100_000));
            case 11 -> "indikator " + (1 + rnd.nextInt(47)) + " (I." + (1 + rnd.nextInt(8)) + "." + (1 + rnd.nextInt(47)) + ")";
            default -> String.format("%02d.%02d", 11 + rnd.nextInt(84), 1 + rnd.nextInt(99));
        };
    }

    /** An amount up to 10^18 rupiah, its thousands grouped with dots. */
    private static String amount(Random rnd) {
        long value = switch (rnd.nextInt(4)) {
            case 0 -> 1 + rnd.nextInt(1_000_000);
            case 1 -> 1 + (long) rnd.nextInt(1_000_000) * 1000;
            case 2 -> 1 + Math.floorMod(rnd.nextLong(), 1_000_000_000_000L);
            default -> 1 + Math.floorMod(rnd.nextLong(), 1_000_000_000_000_000_000L);
        };
        return String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '.');
    }

    private static String sep(Random rnd) {
        return List.of(" ", ".", "-").get(rnd.nextInt(3));
    }

    /** Splits digits into groups of the given sizes joined by a separator. */
    private static String grouped(String digits, String sep, int... sizes) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (at > 0) {
                b.append(sep);
            }
            b.append(digits, at, at + size);
            at += size;
        }
        assertThat(at).isEqualTo(digits.length());
        return b.toString();
    }
}
