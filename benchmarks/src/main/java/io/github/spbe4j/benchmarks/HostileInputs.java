package io.github.spbe4j.benchmarks;

import io.github.spbe4j.core.SpbeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Bad input files of a chosen size, as JSON bytes in memory, for {@link RejectionBenchmark} and
 * {@link UnsafeTextBenchmark}: each grows with {@code n} in one way an attacker or a careless tool
 * would make it grow, and each is generated from a fixed seed, so it is the same on every run, in
 * every fork and in the tests.
 */
final class HostileInputs {

    /** The seed the inputs are drawn from. */
    static final long SEED = 0x8BADF11EL;

    /** The framework of the assessments: Indeks SPBE, PermenPANRB 59/2020, indicators 1 to 47. */
    static final String FRAMEWORK_ID = "spbe-2020";

    /** How many indicators {@link #FRAMEWORK_ID} has; codes 1 to 47. */
    static final int INDICATORS = 47;

    /** The first code an unknown indicator may have: the one after spbe-2020's last. */
    static final int FIRST_UNKNOWN_CODE = INDICATORS + 1;

    /** The id the services of {@link #duplicateIds} share. */
    static final String SHARED_ID = "sktm";

    /** The escape sequence {@link #unsafeText} puts in titles: it would set a terminal window's title. */
    static final String TERMINAL_ESCAPE = "\u001b]0;owned\u0007";

    /** How {@link #TERMINAL_ESCAPE} is shown in documentation. */
    static final String TERMINAL_ESCAPE_TEXT = "ESC ]0;owned BEL";

    /** How {@link #TERMINAL_ESCAPE} is written in a JSON string. */
    private static final String TERMINAL_ESCAPE_JSON = "\\u001b]0;owned\\u0007";

    /** The link {@link #unsafeText} gives as a web channel's address. */
    static final String SCRIPT_LINK = "javascript:alert(document.cookie)";

    /** The one instansi of the catalog files, with one kelurahan unit that delivers every service. */
    private static final String INSTANSI = """
            "instansi": [
              {"id": "kota-contoh", "name": "Pemerintah Kota Contoh (fiktif)", "kind": "city", "region": "99.71",
               "units": [{"id": "kec-contoh-utara", "name": "Kecamatan Contoh Utara", "kind": "kecamatan", "region": "99.71.01",
                          "units": [{"id": "kel-contoh-satu", "name": "Kelurahan Contoh Satu", "kind": "kelurahan",
                                     "region": "99.71.01.1001"}]}]}
            ]""";

    private HostileInputs() {
    }

    /**
     * An assessment of spbe-2020 with a value for each of its 47 indicators and for {@code n} unknown
     * codes besides: distinct whole numbers drawn from 48 to 48 + 2n − 1 (so that about half are
     * consecutive and they fall into about n/2 runs), in random order, each with a level of 1 to 5.
     * Reading it succeeds; scoring it fails with one problem listing the unknown codes as ranges.
     *
     * @param n how many unknown codes
     * @param seed the seed
     * @return the file's bytes, UTF-8
     */
    static byte[] unknownCodes(int n, long seed) {
        Random random = new Random(seed);
        List<Integer> codes = new ArrayList<>(2 * n);
        for (int i = 0; i < 2 * n; i++) {
            codes.add(FIRST_UNKNOWN_CODE + i);
        }
        Collections.shuffle(codes, random);
        StringBuilder json = new StringBuilder(64 + 12 * (INDICATORS + n));
        json.append("{\"framework\": \"").append(FRAMEWORK_ID).append("\", ")
                .append("\"agency\": {\"name\": \"Kota Contoh\", \"code\": \"kota-contoh\"}, \"year\": 2025,\n \"values\": {");
        for (int code = 1; code <= INDICATORS; code++) {
            json.append(code == 1 ? "\n  " : ",\n  ").append('"').append(code).append("\": ").append(1 + random.nextInt(5));
        }
        for (int i = 0; i < n; i++) {
            json.append(",\n  \"").append(codes.get(i)).append("\": ").append(1 + random.nextInt(5));
        }
        return json.append("\n }\n}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A catalog file with {@code n} copies of one small service, all with the id {@value #SHARED_ID}.
     * Without the repeats it would be a valid catalog.
     *
     * @param n how many copies
     * @return the file's bytes, UTF-8
     */
    static byte[] duplicateIds(int n) {
        StringBuilder json = catalogStart(n);
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "\n  " : ",\n  ").append(service(SHARED_ID, "Surat Keterangan Tidak Mampu",
                    "https://layanan.kotacontoh.example/sktm"));
        }
        return catalogEnd(json);
    }

    /**
     * A catalog file with {@code n} services, each with its own id and, chosen at random, either a
     * terminal escape sequence ({@value #TERMINAL_ESCAPE_TEXT}) in its title or a {@code javascript:}
     * address for its web channel. With ordinary titles and https addresses it would be a valid catalog.
     *
     * @param n how many services
     * @param seed the seed
     * @return the file's bytes, UTF-8
     */
    static byte[] unsafeText(int n, long seed) {
        Random random = new Random(seed);
        StringBuilder json = catalogStart(n);
        for (int i = 0; i < n; i++) {
            String id = "layanan-" + i;
            boolean escape = random.nextBoolean();
            String title = "Surat Keterangan " + i + (escape ? TERMINAL_ESCAPE_JSON : "");
            String address = escape ? "https://layanan.kotacontoh.example/" + id : SCRIPT_LINK;
            json.append(i == 0 ? "\n  " : ",\n  ").append(service(id, title, address));
        }
        return catalogEnd(json);
    }

    private static StringBuilder catalogStart(int n) {
        return new StringBuilder(512 + 240 * n).append("{\"format\": \"spbe-catalog/1\",\n").append(INSTANSI)
                .append(",\n\"services\": [");
    }

    private static byte[] catalogEnd(StringBuilder json) {
        return json.append("\n]}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A small active service of the kelurahan, with one web channel; the title is JSON already escaped. */
    private static String service(String id, String title, String address) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\","
                + " \"authority\": {\"instansi\": \"kota-contoh\", \"unit\": \"kel-contoh-satu\"},"
                + " \"channels\": [{\"kind\": \"web\", \"address\": \"" + address + "\"}, {\"kind\": \"kelurahan-office\"}]}";
    }

    /**
     * Runs a reader on a bad input once and returns the exception it throws, so that a benchmark's setup
     * can refuse to measure an input that is no longer rejected (a stale measurement would say nothing
     * about rejection).
     *
     * @param <E> the exception expected
     * @param what the input, for the message, e.g. {@code "an assessment with 1000 unknown codes"}
     * @param expected the exception expected
     * @param read reads the input
     * @return the exception thrown
     * @throws IllegalStateException if the reader accepts the input or throws another exception
     */
    static <E extends SpbeException> E rejection(String what, Class<E> expected, Supplier<?> read) {
        try {
            read.get();
        } catch (SpbeException e) {
            if (expected.isInstance(e)) {
                return expected.cast(e);
            }
            throw new IllegalStateException(what + " was rejected with " + e.getClass().getSimpleName() + " instead of "
                    + expected.getSimpleName() + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException(what + " was accepted, so there is no rejection to measure");
    }
}
