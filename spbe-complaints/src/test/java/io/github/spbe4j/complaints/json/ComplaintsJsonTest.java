package io.github.spbe4j.complaints.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.ComplaintType;
import io.github.spbe4j.complaints.InvalidComplaintException;
import io.github.spbe4j.complaints.TrackingId;
import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.Role;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.core.Problem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ComplaintsJsonTest {

    /** The simplest form, with fictional values in place of its ellipses. */
    static final String SIMPLEST = """
            {"format":"spbe-complaints/1","agency":{"name":"Kota Contoh","region":"61.71"},"complaints":[{"id":"LPR-1",\
            "type":"pengaduan","submitted":"2026-03-17T09:15:00+07:00","title":"Lampu jalan mati","text":"Lampu di Jl. Contoh mati sejak Senin.",\
            "anonymous":false,"confidential":false,"reporter":{"name":"Siti Contoh","phone":"0812-3456-7890"},\
            "events":[{"action":"verify","at":"2026-03-25T10:00:00+07:00","by":"admin"}]}]}""";

    @Test
    void parse_simplestForm_readsTheComplaintAndReplaysItsEvents() {
        ComplaintRegister register = ComplaintsJson.parse(SIMPLEST);

        assertThat(register.agency().name()).isEqualTo("Kota Contoh");
        assertThat(register.agency().zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        Complaint c = register.complaint(TrackingId.of("LPR-1")).orElseThrow();
        assertThat(c.type()).isEqualTo(ComplaintType.COMPLAINT);
        assertThat(c.submitted()).isEqualTo(Instant.parse("2026-03-17T02:15:00Z"));
        assertThat(c.state()).isEqualTo(State.VERIFIED);
        assertThat(c.lifecycle().history().entries()).singleElement().satisfies(e -> {
            assertThat(e.role()).isEqualTo(Role.ADMIN);
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.at()).isEqualTo(Instant.parse("2026-03-25T03:00:00Z"));
        });
        assertThat(c.reporter().orElseThrow().phone()).contains("0812-3456-7890");
    }

    @Test
    void write_thenParse_givesAnEqualRegisterAndTheSameText() {
        String json = """
                {"format":"spbe-complaints/1","agency":{"name":"Kota Contoh","region":"61.71"},
                 "topics":[{"code":"infrastruktur","name":"Infrastruktur"},{"code":"infrastruktur.jalan","name":"Jalan","parent":"infrastruktur"}],
                 "complaints":[{"id":"LPR-2","type":"aspirasi","submitted":"2026-03-17T09:15:00+07:00","title":"Jalan berlubang",
                  "topic":"infrastruktur.jalan","channel":"mobile-app",
                  "location":{"region":"61.71.01.1001","latitude":-0.0263,"longitude":109.3425,"address":"Jl. Contoh No. 1"},
                  "attachments":[{"reference":"https://lapor.example.go.id/foto/1.jpg","mediaType":"image/jpeg"}],
                  "anonymous":true,"reporter":{"name":"Budi","email":"budi@contoh.id"},
                  "privacyChanges":[{"confidential":true,"at":"2026-03-18T08:00:00+07:00","by":"Admin Kota","note":"foto menunjukkan wajah"}],
                  "events":[{"action":"verify","at":"2026-03-18T09:00:00+07:00","by":"Admin Kota"},
                   {"action":"dispose","at":"2026-03-18T10:00:00+07:00","by":"Admin Kota","role":"admin","to":"Dinas PUPR"},
                   {"action":"follow-up","at":"2026-03-20T10:00:00+07:00","by":"Dinas PUPR","note":"Sudah ditambal."},
                   {"action":"close","at":"2026-03-21T10:00:00+07:00","by":"Budi","role":"citizen","reason":"resolved"}]}]}""";
        ComplaintRegister register = ComplaintsJson.parse(json);
        Complaint c = register.complaints().get(0);
        assertThat(c.state()).isEqualTo(State.CLOSED);
        assertThat(c.lifecycle().closeReason()).contains(CloseReason.RESOLVED);
        assertThat(c.lifecycle().agency()).contains("Dinas PUPR");
        assertThat(c.privacy().confidential()).isTrue();
        assertThat(c.lifecycle().history().count(Action.FOLLOW_UP)).isEqualTo(1);

        String written = ComplaintsJson.write(register);
        assertThat(ComplaintsJson.parse(written)).isEqualTo(register);
        assertThat(ComplaintsJson.write(ComplaintsJson.parse(written))).isEqualTo(written);
    }

    @Test
    void parse_brokenFile_namesEveryProblemAtOnce() {
        String json = """
                {"format":"spbe-complaints/2","agency":{"name":"Kota Contoh","region":"61.71"},"complaints":[
                 {"id":"LPR 1","type":"keluhan","submitted":"17-03-2026","title":" "},
                 {"id":"LPR-2","type":"pengaduan","submitted":"2026-03-17T09:15:00+07:00","title":"Ok",
                  "events":[{"action":"follow-up","at":"2026-03-18T09:00:00+07:00","by":"Dinas PU","role":"liaison"}]},
                 {"id":"LPR-2","type":"pengaduan","submitted":"2026-03-17T09:15:00+07:00","title":"Lagi",
                  "location":{"latitude":95,"longitude":109}}]}""";
        assertThatThrownBy(() -> ComplaintsJson.parse(json))
                .isInstanceOfSatisfying(InvalidComplaintException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("complaints[0].id", "complaints[0].submitted", "complaints[0].title",
                                "complaints[0].type", "complaints[1].events[0].action", "complaints[2].location.latitude", "format"));
    }

    @Test
    void parse_indonesianLocale_givesIndonesianConstraintMessages() {
        String json = SIMPLEST.replace("\"pengaduan\"", "\"keluhan\"");
        assertThatThrownBy(() -> ComplaintsJson.parse(json, Locale.forLanguageTag("id")))
                .hasMessageContaining("complaints[0].type: harus salah satu dari aspirasi, pengaduan");
        assertThatThrownBy(() -> ComplaintsJson.parse(json))
                .hasMessageContaining("complaints[0].type: must be one of aspirasi, pengaduan");
    }
}
