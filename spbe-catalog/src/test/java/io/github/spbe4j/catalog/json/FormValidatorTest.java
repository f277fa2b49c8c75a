package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.FormValidator;
import io.github.spbe4j.catalog.internal.forms.FormViolation;
import io.github.spbe4j.catalog.internal.forms.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.internal.TextPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormValidatorTest {

    static final FormValidator VALIDATOR = CatalogFiles.validator();
    static final Locale ID = Locale.forLanguageTag("id");
    private static final ObjectMapper MAPPER = CatalogFiles.MAPPER;

    static final String VALID = """
            {"id": "sktm-satu", "title": "Surat Keterangan Tidak Mampu",
             "authority": {"instansi": "kota-contoh", "unit": "kel-contoh-satu"},
             "status": "pilot", "availability": {"villages": ["99.71.01.1001"]}, "digitalLevel": "transaksi",
             "channels": [{"kind": "web", "address": "https://layanan.example/sktm", "processingTime": "1 hari kerja"},
                          {"kind": "kelurahan-office"}],
             "requirements": [{"id": "domisili", "title": "Berdomisili", "documents": [{"id": "kk", "title": "Kartu Keluarga"}]}],
             "procedure": ["Ajukan", "Terima"], "processingTime": "2 hari kerja",
             "cost": {"kind": "fixed", "rupiah": 10000, "tariff": {"title": "Perda Kota Contoh 3/2024 (fiktif)", "uri": "https://jdih.example/3"}},
             "output": {"title": "SKTM", "type": "letter"},
             "complaintChannels": [{"kind": "sp4n-lapor", "contact": "https://www.lapor.go.id"}],
             "legalBasis": [{"title": "UU 25/2009"}], "internal": {"sarana-prasarana": "Ruang tunggu"},
             "lifeEvents": [{"id": "sekolah", "name": "Sekolah"}], "keywords": ["sktm"]}
            """;

    static ServiceForm form(String overrides) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(VALID);
            ObjectNode changes = (ObjectNode) MAPPER.readTree(overrides);
            changes.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    node.remove(e.getKey());
                } else {
                    node.set(e.getKey(), e.getValue());
                }
            });
            return MAPPER.treeToValue(node, ServiceForm.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void validate_validForm_noViolations() {
        assertThat(VALIDATOR.validate(form("{}"), Locale.ENGLISH)).isEmpty();
        assertThat(form("{}").toDomain().online()).isTrue();
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("{\"id\": \"a b\"}", "id", "Pattern",
                        "must be an id: 1..128 letters, digits, '.', '_', '~' or '-', starting with a letter or digit",
                        "harus berupa id: 1..128 huruf, angka, '.', '_', '~' atau '-', diawali huruf atau angka", "\"a b\""),
                Arguments.of("{\"id\": null}", "id", "NotNull", "must not be null", "wajib diisi", "null"),
                Arguments.of("{\"title\": \"  \"}", "title", "Pattern", "must not be blank", "tidak boleh kosong", "\"  \""),
                Arguments.of("{\"title\": null}", "title", "TitleOrConcept", "must be given when the service names no concept",
                        "wajib diisi bila layanan tidak merujuk konsep", "null"),
                Arguments.of("{\"authority\": null}", "authority", "NotNull", "must not be null", "wajib diisi", "null"),
                Arguments.of("{\"authority\": {\"instansi\": \"\"}}", "authority.instansi", "NotBlank", "must not be blank",
                        "tidak boleh kosong", "\"\""),
                Arguments.of("{\"status\": \"gone\"}", "status", "OneOf", "must be one of planned, pilot, active, retired",
                        "harus salah satu dari planned, pilot, active, retired", "\"gone\""),
                Arguments.of("{\"channels\": [{\"kind\": \"counter\"}]}", "digitalLevel", "OnlineChannelForLevel",
                        "is transaksi (3), which needs an online channel (web or mobile-app); levels from interaksi (2) up need one",
                        "bernilai transaksi (3), yang memerlukan kanal daring (web atau mobile-app); tingkat interaksi (2) ke atas memerlukannya",
                        "\"transaksi\""),
                Arguments.of("{\"channels\": [{\"kind\": \"fax\"}], \"digitalLevel\": \"informasi\"}", "channels[0].kind", "OneOf",
                        "must be one of web, mobile-app, counter, mal-pelayanan-publik, kelurahan-office, kiosk, mobile-unit",
                        "harus salah satu dari web, mobile-app, counter, mal-pelayanan-publik, kelurahan-office, kiosk, mobile-unit", "\"fax\""),
                Arguments.of("{\"processingTime\": \"lama\"}", "processingTime", "ProcessingTimeText",
                        "must be a whole number and a unit: menit, jam, hari kerja or hari (e.g. \"5 hari kerja\")",
                        "harus berupa bilangan bulat dan satuan: menit, jam, hari kerja atau hari (mis. \"5 hari kerja\")", "\"lama\""),
                Arguments.of("{\"cost\": {\"kind\": \"free\", \"rupiah\": 5000}}", "cost.rupiah", "ValidCost",
                        "must be left out for a cost of kind free", "harus dikosongkan untuk biaya jenis free", "5000"),
                Arguments.of("{\"cost\": {\"kind\": \"free\", \"tariff\": {\"title\": \"Perda\"}}}", "cost.tariff", "ValidCost",
                        "must be left out for a cost of kind free", "harus dikosongkan untuk biaya jenis free", "an object"),
                Arguments.of("{\"cost\": {\"kind\": \"fixed\"}}", "cost.rupiah", "ValidCost",
                        "is required for a cost of kind fixed", "wajib diisi untuk biaya jenis fixed", "null"),
                Arguments.of("{\"cost\": {\"kind\": \"fixed\", \"rupiah\": 0}}", "cost.rupiah", "ValidCost",
                        "must be at least 1 for a cost of kind fixed", "minimal 1 untuk biaya jenis fixed", "0"),
                Arguments.of("{\"cost\": {\"kind\": \"range\", \"minimum\": 10, \"maximum\": 10}}", "cost.maximum", "ValidCost",
                        "must be above the minimum 10", "harus lebih besar dari batas bawah 10", "10"),
                Arguments.of("{\"cost\": {\"kind\": \"per-unit\", \"rupiah\": 500}}", "cost.unit", "ValidCost",
                        "is required for a cost of kind per-unit", "wajib diisi untuk biaya jenis per-unit", "null"),
                Arguments.of("{\"cost\": {\"kind\": \"fixed\", \"rupiah\": -1}}", "cost.rupiah", "PositiveOrZero",
                        "must be greater than or equal to 0", "harus lebih besar dari atau sama dengan 0", "-1"),
                Arguments.of("{\"cost\": {\"kind\": \"fixed\", \"rupiah\": 1000000000001}}", "cost.rupiah", "Max",
                        "must be less than or equal to 1000000000000", "harus kurang dari atau sama dengan 1000000000000", "1000000000001"),
                Arguments.of("{\"cost\": {\"kind\": \"gratis\"}}", "cost.kind", "OneOf", "must be one of free, fixed, range, per-unit",
                        "harus salah satu dari free, fixed, range, per-unit", "\"gratis\""),
                Arguments.of("{\"availability\": {\"villages\": [\"99.71.01\"]}}", "availability.villages[0]", "VillageCode",
                        "must be a Kemendagri village code (kelurahan or desa), e.g. 99.71.01.1001",
                        "harus berupa kode wilayah desa atau kelurahan Kemendagri, mis. 99.71.01.1001", "\"99.71.01\""),
                Arguments.of("{\"availability\": {\"villages\": []}}", "availability.villages", "Size",
                        "size must be between 1 and 100000", "ukuran harus antara 1 dan 100000", "a list of 0"),
                Arguments.of("{\"internal\": {\"persyaratan\": \"x\"}}", "internal[persyaratan]", "InternalComponentName",
                        "must be one of the internal components sarana-prasarana, kompetensi-pelaksana, pengawasan-internal, "
                                + "jumlah-pelaksana, jaminan-pelayanan, jaminan-keamanan, evaluasi-kinerja",
                        "harus salah satu komponen internal sarana-prasarana, kompetensi-pelaksana, pengawasan-internal, "
                                + "jumlah-pelaksana, jaminan-pelayanan, jaminan-keamanan, evaluasi-kinerja", "\"persyaratan\""),
                Arguments.of("{\"internal\": {\"jumlah-pelaksana\": \" \"}}", "internal[jumlah-pelaksana]", "NotBlank",
                        "must not be blank", "tidak boleh kosong", "\" \""),
                Arguments.of("{\"keywords\": [\"a\", \"\"]}", "keywords[1]", "NotBlank", "must not be blank", "tidak boleh kosong", "\"\""),
                Arguments.of("{\"requirements\": [{\"id\": \"r\", \"title\": \"R\", \"documents\": [{\"id\": \"-x\", \"title\": \"E\"}]}]}",
                        "requirements[0].documents[0].id", "Pattern",
                        "must be an id: 1..128 letters, digits, '.', '_', '~' or '-', starting with a letter or digit",
                        "harus berupa id: 1..128 huruf, angka, '.', '_', '~' atau '-', diawali huruf atau angka", "\"-x\""),
                Arguments.of("{\"legalBasis\": [{\"title\": \"UU\", \"uri\": \"http://a b\"}]}", "legalBasis[0].uri", "Link",
                        "holds a space at character 9; write it as %20", "bukan alamat http: atau https: yang sah", "\"http://a b\""),
                Arguments.of("{\"legalBasis\": [{\"title\": \"UU\", \"uri\": \"javascript:alert(1)\"}]}", "legalBasis[0].uri", "Link",
                        "is a javascript: link; only http: or https: links are allowed",
                        "adalah tautan javascript:; hanya tautan http: atau https: yang diizinkan", "\"javascript:alert(1)\""),
                Arguments.of("{\"title\": \"SKTM\\u001b[2J\"}", "title", "Text",
                        "holds the control character U+001B at character 5; it must be one line without control characters",
                        "berisi karakter kendali U+001B pada karakter ke-5; isian ini harus satu baris tanpa karakter kendali",
                        "\"SKTM\\u001b[2J\""),
                Arguments.of("{\"channels\": [{\"kind\": \"web\"}]}", "channels[0].address", "Link",
                        "is required for a web channel: its http: or https: address",
                        "wajib diisi untuk kanal web: alamat http: atau https:-nya", "null"),
                Arguments.of("{\"channels\": [{\"kind\": \"web\", \"address\": \"Situs kota\"}]}", "channels[0].address", "Link",
                        "is not a web address; a web channel needs an http: or https: address, e.g. https://layanan.example.go.id/",
                        "bukan alamat web; kanal web memerlukan alamat http: atau https:, mis. https://layanan.example.go.id/",
                        "\"Situs kota\""),
                Arguments.of("{\"output\": {\"title\": \"SKTM\", \"type\": \"surat\"}}", "output.type", "OneOf",
                        "must be one of letter, permit, card, certificate, registration, recommendation, financial-obligation, "
                                + "financial-benefit, physical, other",
                        "harus salah satu dari letter, permit, card, certificate, registration, recommendation, financial-obligation, "
                                + "financial-benefit, physical, other", "\"surat\""),
                Arguments.of("{\"complaintChannels\": [{\"kind\": \"lapor\", \"contact\": \"x\"}]}", "complaintChannels[0].kind", "OneOf",
                        "must be one of sp4n-lapor, website, email, phone, messaging, social-media, in-person, suggestion-box, letter",
                        "harus salah satu dari sp4n-lapor, website, email, phone, messaging, social-media, in-person, suggestion-box, letter",
                        "\"lapor\""),
                Arguments.of("{\"lifeEvents\": [{\"id\": \"x\", \"name\": \"\"}]}", "lifeEvents[0].name", "NotBlank",
                        "must not be blank", "tidak boleh kosong", "\"\""),
                Arguments.of("{\"title\": \"" + "x".repeat(501) + "\"}", "title", "Size", "size must be between 0 and 500",
                        "ukuran harus antara 0 dan 500", "\"" + "x".repeat(56) + "..."));
    }

    @ParameterizedTest
    @MethodSource("violations")
    void validate_brokenField_oneViolationAtItsPathInBothLanguages(String change, String path, String rule, String english,
            String indonesian, String value) {
        ServiceForm f = form(change);
        assertThat(VALIDATOR.validate(f, Locale.ENGLISH)).containsExactly(new FormViolation(path, rule, english, value));
        assertThat(VALIDATOR.validate(f, ID)).containsExactly(new FormViolation(path, rule, indonesian, value));
    }

    @Test
    void validate_validVariantsOfEachCostKind_noViolations() {
        for (String cost : List.of("{\"kind\": \"free\"}", "{\"kind\": \"fixed\", \"rupiah\": 1}",
                "{\"kind\": \"range\", \"minimum\": 0, \"maximum\": 1}", "{\"kind\": \"per-unit\", \"rupiah\": 5, \"unit\": \"lembar\"}",
                "{\"kind\": \"fixed\", \"rupiah\": 1000000000000}")) {
            assertThat(VALIDATOR.validate(form("{\"cost\": " + cost + "}"), Locale.ENGLISH)).as(cost).isEmpty();
        }
    }

    @Test
    void validate_levelInformasiWithoutOnlineChannel_isValid() {
        assertThat(VALIDATOR.validate(form("{\"digitalLevel\": \"informasi\", \"channels\": [{\"kind\": \"counter\"}]}"),
                Locale.ENGLISH)).isEmpty();
    }

    @Test
    void validate_titleLeftOutWithConcept_isValid() {
        assertThat(VALIDATOR.validate(form("{\"title\": null, \"concept\": \"sktm\"}"), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void validate_severalBrokenFields_everyViolationSortedByPath() {
        ServiceForm f = form("{\"id\": null, \"status\": \"x\", \"cost\": {\"kind\": \"range\"}, \"keywords\": [\" \"]}");
        assertThat(VALIDATOR.validate(f, Locale.ENGLISH)).extracting(FormViolation::path)
                .containsExactly("cost.maximum", "cost.minimum", "id", "keywords[0]", "status");
    }

    @Test
    void validate_locale_choosesLanguagePerCallWhateverTheDefault() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(ID);
            ServiceForm f = form("{\"id\": null}");
            assertThat(VALIDATOR.validate(f, Locale.ENGLISH).get(0).message()).isEqualTo("must not be null");
            assertThat(VALIDATOR.validate(f, Locale.forLanguageTag("id-ID")).get(0).message()).isEqualTo("wajib diisi");
            assertThat(VALIDATOR.validate(f, Locale.forLanguageTag("in")).get(0).message()).isEqualTo("wajib diisi");
            assertThat(VALIDATOR.validate(f, Locale.FRENCH).get(0).message()).isEqualTo("must not be null");
            Locale.setDefault(Locale.GERMAN);
            assertThat(VALIDATOR.validate(f, Locale.ENGLISH).get(0).message()).isEqualTo("must not be null");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void validate_concurrentCallsInTwoLanguages_eachGetsItsOwnLanguage() throws Exception {
        ServiceForm f = form("{\"id\": null}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                Locale l = i % 2 == 0 ? Locale.ENGLISH : ID;
                results.add(pool.submit(() -> VALIDATOR.validate(f, l).get(0).message()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? "must not be null" : "wajib diisi");
            }
        } finally {
            pool.shutdown();
        }
    }

    static Stream<Arguments> policyCharacters() {
        List<Arguments> cases = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            boolean named = c < 0xa0 && (c < 0x20 || c >= 0x7f) || c >= 0x2028 && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                    || c >= 0x200b && c <= 0x200f || c >= 0x2060 && c <= 0x2064 || c == 0x61c || c == 0x180e || c == 0xfeff
                    || c == 0xd800 || c == 0xdfff;
            if (named) {
                cases.add(Arguments.of((char) c));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("policyCharacters")
    void validate_textPolicyViolation_englishMessageIsThePolicysOwnWording(char c) {
        String text = "Ab\ud83c\udde9" + c + "cd";
        Map<String, TextPolicy> fields = Map.of("title", TextPolicy.LINE, "description", TextPolicy.MULTI_LINE, "executingUnits[0]",
                TextPolicy.NAME);
        ObjectNode changes = MAPPER.createObjectNode().put("title", text).put("description", text);
        changes.putArray("executingUnits").add(text);
        List<FormViolation> violations = VALIDATOR.validate(form(changes.toString()), Locale.ENGLISH);
        fields.forEach((path, policy) -> {
            java.util.Optional<String> expected = policy.violation(text);
            List<FormViolation> at = violations.stream().filter(v -> v.path().equals(path)).toList();
            if (expected.isPresent()) {
                assertThat(at).as(path).singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("Text");
                    assertThat(v.message()).isEqualTo(expected.get());
                });
                assertThat(VALIDATOR.validate(form(changes.toString()), ID)).filteredOn(v -> v.path().equals(path)).singleElement()
                        .satisfies(v -> assertThat(v.message()).startsWith("berisi ").contains(String.format("U+%04X", (int) c), "ke-4"));
            } else {
                assertThat(at).as(path).isEmpty();
            }
        });
    }

    @Test
    void validate_invalidForm_everyViolationOneLineEachSortedByPath() {
        ServiceForm f = form("{\"status\": \"x\", \"id\": \"a\\nb\"}");
        List<FormViolation> violations = VALIDATOR.validate(f, Locale.ENGLISH);
        assertThat(violations).extracting(FormViolation::path).containsExactly("id", "status");
        assertThat(violations).extracting(FormViolation::rule).containsExactly("Pattern", "OneOf");
        assertThat(violations).extracting(FormViolation::toString).containsExactly(
                "id: must be an id: 1..128 letters, digits, '.', '_', '~' or '-', starting with a letter or digit (\"a\\nb\")",
                "status: must be one of planned, pilot, active, retired (\"x\")");
    }

    @Test
    void validate_applicationsOwnValidationMessagesOnTheClassPath_changesNoMessageOfTheCatalog() {
        // the test resources hold a ValidationMessages.properties at the root, as an application may
        assertThat(FormValidatorTest.class.getResource("/ValidationMessages.properties")).isNotNull();
        assertThat(VALIDATOR.validate(form("{\"title\": \" \", \"id\": \"a b\"}"), Locale.ENGLISH)).extracting(FormViolation::message)
                .containsExactly("must be an id: 1..128 letters, digits, '.', '_', '~' or '-', starting with a letter or digit",
                        "must not be blank");
        assertThat(VALIDATOR.validate(form("{\"title\": \" \"}"), ID)).extracting(FormViolation::message)
                .containsExactly("tidak boleh kosong");
    }

    @Test
    void validate_catalogFileOfAnotherFormat_namesTheFormatThisVersionReads() {
        assertThat(VALIDATOR.validate(new CatalogFileForm("spbe-catalog/1"), ID)).isEmpty();
        assertThat(VALIDATOR.validate(new CatalogFileForm("spbe-catalog/2"), ID))
                .containsExactly(new FormViolation("format", "Pattern", "harus \"spbe-catalog/1\", format yang dibaca versi ini",
                        "\"spbe-catalog/2\""));
    }

    @Test
    void bundles_englishAndIndonesian_holdTheSameKeys_andEveryKeyTheCodeUses() throws IOException {
        Properties en = bundle(Messages.ENGLISH_BUNDLE);
        Properties id = bundle(Messages.INDONESIAN_BUNDLE);
        assertThat(id.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(id.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
        }
        Set<String> used = new TreeSet<>();
        Pattern ours = Pattern.compile("\\{(io\\.github\\.spbe4j\\.catalog\\.json\\.[A-Za-z.]+)\\}");
        Pattern standard = Pattern.compile("import jakarta\\.validation\\.constraints\\.([A-Za-z]+);");
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/io/github/spbe4j/catalog/json")),
                Files.walk(Path.of("src/main/java/io/github/spbe4j/catalog/internal/forms")))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(p);
                Matcher m = ours.matcher(source);
                while (m.find()) {
                    used.add(m.group(1));
                }
                m = standard.matcher(source);
                while (m.find()) {
                    used.add("jakarta.validation.constraints." + m.group(1) + ".message");
                }
                if (source.contains("@interface")) {
                    used.add("io.github.spbe4j.catalog.json." + p.getFileName().toString().replace(".java", "") + ".message");
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(15);
        assertThat(en.stringPropertyNames()).containsAll(used);
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(in);
        }
        return p;
    }
}
