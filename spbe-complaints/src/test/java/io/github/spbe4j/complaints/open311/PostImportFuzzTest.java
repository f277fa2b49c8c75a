package io.github.spbe4j.complaints.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.spbe4j.core.internal.TextPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * Fuzz tests of {@link PostImport#read(String)} with Jazzer's JUnit integration: whatever the body, the
 * import returns a result and never throws; a refusal has status 400, 403 or 404, at least one error,
 * never echoes the api_key, and its error response is well-formed XML; an accepted request holds only
 * text the text policy allows, a description of at most 4,000 characters, and survives export: written
 * as an XML request and read back, its description is the same text.
 *
 * <p>{@code mvn test} runs each on its seed corpus only
 * ({@code src/test/resources/io/github/spbe4j/complaints/open311/PostImportFuzzTestInputs/<method>/}). To
 * fuzz for real, one at a time, from the repository root:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl spbe-complaints -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='PostImportFuzzTest#read_anyBody_acceptedOrRefusedAsTheSpecificationSays' \
 *     -Djazzer.instrument='io.github.spbe4j.**'
 * </pre>
 *
 * <p>The other is {@code read_mutatedSpecExample_acceptedOrRefusedAsTheSpecificationSays}. Add every
 * crash as a seed, renamed to say what it tests.
 */
class PostImportFuzzTest {

    private static final PostImport IMPORT = PostImportTest.importer();
    private static final String SPEC_BODY = Goldens.read("post-request.txt");

    @FuzzTest(maxDuration = "3m")
    void read_anyBody_acceptedOrRefusedAsTheSpecificationSays(FuzzedDataProvider data) {
        check(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "3m")
    void read_mutatedSpecExample_acceptedOrRefusedAsTheSpecificationSays(FuzzedDataProvider data) {
        int at = data.consumeInt(0, SPEC_BODY.length());
        int cut = data.consumeInt(0, 40);
        String inserted = data.consumeRemainingAsString();
        check(SPEC_BODY.substring(0, at) + inserted + SPEC_BODY.substring(Math.min(SPEC_BODY.length(), at + cut)));
    }

    static void check(String body) {
        PostResult result = IMPORT.read(body);
        if (result instanceof PostResult.Refused refused) {
            assertThat(refused.httpStatus()).isIn(400, 403, 404);
            assertThat(refused.errors()).isNotEmpty();
            assertThat(refused.problems()).hasSizeLessThanOrEqualTo(100);
            String xml = refused.body(Open311Format.XML);
            parse(xml);
            if (refused.httpStatus() == 403) {
                assertThat(refused.errors()).hasSize(1);
            }
            Goldens.json(refused.body(Open311Format.JSON));
        } else if (result instanceof PostResult.Accepted accepted) {
            PostedRequest p = accepted.request();
            assertThat(body).contains("api_key=xyz");
            p.description().ifPresent(d -> {
                assertThat(d.codePointCount(0, d.length())).isLessThanOrEqualTo(ServiceRequest.MAX_DESCRIPTION);
                assertThat(TextPolicy.MULTI_LINE.allows(d)).isTrue();
                ServiceRequest r = ServiceRequest.builder("1", RequestStatus.OPEN, p.serviceCode(), OffsetDateTime.parse("2026-01-01T00:00:00Z"))
                        .description(d).build();
                Document doc = parse(Open311Format.XML.requests(List.of(r)));
                assertThat(doc.getElementsByTagName("description").item(0).getTextContent()).isEqualTo(d);
            });
            p.addressString().ifPresent(a -> assertThat(TextPolicy.LINE.allows(a)).isTrue());
            assertThat(p.position().isPresent() || p.addressString().isPresent() || p.addressId().isPresent()).isTrue();
        }
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }
}
