package io.github.spbe4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The link policy: what a web address, a document link and a contact may be. */
class LinkPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://jdih.kotacontoh.go.id/perwali/2024/12.pdf", "http://kotacontoh.go.id",
            "HTTPS://KotaContoh.go.id/layanan?id=7#syarat", "https://xn--kta-contoh-r7a.id/", "https://10.0.0.1:8443/a",
            "https://kotacontoh.go.id/a%20b"})
    void web_httpAndHttpsAddressesWithAHost_areAllowed(String link) {
        assertThat(LinkPolicy.WEB.violation(link)).isEmpty();
        assertThat(LinkPolicy.CONTACT.violation(link)).isEmpty();
    }

    static Stream<Arguments> refusedWebLinks() {
        return Stream.of(
                Arguments.of("javascript:alert(document.cookie)", "is a javascript: link; only http: or https: links are allowed"),
                Arguments.of("JavaScript:alert(1)", "is a JavaScript: link; only http: or https: links are allowed"),
                Arguments.of("data:text/html;base64,PHNjcmlwdD4=", "is a data: link; only http: or https: links are allowed"),
                Arguments.of("file:///etc/passwd", "is a file: link; only http: or https: links are allowed"),
                Arguments.of("vbscript:msgbox(1)", "is a vbscript: link; only http: or https: links are allowed"),
                Arguments.of("mailto:pengaduan@kotacontoh.go.id", "is a mailto: link; only http: or https: links are allowed"),
                Arguments.of("//kotacontoh.go.id/a", "is not an absolute address; it must start with http: or https:"),
                Arguments.of("kotacontoh.go.id", "is not an absolute address; it must start with http: or https:"),
                Arguments.of("https:kotacontoh.go.id", "has no host; an https address names one in ASCII, as https://example.go.id/"),
                Arguments.of("https://", "is not a valid address: Expected authority at character 9"),
                Arguments.of("https://user:pass@kotacontoh.go.id/", "holds a user name or password before the host; such addresses are"
                        + " not allowed"),
                Arguments.of("https://kota contoh.go.id", "holds a space at character 13; write it as %20"),
                Arguments.of(" https://kotacontoh.go.id", "holds a space at character 1; write it as %20"),
                Arguments.of("https://kotacontoh.go.id/\u001b[2J", "holds the control character U+001B at character 26; it must be one"
                        + " line without control characters"),
                Arguments.of("java\tscript:alert(1)", "holds the control character U+0009 at character 5; it must be one line without"
                        + " control characters"),
                Arguments.of("https://kotacontoh.go.id/\u202egpj", "holds the bidirectional control U+202E at character 26; bidirectional"
                        + " embeddings, overrides and isolates are not allowed, as they make text display differently from what it"
                        + " holds"),
                Arguments.of("https://kota\u200bcontoh.go.id", "holds the invisible character U+200B at character 13; names and"
                        + " identifiers may not hold zero-width or invisible formatting characters"),
                Arguments.of("https://kotacontoh.go.id/" + "a".repeat(2000), "has 2025 characters; a link has at most 2000"));
    }

    @ParameterizedTest
    @MethodSource("refusedWebLinks")
    void web_otherSchemesAndMalformedAddresses_areRefusedWithTheReason(String link, String reason) {
        assertThat(LinkPolicy.WEB.violation(link)).hasValue(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:pengaduan@kotacontoh.go.id", "tel:+62-561-733000", "tel:0561733000", "tel:(0561)733000"})
    void contact_mailtoAndTel_areAllowed(String link) {
        assertThat(LinkPolicy.CONTACT.violation(link)).isEmpty();
    }

    @Test
    void contact_badMailtoAndTelAndOtherSchemes_areRefused() {
        assertThat(LinkPolicy.CONTACT.violation("mailto:")).isPresent();
        assertThat(LinkPolicy.CONTACT.violation("mailto:a@b@c")).hasValue("is not a mailto: link to one e-mail address");
        assertThat(LinkPolicy.CONTACT.violation("tel:call-me")).get().asString().startsWith("is not a tel: link to a telephone number");
        assertThat(LinkPolicy.CONTACT.violation("javascript:alert(1)")).hasValue("is a javascript: link; only http:, https:, mailto: or"
                + " tel: links are allowed");
        assertThat(LinkPolicy.CONTACT.violation("sms:+62561")).isPresent();
    }

    @Test
    void check_makesOneProblemNamingPathValueAndRule() {
        var p = LinkPolicy.WEB.check("services[0].legalBasis[1].link", "javascript:alert(1)").orElseThrow();
        assertThat(p.rule()).isEqualTo(LinkPolicy.RULE);
        assertThat(p.path()).isEqualTo("services[0].legalBasis[1].link");
        assertThat(p.toString()).isEqualTo("services[0].legalBasis[1].link \"javascript:alert(1)\" is a javascript: link; only http: or"
                + " https: links are allowed");
    }
}
