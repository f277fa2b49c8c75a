package io.github.spbe4j.complaints.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceRequestTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-17T09:15:00.123456+07:00");

    static ServiceRequest.Builder request() {
        return ServiceRequest.builder("LPR-1", RequestStatus.OPEN, "lampu-jalan", AT);
    }

    @Test
    void requests_dateTimes_areWrittenToTheSecondWithTheirOffset() {
        ServiceRequest r = request().expected(OffsetDateTime.parse("2026-03-24T23:59:59+07:00"))
                .updated(OffsetDateTime.parse("2026-03-18T00:00:00Z")).build();
        String json = Open311Format.JSON.requests(List.of(r));
        assertThat(json).contains("\"requested_datetime\" : \"2026-03-17T09:15:00+07:00\"",
                "\"expected_datetime\" : \"2026-03-24T23:59:59+07:00\"", "\"updated_datetime\" : \"2026-03-18T00:00:00Z\"");
    }

    @Test
    void requests_notes_areWrittenAsTheHistoryExtension() {
        ServiceRequest r = request().notes(List.of(Note.of(AT, "submitted", "Diterima"),
                new Note(AT.plusDays(1), "verify", Optional.of("Diverifikasi"), Optional.empty()))).build();
        assertThat(Goldens.json(Open311Format.JSON.requests(List.of(r))).get(0).get("notes")).isEqualTo(Goldens.json("""
                [{"datetime":"2026-03-17T09:15:00+07:00","description":"Diterima","type":"submitted"},
                 {"datetime":"2026-03-18T09:15:00+07:00","summary":"Diverifikasi","type":"verify"}]"""));
        assertThat(Open311Format.XML.requests(List.of(r))).contains("<notes>", "<note>", "<type>verify</type>");
        assertThat(Open311Format.XML.requests(List.of(request().build()))).doesNotContain("<notes");
    }

    @Test
    void requests_textWithMarkup_isEscapedInXml() {
        ServiceRequest r = request().description("Lampu <b>mati</b> & \"rusak\"\nsejak kemarin").build();
        String xml = Open311Format.XML.requests(List.of(r));
        assertThat(xml).contains("Lampu &lt;b>mati&lt;/b> &amp; \"rusak\"\nsejak kemarin");
        assertThat(Goldens.xml(xml)).contains("description = Lampu <b>mati</b> & \"rusak\"\nsejak kemarin");
    }

    @Test
    void build_badFields_areAllNamed() {
        assertThatThrownBy(() -> request().description("x".repeat(4001)).mediaUrl("javascript:alert(1)").agencyResponsible("A\u001bB")
                .zipcode("781 11").build())
                .isInstanceOf(Open311Exception.class)
                .hasMessageContaining("description has 4001 characters; it has at most 4000")
                .hasMessageContaining("media_url \"javascript:alert(1)\" is a javascript: link")
                .hasMessageContaining("agency_responsible \"A\\u001bB\" holds the control character U+001B");
        assertThat(request().zipcode("78111").build().zipcode()).contains("78111");
    }

    @Test
    void position_rangeAndScale_areChecked() {
        assertThat(Position.parse("-0.0263", "109.3425")).isEqualTo(Position.of(new BigDecimal("-0.02630"), new BigDecimal("109.3425")));
        assertThat(Position.parse("-0.0263", "109.3425")).hasToString("-0.0263,109.3425");
        assertThatThrownBy(() -> Position.parse("90.0001", "180")).hasMessageContaining("lat 90.0001 is out of range; it runs -90..90");
        assertThatThrownBy(() -> Position.of(BigDecimal.ZERO, new BigDecimal("1E+3"))).hasMessageContaining("long 1000 is out of range");
        assertThatThrownBy(() -> Position.parse("NaN", "0x1")).hasMessageContaining("lat \"NaN\" is not a decimal")
                .hasMessageContaining("long \"0x1\" is not a decimal");
    }

    @Test
    void equalsAndToString_valueSemanticsWithoutPersonalData() {
        ServiceRequest a = request().description("Nama saya Budi, 0812 3456 7890").build();
        assertThat(a).isEqualTo(a.toBuilder().build()).hasSameHashCodeAs(a.toBuilder().build());
        assertThat(a).isNotEqualTo(request().build());
        assertThat(a).hasToString("ServiceRequest[LPR-1 open lampu-jalan]");
        assertThat(RequestStatus.CLOSED.word()).isEqualTo("closed");
    }

    @Test
    void postResponse_idAndToken_areExclusive() {
        assertThatThrownBy(() -> new PostResponse(Optional.of("1"), Optional.of("t"), Optional.empty(), Optional.empty()))
                .hasMessageContaining("gives one or the other");
        String xml = Open311Format.XML.posted(List.of(new PostResponse(Optional.empty(), Optional.of("12345"), Optional.empty(),
                Optional.empty())));
        assertThat(xml).contains("<token>12345</token>").doesNotContain("service_request_id");
        assertThatThrownBy(() -> Open311Error.of(42, "x")).hasMessageContaining("error code 42");
    }
}
