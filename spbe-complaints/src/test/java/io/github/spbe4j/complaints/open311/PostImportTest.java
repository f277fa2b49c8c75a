package io.github.spbe4j.complaints.open311;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostImportTest {

    static final String KEY = "xyz";

    /** The specification's example service 001, asking the two attributes its example POST answers. */
    static Open311Services services() {
        Open311Service cans = new Open311Service("001", "Cans left out 24x7", Optional.empty(), true, ServiceType.REALTIME, List.of(),
                Optional.empty());
        Open311Service lamp = new Open311Service("lampu", "Lampu jalan mati", Optional.empty(), true, ServiceType.REALTIME, List.of(),
                Optional.empty());
        Open311Service road = Open311Service.of("jalan", "Jalan rusak", "Jalan berlubang");
        return Open311Services.of(List.of(cans, lamp, road), List.of(
                ServiceDefinition.of("001", List.of(
                        Attribute.of("WHISPAWN", Attribute.Datatype.STRING, false, 1, "Pawn", List.of()),
                        Attribute.of("WHISDORN", Attribute.Datatype.STRING, false, 2, "Dorn", List.of()))),
                ServiceDefinition.of("lampu", List.of(
                        Attribute.of("jenis", Attribute.Datatype.SINGLEVALUELIST, true, 1, "Jenis lampu",
                                List.of(AttributeValue.of("led", "LED"), AttributeValue.of("sodium", "Sodium"))),
                        Attribute.of("waktu", Attribute.Datatype.MULTIVALUELIST, false, 2, "Kapan mati",
                                List.of(AttributeValue.of("malam", "Malam"), AttributeValue.of("siang", "Siang"))),
                        Attribute.of("tiang", Attribute.Datatype.NUMBER, false, 3, "Nomor tiang", List.of()),
                        Attribute.of("sejak", Attribute.Datatype.DATETIME, false, 4, "Sejak kapan", List.of()),
                        Attribute.of("catatan", Attribute.Datatype.TEXT, false, 5, "Catatan", List.of()),
                        new Attribute(false, "info", Attribute.Datatype.STRING, false, Optional.empty(), 6, "Hanya informasi",
                                List.of())))));
    }

    static PostImport importer() {
        return PostImport.of(services(), KEY::equals);
    }

    private static final String OK = "api_key=xyz&service_code=jalan&address_string=Jl.+Gajah+Mada+12";

    static PostResult.Refused refused(String body) {
        PostResult r = importer().read(body);
        assertThat(r).isInstanceOf(PostResult.Refused.class);
        return (PostResult.Refused) r;
    }

    static PostedRequest accepted(String body) {
        PostResult r = importer().read(body);
        assertThat(r).as("%s", r).isInstanceOf(PostResult.Accepted.class);
        return ((PostResult.Accepted) r).request();
    }

    static List<String> rules(PostResult.Refused r) {
        return r.problems().stream().map(Problem::rule).toList();
    }

    @Test
    void read_specExampleBody_isAcceptedWithEveryField() {
        PostedRequest p = accepted(Goldens.read("post-request.txt"));
        assertThat(p.serviceCode()).isEqualTo("001");
        assertThat(p.jurisdictionId()).contains("city.gov");
        assertThat(p.position()).contains(Position.of(new BigDecimal("37.76524078"), new BigDecimal("-122.4212043")));
        assertThat(p.addressString()).contains("1234 5th street");
        assertThat(p.email()).contains("smit333@sfgov.edu");
        assertThat(p.deviceId()).contains("tt222111");
        assertThat(p.accountId()).contains("123456");
        assertThat(p.firstName()).contains("john");
        assertThat(p.lastName()).contains("smith");
        assertThat(p.phone()).contains("111111111");
        assertThat(p.description()).contains("A large sinkhole is destroying the street");
        assertThat(p.mediaUrl()).contains("http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg");
        assertThat(p.attributes()).containsExactly(Map.entry("WHISPAWN", List.of("123456")), Map.entry("WHISDORN", List.of("COISL001")));
        assertThat(p.toString()).doesNotContain("john", "smit333", "111111111", "sinkhole");
    }

    @Test
    void read_formMap_sameAsBody() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("api_key", List.of(KEY));
        form.put("service_code", List.of("jalan"));
        form.put("address_string", List.of("Jl. Gajah Mada 12"));
        assertThat(importer().read(form)).isEqualTo(importer().read(OK));
    }

    @Test
    void read_noApiKey_isForbiddenAloneWith403() {
        PostResult.Refused r = refused("service_code=nope&lat=999");
        assertThat(r.httpStatus()).isEqualTo(403);
        assertThat(r.errors()).extracting(Open311Error::code).containsExactly(403);
        assertThat(r.errors().get(0).description()).contains("api_key was not provided");
        assertThat(rules(r)).containsExactly(PostImport.API_KEY);
    }

    @Test
    void read_wrongApiKey_isForbiddenWithoutEchoingTheKey() {
        PostResult.Refused r = refused("api_key=SECRET-GUESS&service_code=jalan&address_id=1");
        assertThat(r.httpStatus()).isEqualTo(403);
        assertThat(r.errors().get(0).description()).contains("api_key is not valid").doesNotContain("SECRET");
        assertThat(r.body(Open311Format.XML) + r.body(Open311Format.JSON) + r.problems()).doesNotContain("SECRET");
        assertThat(refused("api_key=xyz&api_key=xyz&service_code=jalan&address_id=1").httpStatus()).isEqualTo(403);
    }

    @Test
    void read_acceptedRequest_neverKeepsTheKey() {
        assertThat(accepted(OK).toString()).doesNotContain("xyz");
    }

    @Test
    void read_noServiceCode_is400Required() {
        PostResult.Refused r = refused("api_key=xyz&address_id=12");
        assertThat(r.httpStatus()).isEqualTo(400);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("service_code");
            assertThat(p.rule()).isEqualTo("Required");
        });
    }

    @Test
    void read_unknownServiceCode_is404NamingIt() {
        PostResult.Refused r = refused("api_key=xyz&service_code=sampah&address_id=12");
        assertThat(r.httpStatus()).isEqualTo(404);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(404);
            assertThat(e.description()).isEqualTo("service_code \"sampah\" is not a service of this server; GET services lists the codes");
        });
    }

    @Test
    void read_otherJurisdiction_is404() {
        PostImport imp = importer().withJurisdiction("pontianak.go.id");
        assertThat(imp.read(OK + "&jurisdiction_id=pontianak.go.id")).isInstanceOf(PostResult.Accepted.class);
        assertThat(imp.read(OK)).isInstanceOf(PostResult.Accepted.class);
        PostResult r = imp.read(OK + "&jurisdiction_id=sfgov.org");
        assertThat(r).isInstanceOfSatisfying(PostResult.Refused.class, f -> assertThat(f.httpStatus()).isEqualTo(404));
    }

    @Test
    void read_noLocation_isRefusedNamingTheThreeWays() {
        PostResult.Refused r = refused("api_key=xyz&service_code=jalan&description=Lubang");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(PostImport.LOCATION);
            assertThat(p.message()).isEqualTo("the request has no location; give lat and long, address_string or address_id");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lat=-0.0263&long=109.3425|true",
        "address_string=Jl.+Tanjungpura|true",
        "address_id=A-12|true",
        "lat=-0.0263|false",
        "long=109.3425|false",
        "lat=91&long=0|false",
        "lat=0&long=-180.5|false",
        "lat=1e2&long=0|false",
        "lat=+1&long=0|false",
        "lat=0.1234567890123456&long=0|false",
        "lat=&long=&address_id=|false"})
    void read_location_acceptedOnlyWhenComplete(String location, boolean ok) {
        PostResult r = importer().read("api_key=xyz&service_code=jalan&" + location);
        assertThat(r instanceof PostResult.Accepted).as("%s -> %s", location, r).isEqualTo(ok);
    }

    @Test
    void read_description_upTo4000CharactersOverLines() {
        String d4000 = "a".repeat(3998) + "%0D%0Ab";
        assertThat(accepted(OK + "&description=" + d4000).description().orElseThrow()).hasSize(4000).contains("a\nb");
        PostResult.Refused r = refused(OK + "&description=" + "a".repeat(4001));
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith(
                "description has 4001 characters; it has at most 4000"));
        // characters, not UTF-16 units: 4,000 emoji pass
        assertThat(accepted(OK + "&description=" + "%F0%9F%98%80".repeat(4000)).description().orElseThrow().codePointCount(0, 8000))
                .isEqualTo(4000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "description=Lampu%1B%5B2J|description|Text",
        "description=abc%E2%80%AEdef|description|Text",
        "address_id=Jl.%0ABaru|address_id|Text",
        "first_name=Bu%E2%80%8Bdi|first_name|Text",
        "media_url=javascript%3Aalert(1)|media_url|Link",
        "media_url=file%3A%2F%2F%2Fetc%2Fpasswd|media_url|Link",
        "email=not-an-email|email|Format",
        "phone=call+me|phone|Format",
        "colour=red|colour|UnknownField",
        "email=a%40b.id&email=c%40d.id|email|Once",
        "description=%ZZ|description|Encoding",
        "description=%4|description|Encoding",
        "description=%C3%28|description|Encoding",
        "description=%C0%AF|description|Encoding",
        "description=%ED%A0%80|description|Encoding",
        "description=a%EF%BF%BFb|description|Text",
        "address_id=%EF%BF%BE|address_id|Text"})
    void read_hostileValue_isRefusedNamingFieldAndRule(String field, String path, String rule) {
        PostResult.Refused r = refused(OK + "&" + field);
        assertThat(r.httpStatus()).isEqualTo(400);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.rule()).isEqualTo(rule);
            assertThat(p.message()).doesNotContain("\u001b", "\u202e", "\n");
        });
    }

    @Test
    void read_noncharacterInAFieldName_errorResponseIsStillWellFormedXml() {
        PostResult.Refused r = refused(OK + "&x%EF%BF%BF=1");
        assertThat(r.errors().get(0).description()).contains("\\uffff").doesNotContain("\uffff");
        PostImportFuzzTest.parse(r.body(Open311Format.XML));
    }

    @Test
    void read_emptyField_countsAsNotGiven() {
        PostedRequest p = accepted(OK + "&email=&phone=&media_url=&description=");
        assertThat(p.email()).isEmpty();
        assertThat(p.description()).isEmpty();
    }

    @Test
    void read_loneSurrogateInTheBody_isRefused() {
        PostResult.Refused r = refused(OK + "&description=a\ud800b");
        assertThat(rules(r)).containsExactly(PostImport.ENCODING);
    }

    @Test
    void read_rawUtf8Characters_areRead() {
        assertThat(accepted(OK + "&description=Jalan+di+Kelurahan+Sungai+Bangkong+🙂").description()).contains(
                "Jalan di Kelurahan Sungai Bangkong 🙂");
    }

    @Test
    void read_everyProblemAtOnce_inOneResponse() {
        PostResult.Refused r = refused("api_key=xyz&service_code=sampah&lat=95&long=0&description=%1B&media_url=javascript%3Ax&colour=red"
                + "&email=x");
        assertThat(r.httpStatus()).isEqualTo(404);
        assertThat(r.problems()).extracting(Problem::path)
                .containsExactlyInAnyOrder("colour", "service_code", "lat", "description", "email", "media_url");
        assertThat(r.errors()).hasSize(6);
        assertThat(r.errors()).extracting(Open311Error::code).containsOnly(400, 404);
        assertThat(r.body(Open311Format.XML)).startsWith("<?xml").contains("<errors>", "<code>404</code>");
    }

    @Test
    void read_manyBadFields_keeps100AndCountsTheRest() {
        StringBuilder body = new StringBuilder(OK);
        for (int i = 0; i < 150; i++) {
            body.append("&x").append(i).append("=1");
        }
        PostResult.Refused r = refused(body.toString());
        assertThat(r.problems()).hasSize(100);
        assertThat(r.omitted()).isEqualTo(50);
        assertThat(r.errors()).hasSize(101);
        assertThat(r.errors().get(100).description()).isEqualTo("and 50 more problems");
    }

    @Test
    void read_tooManyFieldsOrHugeBody_isRefusedBeforeReading() {
        assertThat(refused(OK + "&a=1".repeat(PostImport.MAX_FIELDS)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("at most 200"));
        PostResult.Refused huge = refused(OK + "&description=" + "a".repeat(PostImport.MAX_BODY));
        assertThat(huge.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("the body has 65"));
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("api_key", List.of(KEY));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add("x");
        }
        form.put("description", many);
        assertThat(importer().read(form)).isInstanceOf(PostResult.Refused.class);
    }

    @Test
    void read_attributes_checkedAgainstTheDefinition() {
        String base = "api_key=xyz&service_code=lampu&address_id=T-1";
        PostedRequest p = accepted(base + "&attribute[jenis]=led&attribute[waktu][]=malam&attribute[waktu][]=siang&attribute[tiang]=-12.5"
                + "&attribute[sejak]=2026-03-17T09%3A15%3A00%2B07%3A00&attribute[catatan]=baris+1%0D%0Abaris+2");
        assertThat(p.attributes()).containsExactly(Map.entry("jenis", List.of("led")), Map.entry("waktu", List.of("malam", "siang")),
                Map.entry("tiang", List.of("-12.5")), Map.entry("sejak", List.of("2026-03-17T09:15:00+07:00")),
                Map.entry("catatan", List.of("baris 1\nbaris 2")));
        PostResult.Refused r = refused(base + "&attribute[waktu][]=pagi&attribute[tiang]=dua&attribute[sejak]=kemarin"
                + "&attribute[warna]=merah&attribute[info]=x&attribute[catatan]=%1B");
        assertThat(r.problems()).extracting(Problem::path).containsExactly("attribute[waktu]", "attribute[tiang]", "attribute[sejak]",
                "attribute[warna]", "attribute[info]", "attribute[catatan]", "attribute[jenis]");
        assertThat(r.problems().get(6).message()).isEqualTo("attribute[jenis] is required by service \"lampu\": Jenis lampu");
        assertThat(rules(refused(base + "&attribute[jenis]=led&attribute[jenis]=sodium"))).containsExactly("Once");
        assertThat(rules(refused(base + "&attribute[jenis]=diesel"))).containsExactly("OneOf");
    }

    @Test
    void read_attributeForServiceWithoutDefinition_isUnknown() {
        PostResult.Refused r = refused(OK + "&attribute[x]=1");
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("attribute[x] is not an attribute service \"jalan\" asks for; it asks for none"));
    }
}
