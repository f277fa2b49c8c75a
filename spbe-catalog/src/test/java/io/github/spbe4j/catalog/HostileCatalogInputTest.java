package io.github.spbe4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.catalog.linkeddata.CpsvAp;
import io.github.spbe4j.catalog.linkeddata.InvalidLinkedDataException;
import io.github.spbe4j.catalog.linkeddata.SchemaOrg;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input through the catalog's API — the catalog file, the model's constructors and the CPSV-AP
 * import — each case with its expected outcome: every character class the text policy refuses in every
 * kind of text field, every dangerous link scheme in every link field, {@code </script>} in every
 * exported text, repeated ids and problem counts at scale, the order of problems, the follow-on problems
 * that must not appear, and messages without a library's words. The oracle of which characters a field
 * refuses is the rule as the issue states it, written out here, not the policy's own code.
 */
class HostileCatalogInputTest {

    /** Writes JSON with every non-ASCII character escaped, so a lone surrogate reaches the reader as written. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    // ---- the text policy: which characters each kind of field refuses ----

    /** The kinds of text field. */
    enum Kind {
        NAME, LINE, MULTI_LINE
    }

    /**
     * Every character of the classes the text policy names — C0 controls, DEL, C1 controls, the line and
     * paragraph separators, the bidirectional embeddings, overrides and isolates, the zero-width and
     * invisible formatting characters, and lone surrogates (both ends of each range).
     */
    static List<Character> policyChars() {
        List<Character> chars = new ArrayList<>();
        IntStream.rangeClosed(0x00, 0x1f).forEach(c -> chars.add((char) c));
        chars.add('\u007f');
        IntStream.rangeClosed(0x80, 0x9f).forEach(c -> chars.add((char) c));
        chars.add('\u2028');
        chars.add('\u2029');
        IntStream.rangeClosed(0x202a, 0x202e).forEach(c -> chars.add((char) c));
        IntStream.rangeClosed(0x2066, 0x2069).forEach(c -> chars.add((char) c));
        IntStream.rangeClosed(0x200b, 0x200f).forEach(c -> chars.add((char) c));
        IntStream.rangeClosed(0x2060, 0x2064).forEach(c -> chars.add((char) c));
        chars.add('\u061c');
        chars.add('\u180e');
        chars.add('\ufeff');
        chars.add('\ud800');
        chars.add('\udbff');
        chars.add('\udc00');
        chars.add('\udfff');
        return chars;
    }

    /** The oracle: whether a kind of field refuses a character, as the issue states the rule. */
    static boolean refuses(Kind kind, char c) {
        if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
            return !(kind == Kind.MULTI_LINE && (c == '\t' || c == '\n'));
        }
        if (c == '\u2028' || c == '\u2029' || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'
                || Character.isSurrogate(c)) {
            return true;
        }
        boolean invisible = c >= '\u200b' && c <= '\u200f' || c >= '\u2060' && c <= '\u2064' || c == '\u061c' || c == '\u180e'
                || c == '\ufeff';
        return invisible && kind == Kind.NAME;
    }

    /** The hostile text of a case: the character third, after two letters. */
    private static String hostile(char c) {
        return "Ab" + c + "cd";
    }

    private static String code(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    /** Tells whether a message shows a character as messages must: never raw if it could move a cursor or reorder text. */
    private static boolean shownSafely(String message, char c) {
        boolean mustBeEscaped = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c >= '\u202a' && c <= '\u202e'
                || c >= '\u2066' && c <= '\u2069' || Character.isSurrogate(c);
        return !mustBeEscaped || message.indexOf(c) < 0;
    }

    /** Tells whether a message names a refused character: by its code, or escaped in the value it quotes. */
    private static boolean names(String message, char c) {
        return message.contains(code(c)) || message.contains(String.format(Locale.ROOT, "\\u%04x", (int) c));
    }

    // ---- the catalog file ----

    /** A valid catalog file with every text and link field of a service and a concept filled in. */
    private static final String BASE = """
            {"format": "spbe-catalog/1",
             "instansi": [{"id": "k", "name": "Kementerian Contoh", "kind": "central",
                           "units": [{"id": "u", "name": "Unit Contoh", "kind": "other"}]}],
             "concepts": [{"id": "c", "title": "Konsep", "description": "Deskripsi konsep"}],
             "services": [{"id": "s", "title": "Layanan", "description": "Deskripsi", "authority": {"instansi": "k", "unit": "u"},
               "executingUnits": ["u"], "digitalLevel": "transaksi",
               "channels": [{"kind": "web", "address": "https://layanan.example.go.id/s",
                             "requirements": [{"id": "cr", "title": "Syarat kanal"}]},
                            {"kind": "counter", "address": "Loket 1"}],
               "requirements": [{"id": "r", "title": "Syarat", "description": "Rincian",
                                 "documents": [{"id": "d", "title": "Dokumen", "description": "Rincian dokumen"}]}],
               "procedure": ["Ajukan"], "processingTime": "1 hari kerja",
               "cost": {"kind": "per-unit", "rupiah": 5000, "unit": "lembar",
                        "tariff": {"title": "Perda", "uri": "https://jdih.example.go.id/perda/1"}},
               "output": {"title": "Surat", "type": "letter"},
               "complaintChannels": [{"kind": "sp4n-lapor", "contact": "https://www.lapor.go.id"},
                                     {"kind": "phone", "contact": "Telepon 0800"}],
               "legalBasis": [{"title": "UU 25/2009", "uri": "https://jdih.example.go.id/uu/25-2009"}],
               "internal": {"sarana-prasarana": "Ruang tunggu"},
               "lifeEvents": [{"id": "e", "name": "Peristiwa"}],
               "keywords": ["kata"]}]}
            """;

    /** A text field of the catalog file: where it is (a JSON pointer), the path problems name, and its kind. */
    record FileField(String pointer, String path, Kind kind) {
        @Override
        public String toString() {
            return path;
        }
    }

    static List<FileField> fileTextFields() {
        String s = "/services/0";
        String p = "services[0]";
        return List.of(
                new FileField("/instansi/0/name", "instansi[0].name", Kind.NAME),
                new FileField("/instansi/0/units/0/name", "instansi[0].units[0].name", Kind.NAME),
                new FileField("/concepts/0/title", "concepts[0].title", Kind.LINE),
                new FileField("/concepts/0/description", "concepts[0].description", Kind.MULTI_LINE),
                new FileField(s + "/title", p + ".title", Kind.LINE),
                new FileField(s + "/description", p + ".description", Kind.MULTI_LINE),
                new FileField(s + "/authority/instansi", p + ".authority.instansi", Kind.NAME),
                new FileField(s + "/authority/unit", p + ".authority.unit", Kind.NAME),
                new FileField(s + "/executingUnits/0", p + ".executingUnits[0]", Kind.NAME),
                new FileField(s + "/channels/0/requirements/0/title", p + ".channels[0].requirements[0].title", Kind.LINE),
                new FileField(s + "/channels/1/address", p + ".channels[1].address", Kind.LINE),
                new FileField(s + "/requirements/0/title", p + ".requirements[0].title", Kind.LINE),
                new FileField(s + "/requirements/0/description", p + ".requirements[0].description", Kind.MULTI_LINE),
                new FileField(s + "/requirements/0/documents/0/title", p + ".requirements[0].documents[0].title", Kind.LINE),
                new FileField(s + "/requirements/0/documents/0/description", p + ".requirements[0].documents[0].description",
                        Kind.MULTI_LINE),
                new FileField(s + "/procedure/0", p + ".procedure[0]", Kind.MULTI_LINE),
                new FileField(s + "/cost/unit", p + ".cost.unit", Kind.LINE),
                new FileField(s + "/cost/tariff/title", p + ".cost.tariff.title", Kind.LINE),
                new FileField(s + "/output/title", p + ".output.title", Kind.LINE),
                new FileField(s + "/complaintChannels/1/contact", p + ".complaintChannels[1].contact", Kind.LINE),
                new FileField(s + "/legalBasis/0/title", p + ".legalBasis[0].title", Kind.LINE),
                new FileField(s + "/internal/sarana-prasarana", p + ".internal[sarana-prasarana]", Kind.MULTI_LINE),
                new FileField(s + "/lifeEvents/0/name", p + ".lifeEvents[0].name", Kind.LINE),
                new FileField(s + "/keywords/0", p + ".keywords[0]", Kind.LINE));
    }

    static Stream<Arguments> fileTextCases() {
        return fileTextFields().stream().flatMap(f -> policyChars().stream().map(c -> Arguments.of(f, c)));
    }

    private static ObjectNode base() {
        try {
            return (ObjectNode) JSON.readTree(BASE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the base file with one value replaced. */
    private static String file(String pointer, JsonNode value) {
        ObjectNode root = base();
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(at.last().getMatchingProperty()), value);
        } else {
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String file(String pointer, String text) {
        return file(pointer, JSON.getNodeFactory().textNode(text));
    }

    /** Returns the problems of a file, or an empty list when it reads. */
    private static List<Problem> problems(String json) {
        try {
            CatalogJson.parse(json);
            return List.of();
        } catch (InvalidCatalogException e) {
            return e.problems();
        }
    }

    @Test
    void read_baseFile_isValidAndOnline() {
        Catalog catalog = CatalogJson.parse(BASE);
        assertThat(catalog.services()).singleElement().satisfies(s -> assertThat(s.online()).isTrue());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fileTextCases")
    void read_policyCharacterInTextField_refusedWithOneTextProblemAtThePathOrAccepted(FileField field, char c) {
        List<Problem> problems = problems(file(field.pointer(), hostile(c)));
        if (refuses(field.kind(), c)) {
            assertThat(problems).as("%s in %s", code(c), field).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo(field.path());
                assertThat(p.rule()).isEqualTo("Text");
                assertThat(p.message()).contains(code(c), "at character 3");
                assertThat(shownSafely(p.toString(), c)).as(p.toString()).isTrue();
            });
        } else {
            assertThat(problems).as("%s in %s", code(c), field).isEmpty();
        }
    }

    @Test
    void read_escapeSequenceInTitle_messageNamesFieldRuleAndValueWithoutTheRawCharacters() {
        assertThat(problems(file("/services/0/title", "Izin\u001b]0;pwned\u0007\u001b[2J"))).singleElement().hasToString(
                "services[0].title: holds the control character U+001B at character 5; it must be one line without control characters"
                        + " (\"Izin\\u001b]0;pwned\\u0007\\u001b[2J\")");
        assertThat(problems(file("/services/0/description", "Baris satu\u202eenil owt"))).singleElement().hasToString(
                "services[0].description: holds the bidirectional control U+202E at character 11; bidirectional embeddings, overrides"
                        + " and isolates are not allowed, as they make text display differently from what it holds"
                        + " (\"Baris satu\\u202eenil owt\")");
    }

    @Test
    void read_policyCharacterInIndonesian_messageInIndonesian() {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class,
                () -> CatalogJson.parse(file("/services/0/authority/unit", "u\u200b"), Locale.forLanguageTag("id")));
        assertThat(e.problems()).singleElement().hasToString("services[0].authority.unit: berisi karakter tak terlihat U+200B pada"
                + " karakter ke-2; nama dan id tidak boleh berisi karakter lebar-nol atau karakter format tak terlihat (\"u\\u200b\")");
    }

    @Test
    void read_multiLineFields_keepLineFeedsAndTabs_lineFieldsRefuseThem() {
        Catalog c = CatalogJson.parse(file("/services/0/description", "Baris satu\n\tBaris dua"));
        assertThat(c.services().get(0).description()).contains("Baris satu\n\tBaris dua");
        assertThat(problems(file("/services/0/title", "Baris satu\nBaris dua"))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("holds a line break U+000A at character 11"));
    }

    @Test
    void read_unicodeBeyondThePolicy_isKept() {
        String text = "Pelayanan \u00e9\u00e8 \u0627\u0644\u062e\u062f\u0645\u0629 \ud83c\udde9\ud83c\uddea \u4e2d\u6587 <b>&amp;</b>";
        assertThat(CatalogJson.parse(file("/services/0/title", text)).services().get(0).title()).isEqualTo(text);
    }

    // ---- the model's constructors ----

    /** A text field of the model: its name, kind, and the construction that takes a text for it. */
    record ModelField(String name, Kind kind, Consumer<String> construct) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static PublicService.Builder service() {
        return PublicService.builder("s", "Layanan", Authority.of("k")).status(ServiceStatus.PLANNED);
    }

    static List<ModelField> modelTextFields() {
        return List.of(
                new ModelField("service title", Kind.LINE, t -> service().title(t).build()),
                new ModelField("service description", Kind.MULTI_LINE, t -> service().description(t).build()),
                new ModelField("service keyword", Kind.LINE, t -> service().keywords(List.of(t)).build()),
                new ModelField("procedure step", Kind.MULTI_LINE, t -> service().procedure(List.of(t)).build()),
                new ModelField("executing unit", Kind.NAME, t -> service().executingUnits(List.of(t)).build()),
                new ModelField("authority instansi", Kind.NAME, t -> Authority.of(t)),
                new ModelField("authority unit", Kind.NAME, t -> Authority.of("k", t)),
                new ModelField("concept title", Kind.LINE, t -> ServiceConcept.builder("c", t).build()),
                new ModelField("concept description", Kind.MULTI_LINE, t -> ServiceConcept.builder("c", "K").description(t).build()),
                new ModelField("requirement title", Kind.LINE, t -> Requirement.of("r", t)),
                new ModelField("requirement description", Kind.MULTI_LINE, t -> Requirement.of("r", "R").withDescription(t)),
                new ModelField("document title", Kind.LINE, t -> Document.of("d", t)),
                new ModelField("document description", Kind.MULTI_LINE, t -> Document.of("d", "D", t)),
                new ModelField("output title", Kind.LINE, t -> Output.of(t, OutputType.LETTER)),
                new ModelField("life event name", Kind.LINE, t -> LifeEvent.of("e", t)),
                new ModelField("cost unit", Kind.LINE, t -> Cost.perUnit(1, t)),
                new ModelField("legal reference title", Kind.LINE, t -> LegalReference.of(t)),
                new ModelField("complaint contact", Kind.LINE, t -> ComplaintChannel.of(ComplaintChannel.Kind.PHONE, t)),
                new ModelField("counter address", Kind.LINE, t -> Channel.of(Channel.Kind.COUNTER, t)),
                new ModelField("internal component", Kind.MULTI_LINE,
                        t -> InternalComponents.none().with(StandarComponent.SARANA_PRASARANA, t)),
                new ModelField("evidence framework id", Kind.NAME,
                        t -> new EvidenceMapping.Entry(t, "45", EvidenceMapping.Role.PUBLIC_SERVICE, "n")),
                new ModelField("evidence note", Kind.LINE,
                        t -> new EvidenceMapping.Entry("spbe-2020", "45", EvidenceMapping.Role.PUBLIC_SERVICE, t)));
    }

    static Stream<Arguments> modelTextCases() {
        return modelTextFields().stream().flatMap(f -> policyChars().stream().map(c -> Arguments.of(f, c)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelTextCases")
    void construct_policyCharacterInTextField_refusedWithOneTextProblemOrAccepted(ModelField field, char c) {
        String text = hostile(c);
        if (refuses(field.kind(), c)) {
            SpbeException e = catchThrowableOfType(SpbeException.class, () -> field.construct().accept(text));
            assertThat(e).as("%s in %s", code(c), field).isNotNull();
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo("Text");
                assertThat(p.message()).contains(code(c), "at character 3");
            });
            assertThat(shownSafely(e.getMessage(), c)).as(e.getMessage()).isTrue();
        } else {
            assertThatCode(() -> field.construct().accept(text)).as("%s in %s", code(c), field).doesNotThrowAnyException();
        }
    }

    // ---- the CPSV-AP import ----

    /** A catalog whose every imported text is a marker, to be replaced in its export. */
    private static Catalog markedCatalog() {
        Instansi k = Instansi.of("k", "XINSTANSIX", GovernmentKind.CENTRAL, null, List.of(Unit.of("u", "XUNITX", UnitKind.OTHER)));
        ServiceConcept concept = ServiceConcept.builder("c", "XCONCEPTX").build();
        PublicService s = PublicService.builder("s", "XTITLEX", Authority.of("k", "u"))
                .description("XDESCRIPTIONX")
                .keywords(List.of("XKEYWORDX"))
                .procedure(List.of("XSTEPX"))
                .requirement(Requirement.of("r", "XREQUIREMENTX", Document.of("d", "XDOCUMENTX")))
                .output(Output.of("XOUTPUTX", OutputType.LETTER))
                .lifeEvents(List.of(LifeEvent.of("e", "XEVENTX")))
                .cost(Cost.perUnit(5000, "XCOSTUNITX"))
                .legalBasis(List.of(LegalReference.of("XLEGALX")))
                .complaintChannel(ComplaintChannel.of(ComplaintChannel.Kind.PHONE, "XCONTACTX"))
                .channel(Channel.of(Channel.Kind.COUNTER, "XADDRESSX"))
                .internal(InternalComponents.none().with(StandarComponent.SARANA_PRASARANA, "XINTERNALX"))
                .build();
        return Catalog.of(List.of(k), List.of(concept), List.of(s));
    }

    private static final String MARKED_EXPORT = CpsvAp.exporter().export(markedCatalog());

    static Stream<Arguments> importTextCases() {
        Map<String, Kind> markers = Map.ofEntries(Map.entry("XINSTANSIX", Kind.NAME), Map.entry("XUNITX", Kind.NAME),
                Map.entry("XCONCEPTX", Kind.LINE), Map.entry("XTITLEX", Kind.LINE), Map.entry("XDESCRIPTIONX", Kind.MULTI_LINE),
                Map.entry("XKEYWORDX", Kind.LINE), Map.entry("XSTEPX", Kind.MULTI_LINE), Map.entry("XREQUIREMENTX", Kind.LINE),
                Map.entry("XDOCUMENTX", Kind.LINE), Map.entry("XOUTPUTX", Kind.LINE), Map.entry("XEVENTX", Kind.LINE),
                Map.entry("XCOSTUNITX", Kind.LINE), Map.entry("XLEGALX", Kind.LINE), Map.entry("XCONTACTX", Kind.LINE),
                Map.entry("XADDRESSX", Kind.LINE), Map.entry("XINTERNALX", Kind.MULTI_LINE));
        return markers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(m -> policyChars().stream().map(c -> Arguments.of(m.getKey(), m.getValue(), c)));
    }

    /** Returns a text as the inside of a JSON string, every character outside printable ASCII escaped. */
    private static String jsonEscaped(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }

    @Test
    void import_markedExport_readsBackEqual() {
        assertThat(CpsvAp.exporter().read(MARKED_EXPORT).catalog()).isEqualTo(markedCatalog());
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("importTextCases")
    void import_policyCharacterInText_refusedNamingTheCharacterOrAccepted(String marker, Kind kind, char c) {
        assertThat(MARKED_EXPORT).contains(marker);
        String document = MARKED_EXPORT.replace(marker, jsonEscaped(hostile(c)));
        if (refuses(kind, c)) {
            InvalidLinkedDataException e = catchThrowableOfType(InvalidLinkedDataException.class, () -> CpsvAp.exporter().read(document));
            assertThat(e).as("%s in %s", code(c), marker).isNotNull();
            assertThat(names(e.getMessage(), c)).as(e.getMessage()).isTrue();
            assertThat(shownSafely(e.getMessage(), c)).as(e.getMessage()).isTrue();
        } else {
            assertThatCode(() -> CpsvAp.exporter().read(document)).as("%s in %s", code(c), marker).doesNotThrowAnyException();
        }
    }

    // ---- the link policy ----

    /** Links with a scheme no link field allows. */
    static List<String> badLinks() {
        return List.of("javascript:alert(1)", "JavaScript:alert(document.cookie)", "javascript: alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
                "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "vbscript:msgbox(1)", "ftp://example.go.id/perda",
                "blob:https://example.go.id/x", "ws://example.go.id/");
    }

    /** A link field of the catalog file. */
    record LinkField(String pointer, String path) {
        @Override
        public String toString() {
            return path;
        }
    }

    static List<LinkField> fileLinkFields() {
        return List.of(new LinkField("/services/0/legalBasis/0/uri", "services[0].legalBasis[0].uri"),
                new LinkField("/services/0/cost/tariff/uri", "services[0].cost.tariff.uri"),
                new LinkField("/services/0/channels/0/address", "services[0].channels[0].address"),
                new LinkField("/services/0/channels/1/address", "services[0].channels[1].address"),
                new LinkField("/services/0/complaintChannels/0/contact", "services[0].complaintChannels[0].contact"));
    }

    static Stream<Arguments> fileLinkCases() {
        return fileLinkFields().stream().flatMap(f -> badLinks().stream().map(l -> Arguments.of(f, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fileLinkCases")
    void read_badSchemeInLinkField_oneLinkProblemAtThePath(LinkField field, String link) {
        assertThat(problems(file(field.pointer(), link))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(field.path());
            assertThat(p.rule()).isEqualTo("Link");
        });
    }

    @Test
    void read_javascriptLink_messageNamesTheSchemeAndWhatIsAllowed() {
        assertThat(problems(file("/services/0/legalBasis/0/uri", "javascript:alert(1)"))).singleElement().hasToString(
                "services[0].legalBasis[0].uri: is a javascript: link; only http: or https: links are allowed (\"javascript:alert(1)\")");
        assertThat(problems(file("/services/0/complaintChannels/0/contact", "javascript:alert(1)"))).singleElement().hasToString(
                "services[0].complaintChannels[0].contact: is a javascript: link; only http:, https:, mailto: or tel: links are allowed"
                        + " (\"javascript:alert(1)\")");
    }

    @Test
    void read_contactLinks_mailtoAndTelAllowed_notForWebAddresses() {
        assertThat(problems(file("/services/0/complaintChannels/0/contact", "mailto:pengaduan@kota.example.go.id"))).isEmpty();
        assertThat(problems(file("/services/0/complaintChannels/0/contact", "tel:+62-21-000-000"))).isEmpty();
        assertThat(problems(file("/services/0/legalBasis/0/uri", "mailto:jdih@kota.example.go.id"))).singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo("Link"));
        assertThat(problems(file("/services/0/channels/0/address", "tel:+62-21-000-000"))).singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo("Link"));
    }

    @Test
    void read_webChannelWithoutAnHttpAddress_refusedAndNotCountedAsAMissingOnlineChannel() {
        ObjectNode web = JSON.getNodeFactory().objectNode().put("kind", "web");
        assertThat(problems(file("/services/0/channels/0", web))).singleElement().hasToString(
                "services[0].channels[0].address: is required for a web channel: its http: or https: address (null)");
        assertThat(problems(file("/services/0/channels/0/address", "Situs web kota"))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("services[0].channels[0].address");
            assertThat(p.rule()).isEqualTo("Link");
        });
        assertThat(problems(file("/services/0/channels/0/address", "javascript:alert(1)"))).extracting(Problem::rule)
                .containsExactly("Link");
    }

    static Stream<Arguments> modelLinkCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String link : badLinks()) {
            cases.add(Arguments.of("web channel", link, (Consumer<String>) l -> Channel.of(Channel.Kind.WEB, l)));
            cases.add(Arguments.of("counter address", link, (Consumer<String>) l -> Channel.of(Channel.Kind.COUNTER, l)));
            cases.add(Arguments.of("complaint contact", link, (Consumer<String>) l -> ComplaintChannel.of(ComplaintChannel.Kind.WEBSITE, l)));
            if (!link.contains(" ") && !link.contains("<")) {
                cases.add(Arguments.of("legal reference", link, (Consumer<String>) l -> LegalReference.of("UU", URI.create(l))));
                cases.add(Arguments.of("tariff", link, (Consumer<String>) l -> Cost.fixed(1, LegalReference.of("Perda", URI.create(l)))));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelLinkCases")
    void construct_badSchemeInLinkField_refusedWithOneLinkProblem(String field, String link, Consumer<String> construct) {
        InvalidServiceException e = catchThrowableOfType(InvalidServiceException.class, () -> construct.accept(link));
        assertThat(e).as("%s %s", field, link).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.rule()).isEqualTo("Link"));
    }

    @Test
    void construct_webChannelWithoutAddress_isRefused_soNoServiceCountsAsOnlineWithoutOne() {
        InvalidServiceException e = catchThrowableOfType(InvalidServiceException.class, () -> Channel.of(Channel.Kind.WEB));
        assertThat(e).hasMessage("channel address is missing; a web channel needs its http: or https: address");
        assertThat(e.problems().get(0).rule()).isEqualTo("Link");
        assertThat(Channel.of(Channel.Kind.MOBILE_APP).online()).isTrue();
        assertThat(Channel.of(Channel.Kind.WEB, "https://layanan.example.go.id/").online()).isTrue();
    }

    static Stream<Arguments> importLinkCases() {
        return Stream.of("XLEGALLINKX", "XWEBX", "XCOUNTERX", "XCONTACTLINKX")
                .flatMap(m -> badLinks().stream().map(l -> Arguments.of(m, l)));
    }

    private static final String LINKED_EXPORT = CpsvAp.exporter().export(Catalog.of(
            List.of(Instansi.of("k", "Kementerian", GovernmentKind.CENTRAL, null, List.of())), List.of(),
            List.of(PublicService.builder("s", "Layanan", Authority.of("k"))
                    // dot segments make the export write the address as a literal, which the import reads as text
                    .legalBasis(List.of(LegalReference.of("UU", URI.create("https://jdih.example.go.id/./XLEGALLINKX"))))
                    .channel(Channel.of(Channel.Kind.WEB, "https://XWEBX.example.go.id/"))
                    .channel(Channel.of(Channel.Kind.COUNTER, "XCOUNTERX"))
                    .complaintChannel(ComplaintChannel.of(ComplaintChannel.Kind.WEBSITE, "https://XCONTACTLINKX.example.go.id/"))
                    .build())));

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("importLinkCases")
    void import_badSchemeInLinkField_refused(String marker, String link) {
        assertThat(CpsvAp.exporter().read(LINKED_EXPORT).warnings()).isEmpty();
        int at = LINKED_EXPORT.indexOf(marker);
        int start = LINKED_EXPORT.lastIndexOf('"', at);
        int end = LINKED_EXPORT.indexOf('"', at);
        String document = LINKED_EXPORT.substring(0, start + 1) + jsonEscaped(link) + LINKED_EXPORT.substring(end);
        InvalidLinkedDataException e = catchThrowableOfType(InvalidLinkedDataException.class, () -> CpsvAp.exporter().read(document));
        assertThat(e).as("%s %s", marker, link).isNotNull();
        assertThat(e.getMessage()).contains(link.substring(0, link.indexOf(':') + 1));
    }

    // ---- JSON-LD in a web page ----

    /** A text that breaks out of a script element when written raw, yet is one line of allowed text. */
    private static final String PAYLOAD = "</script><script>alert(1)</script> &amp; <!-- x --> ]]>";

    /** A catalog with the payload in every text the exports write. */
    private static Catalog payloadCatalog() {
        String t = PAYLOAD;
        Instansi k = Instansi.of("k", "Kementerian " + t, GovernmentKind.CENTRAL, null, List.of(Unit.of("u", "Unit " + t, UnitKind.OTHER)));
        ServiceConcept concept = ServiceConcept.builder("c", "Konsep " + t).description("Konsep\n" + t).build();
        PublicService s = concept.instantiate("s", Authority.of("k", "u"))
                .title("Layanan " + t)
                .description("Deskripsi\n" + t)
                .keywords(List.of("kata " + t))
                .procedure(List.of("Langkah\n" + t))
                .requirement(Requirement.of("r", "Syarat " + t, Document.of("d", "Dokumen " + t, "Rincian\n" + t))
                        .withDescription("Rincian\n" + t))
                .output(Output.of("Surat " + t, OutputType.LETTER))
                .lifeEvents(List.of(LifeEvent.of("e", "Peristiwa " + t)))
                .cost(Cost.perUnit(5000, "lembar " + t, LegalReference.of("Perda " + t, URI.create("https://jdih.example.go.id/a?x=1&y=2"))))
                .legalBasis(List.of(LegalReference.of("UU " + t)))
                .complaintChannel(ComplaintChannel.of(ComplaintChannel.Kind.PHONE, "Telepon " + t))
                .channel(Channel.of(Channel.Kind.WEB, "https://layanan.example.go.id/s?a=1&b=%3Cx%3E"))
                .channel(Channel.of(Channel.Kind.COUNTER, "Loket " + t))
                .digitalLevel(DigitalLevel.TRANSAKSI)
                .internal(InternalComponents.none().with(StandarComponent.SARANA_PRASARANA, "Ruang\n" + t))
                .build();
        return Catalog.of(List.of(k), List.of(concept), List.of(s));
    }

    static Stream<Arguments> exports() {
        Catalog catalog = payloadCatalog();
        return Stream.of(Arguments.of("CPSV-AP", CpsvAp.exporter().export(catalog)),
                Arguments.of("schema.org catalog", SchemaOrg.export(catalog)),
                Arguments.of("schema.org service", SchemaOrg.export(catalog.services().get(0), catalog)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void export_inAScriptElementOfAPage_isOneScriptWhoseDataIsTheSameJson(String name, String jsonLd) throws IOException {
        assertThat(jsonLd).doesNotContain("<", ">", "&", "\u2028", "\u2029").contains("\\u003c/script\\u003e", "\\u0026amp;");
        String page = "<!DOCTYPE html><html><head><title>Layanan</title>\n<script type=\"application/ld+json\">\n" + jsonLd
                + "</script>\n</head><body><p>Isi</p></body></html>";
        org.jsoup.nodes.Document html = Jsoup.parse(page);
        assertThat(html.select("script")).singleElement().satisfies((Element script) -> {
            assertThat(script.attr("type")).isEqualTo("application/ld+json");
            assertThat(JSON.readTree(script.data())).isEqualTo(JSON.readTree(jsonLd));
        });
        assertThat(html.body().text()).isEqualTo("Isi");
        assertThat(jsonLd).as("the payload survives as JSON").isNotEmpty();
        assertThat(JSON.readTree(jsonLd).toString()).contains("</script><script>alert(1)</script>");
    }

    @Test
    void export_cpsvApWithThePayload_readsBackEqual() {
        Catalog catalog = payloadCatalog();
        assertThat(CpsvAp.exporter().read(CpsvAp.exporter().export(catalog)).catalog()).isEqualTo(catalog);
    }

    // ---- repeated ids and problem counts at scale ----

    private static String services(int count, java.util.function.IntFunction<String> service) {
        StringBuilder sb = new StringBuilder("{\"format\": \"spbe-catalog/1\", \"instansi\": [{\"id\": \"k\", \"name\": \"K\","
                + " \"kind\": \"central\"}], \"services\": [");
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : ",").append(service.apply(i));
        }
        return sb.append("]}").toString();
    }

    private static String service(String id, String title) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"authority\": {\"instansi\": \"k\"}, \"channels\": [{\"kind\": \"counter\"}]}";
    }

    @Test
    void read_twentyThousandCopiesOfOneService_oneProblemWithCountAndPlaces() {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class,
                () -> CatalogJson.parse(services(20_000, i -> service("izin-x", "Izin X"))));
        assertThat(e.omitted()).isZero();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("services");
            assertThat(p.rule()).isEqualTo("UniqueIds");
            assertThat(p).hasToString("services: id \"izin-x\" is used by 20000 services (services[0], services[1], services[2],"
                    + " services[3], services[4], services[5], services[6], services[7], services[8], services[9] and 19990 more)"
                    + " (\"izin-x\")");
        });
    }

    @Test
    void construct_catalogOfTwentyThousandCopies_oneProblemWithCount() {
        PublicService s = PublicService.builder("izin-x", "Izin X", Authority.of("k")).channel(Channel.of(Channel.Kind.COUNTER)).build();
        List<PublicService> copies = java.util.Collections.nCopies(20_000, s);
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, () -> Catalog.of(
                List.of(Instansi.of("k", "K", GovernmentKind.CENTRAL, null, List.of())), List.of(), copies));
        assertThat(e.problems()).singleElement().hasToString("services: id \"izin-x\" is used by 20000 services (services[0],"
                + " services[1], services[2], services[3], services[4], services[5], services[6], services[7], services[8],"
                + " services[9] and 19990 more)");
    }

    @Test
    void read_manyPairsOfRepeatedIds_eachIdOnceAndTheListCappedAt100() {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class,
                () -> CatalogJson.parse(services(4_000, i -> service("izin-" + i / 2, "Izin"))));
        assertThat(e.problems()).hasSize(SpbeException.MAX_PROBLEMS);
        assertThat(e.omitted()).isEqualTo(1_900);
        assertThat(e.problems().get(0)).hasToString("services: id \"izin-0\" is used by 2 services (services[0] and services[1]) (\"izin-0\")");
        assertThat(e.problems().get(99)).hasToString(
                "services: id \"izin-99\" is used by 2 services (services[198] and services[199]) (\"izin-99\")");
        assertThat(e.getMessage()).startsWith("catalog file (JSON text) has 2000 problems: ").endsWith("; and 1900 more");
    }

    @Test
    void read_thousandsOfBadServices_first100InNumericOrderAndACount() {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class,
                () -> CatalogJson.parse(services(2_500, i -> service("s" + i, " "))));
        assertThat(e.problems()).hasSize(100);
        assertThat(e.omitted()).isEqualTo(2_400);
        assertThat(e.problems()).extracting(Problem::path)
                .containsExactlyElementsOf(IntStream.range(0, 100).mapToObj(i -> "services[" + i + "].title").toList());
        assertThat(e.getMessage()).endsWith("; and 2400 more").hasSizeLessThan(20_000);
    }

    @Test
    void read_problemsAtServices2And1000_inNumericOrder() {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, () -> CatalogJson.parse(
                services(1_001, i -> service("s" + i, i == 2 || i == 1000 || i == 10 ? " " : "Layanan"))));
        assertThat(e.problems()).extracting(Problem::path)
                .containsExactly("services[2].title", "services[10].title", "services[1000].title");
    }

    // ---- one problem, not its consequences ----

    private static String sample() {
        try (InputStream in = HostileCatalogInputTest.class.getResourceAsStream("/io/github/spbe4j/catalog/json/kota-contoh-catalog.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void read_sampleWithAMalformedUnitIdInItsInstansi_onlyThatProblem() {
        String broken = sample().replace("{\"id\": \"disdukcapil\",", "{\"id\": \"disdukcapil\\u001b[2J\",");
        assertThat(broken).isNotEqualTo(sample());
        assertThat(problems(broken)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("instansi[0].units[1].id");
            assertThat(p.rule()).isEqualTo("Text");
        });
    }

    @Test
    void read_sampleWithAServiceNamingAMissingUnit_onlyThatProblem() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(sample());
        ((ObjectNode) root.at("/services/0/authority")).put("unit", "disdukcapil-x");
        assertThat(problems(JSON.writeValueAsString(root))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("services[0].authority.unit");
            assertThat(p.rule()).isEqualTo("Reference");
        });
    }

    @Test
    void read_sampleWithAnInstansiThatCannotBeRead_noServiceReportedForNamingIt() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(sample());
        ((ObjectNode) root.at("/instansi/0")).put("region", "99.7x");
        assertThat(problems(JSON.writeValueAsString(root))).extracting(Problem::path).containsExactly("instansi[0].region");
    }

    @Test
    void read_conceptThatCannotBeBound_noServiceReportedForNamingIt() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(sample());
        ((ObjectNode) root.at("/concepts/0")).put("title", 5);
        assertThat(problems(JSON.writeValueAsString(root))).extracting(Problem::toString)
                .containsExactly("concepts[0].title: must be a string (5)");
    }

    @Test
    void read_channelOfAnUnknownKindAtTransaksi_onlyTheKindIsReported() {
        ObjectNode fax = JSON.getNodeFactory().objectNode().put("kind", "fax");
        assertThat(problems(file("/services/0/channels/0", fax))).extracting(Problem::path).containsExactly("services[0].channels[0].kind");
    }

    @Test
    void read_serviceOverLongList_oneSizeProblemNotOnePerEntry() {
        ArrayNode villages = JSON.getNodeFactory().arrayNode();
        for (int i = 0; i < 100_001; i++) {
            villages.add("x");
        }
        ObjectNode availability = JSON.getNodeFactory().objectNode();
        availability.set("villages", villages);
        assertThat(problems(file("/services/0/availability", availability))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("services[0].availability.villages");
            assertThat(p.message()).isEqualTo("has 100001 entries; no list of the catalog file has more than 100000");
        });
    }

    // ---- plain words and whole numbers ----

    @ParameterizedTest
    @ValueSource(strings = {"{\"@id\": ", "{\"@id\": \"http://e.org/a\", \"@id\": \"http://e.org/b\"}", "{} {}", "[1, 2,]", "{'a': 1}",
            "{\"a\": NaN}", "\u0000"})
    void import_malformedJson_plainWordsWithoutALibrarysNames(String text) {
        InvalidLinkedDataException e = catchThrowableOfType(InvalidLinkedDataException.class, () -> CpsvAp.exporter().read(text));
        assertThat(e.getMessage()).contains("not valid JSON").doesNotContain("Exception", "jackson", "Jackson", "Feature", "JsonToken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"services\": [{\"id\": \"s\", \"cost\": {\"kind\": \"fixed\", \"rupiah\": {}}}]}",
            "{\"services\": [{\"id\": \"s\", \"channels\": [[]]}]}", "{\"services\": [{\"id\": \"s\", \"availability\": 5}]}",
            "{\"services\": [{\"id\": \"s\", \"internal\": []}]}", "{\"services\": [{\"id\": \"s\", \"cost\": {\"kind\": \"fixed\", \"rupiah\": true}}]}",
            "{\"services\": [{\"id\": \"s\", \"keywords\": {\"a\": 1}}]}", "{\"services\": [{\"id\": \"s\", \"authority\": {\"x\": 1}}]}"})
    void read_valueOfTheWrongShape_plainWordsWithoutALibrarysNames(String json) {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class,
                () -> CatalogJson.parse("{\"format\": \"spbe-catalog/1\", " + json.substring(1)));
        assertThat(e.getMessage()).doesNotContain("Exception", "jackson", "Jackson", "java.", "`", "Form", "Cannot deserialize");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5000", "5000.0", "5e3", "5.000e3", "500000e-2"})
    void read_wholeNumberWrittenAnyWay_isAccepted(String rupiah) {
        String json = BASE.replace("\"rupiah\": 5000", "\"rupiah\": " + rupiah);
        assertThat(CatalogJson.parse(json).services().get(0).cost()).contains(Cost.perUnit(5000, "lembar",
                LegalReference.of("Perda", URI.create("https://jdih.example.go.id/perda/1"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5000.5", "5e-1", "1e-9999999"})
    void read_numberWithAFraction_isNotAWholeNumber(String rupiah) {
        assertThat(problems(BASE.replace("\"rupiah\": 5000", "\"rupiah\": " + rupiah))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("must be a whole number"));
    }
}
