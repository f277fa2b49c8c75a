package io.github.spbe4j.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://lapor.kotacontoh.go.id/foto/1.jpg", "http://kotacontoh.go.id/a?b=c", "lapor/2026/03/foto-1.jpg",
        "foto 1.jpg", "a"})
    void of_linkOrStorageKey_isAccepted(String reference) {
        assertThat(Attachment.of(reference).reference()).isEqualTo(reference);
        assertThat(new Attachment(reference, "image/jpeg").mediaType()).isEqualTo("image/jpeg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:image/png;base64,AAAA", "file:///etc/passwd",
        "vbscript:msgbox", "ftp://kotacontoh.go.id/foto.jpg"})
    void of_linkOfAnotherScheme_isRefusedNamingTheScheme(String link) {
        Problem p = Problems.one(() -> Attachment.of(link));
        assertThat(p.path()).isEqualTo("reference");
        assertThat(p.rule()).isEqualTo("Link");
        assertThat(p.message()).isEqualTo("reference " + Text.quote(link) + " is a " + link.substring(0, link.indexOf(':'))
                + ": link; only http: or https: links are allowed");
    }

    @Test
    void of_unsafeHttpLink_isRefused() {
        assertThat(Problems.one(() -> Attachment.of("https://user:pass@kotacontoh.go.id/a.jpg")).message())
                .endsWith("holds a user name or password before the host; such addresses are not allowed");
        assertThat(Problems.one(() -> Attachment.of("https://kotacontoh.go.id/a b.jpg")).message())
                .endsWith("holds a space at character 27; write it as %20");
        assertThat(Problems.one(() -> Attachment.of("https:///a.jpg")).message()).contains("has no host");
        assertThat(Problems.one(() -> Attachment.of("https://kotacontoh.go.id/" + "a".repeat(2000))).message())
                .endsWith("has 2025 characters; a link has at most 2000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x.jpg", "\\\\evil.example\\x.jpg", "/\\evil.example", "\\/evil.example"})
    void of_protocolRelativeKey_isRefusedAsALinkToAnotherHost(String reference) {
        assertThatThrownBy(() -> Attachment.of(reference)).isInstanceOf(InvalidComplaintException.class)
                .hasMessageContaining("starts like a link to another host");
    }

    @Test
    void of_hostileStorageKey_isRefusedWithOneProblem() {
        assertThat(Problems.one(() -> Attachment.of("foto\u001b[2J.jpg")).message()).contains("control character U+001B");
        assertThat(Problems.one(() -> Attachment.of("foto\u202egpj.exe")).message()).contains("bidirectional control U+202E");
        assertThat(Problems.one(() -> Attachment.of("foto\u200b.jpg")).message()).contains("invisible character U+200B");
        assertThat(Problems.one(() -> Attachment.of("foto\udc00.jpg")).message()).contains("lone surrogate U+DC00");
        Problem empty = Problems.one(() -> Attachment.of(""));
        assertThat(empty.message()).isEqualTo("reference \"\" must be 1 to 2000 characters and not blank; it has 0");
        Problem huge = Problems.one(() -> Attachment.of("k".repeat(1_000_000)));
        assertThat(huge.message()).endsWith("must be 1 to 2000 characters and not blank; it has 1000000").hasSizeLessThan(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"image", "Image/JPEG", "image/", "/jpeg", "image/jpeg; charset=utf-8", "image/jpeg/x", "image/jp\u001beg"})
    void new_malformedMediaType_isRefused(String mediaType) {
        Problem p = Problems.one(() -> new Attachment("foto.jpg", mediaType));
        assertThat(p.path()).isEqualTo("mediaType");
        assertThat(p.rule()).isEqualTo(Attachment.MEDIA_TYPE_RULE);
        assertThat(p.message()).isEqualTo("media type " + Text.quote(mediaType) + " must be type/subtype in lower-case letters, digits and . + -");
    }

    @Test
    void new_badReferenceAndMediaType_namesBoth() {
        List<Problem> problems = Problems.of(() -> new Attachment("javascript:alert(1)", "text"));
        assertThat(problems).extracting(Problem::path).containsExactly("reference", "mediaType");
    }
}
