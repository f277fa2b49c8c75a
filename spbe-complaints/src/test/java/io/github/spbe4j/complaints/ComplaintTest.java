package io.github.spbe4j.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.Role;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.lifecycle.Step;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.identifier.RegionCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComplaintTest {

    private static final TrackingId ID = TrackingId.of("LPR-2026-000123");
    private static final Instant T0 = Instant.parse("2026-03-17T02:15:00Z");
    private static final Reporter SITI = Reporter.named("Siti Aminah").withPhone("0812-3456-7890").withEmail("siti@contoh.id");

    private static Complaint.Builder builder() {
        return Complaint.builder(ID, ComplaintType.COMPLAINT, "Jalan berlubang di depan SD", T0);
    }

    private static Complaint full() {
        return builder().text("Lubang besar sejak Senin.\nMohon segera diperbaiki.").topic("infrastruktur.jalan").service("kc-dpu-01")
                .location(Location.in(RegionCode.parse("61.71.01.1001")).at(Coordinates.of("-0.0263", "109.3425")).withAddress("Jl. Merdeka 1"))
                .attach(new Attachment("lapor/2026/03/foto-1.jpg", "image/jpeg")).channel(Channel.MOBILE_APP).reporter(SITI)
                .privacy(Privacy.OPEN).build();
    }

    private static Complaint applied(ComplaintUpdate u) {
        assertThat(u).isInstanceOf(ComplaintUpdate.Applied.class);
        return u.orElseThrow();
    }

    private static Problem refused(ComplaintUpdate u) {
        assertThat(u).isInstanceOf(ComplaintUpdate.Refused.class);
        return ((ComplaintUpdate.Refused) u).problem();
    }

    @Test
    void build_everyPart_isKeptAsGiven() {
        Complaint c = full();
        assertThat(c.id()).isEqualTo(ID);
        assertThat(c.type()).isEqualTo(ComplaintType.COMPLAINT);
        assertThat(c.title()).isEqualTo("Jalan berlubang di depan SD");
        assertThat(c.text()).isEqualTo("Lubang besar sejak Senin.\nMohon segera diperbaiki.");
        assertThat(c.topic()).contains("infrastruktur.jalan");
        assertThat(c.service()).contains("kc-dpu-01");
        assertThat(c.location().flatMap(Location::coordinates)).contains(Coordinates.of("-0.0263", "109.3425"));
        assertThat(c.attachments()).extracting(Attachment::reference).containsExactly("lapor/2026/03/foto-1.jpg");
        assertThat(c.channel()).isEqualTo(Channel.MOBILE_APP);
        assertThat(c.reporter()).contains(SITI);
        assertThat(c.privacy()).isEqualTo(Privacy.OPEN);
        assertThat(c.privacyChanges()).isEmpty();
        assertThat(c.state()).isEqualTo(State.SUBMITTED);
        assertThat(c.submitted()).isEqualTo(T0);
        assertThat(c.updated()).isEqualTo(T0);
        assertThat(c.lifecycle().history().size()).isZero();
        assertThat(full()).isEqualTo(c).hasSameHashCodeAs(c);
    }

    @Test
    void build_defaults_areWebOpenAndEmpty() {
        Complaint c = builder().build();
        assertThat(c.channel()).isEqualTo(Channel.WEB);
        assertThat(c.privacy()).isEqualTo(Privacy.OPEN);
        assertThat(c.text()).isEmpty();
        assertThat(c.topic()).isEmpty();
        assertThat(c.service()).isEmpty();
        assertThat(c.location()).isEmpty();
        assertThat(c.attachments()).isEmpty();
        assertThat(c.reporter()).isEmpty();
    }

    @Test
    void build_everyPartWrong_namesEveryProblemAtOnce() {
        Complaint.Builder b = Complaint.builder(ID, ComplaintType.COMPLAINT, "Jalan\u001b[2J", T0).text("x".repeat(4001))
                .topic("jalan rusak").service(" ");
        for (int i = 0; i <= Complaint.MAX_ATTACHMENTS; i++) {
            b.attach(Attachment.of("foto-" + i + ".jpg"));
        }
        assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidComplaintException.class, e -> {
            assertThat(e.problems()).extracting(Problem::path).containsExactly("title", "text", "topic", "service", "attachments");
            assertThat(e.problems()).extracting(Problem::message).containsExactly(
                    "title \"Jalan\\u001b[2J\" holds the control character U+001B at character 6; it must be one line without control"
                            + " characters",
                    "text \"" + "x".repeat(56) + "... must be at most 4000 characters; it has 4001",
                    "topic code \"jalan rusak\" must be 1 to 64 ASCII letters, digits, - _ or .",
                    "service \" \" must be 1 to 200 characters and not blank; it has 1",
                    "a complaint has at most 20 attachments; this one has 21");
            assertThat(e.getMessage()).startsWith("complaint LPR-2026-000123 has 5 problems: title ");
        });
    }

    @Test
    void build_limitsExactly_areAccepted() {
        Complaint.Builder b = Complaint.builder(ID, ComplaintType.COMPLAINT, "t".repeat(Complaint.MAX_TITLE), T0)
                .text("x".repeat(Complaint.MAX_TEXT));
        for (int i = 0; i < Complaint.MAX_ATTACHMENTS; i++) {
            b.attach(Attachment.of("foto-" + i + ".jpg"));
        }
        assertThat(b.build().attachments()).hasSize(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Judul\u0007", "Judul\nbaris dua", "Judul\r", "Judul\u2028", "Judul\u202e", "Judul\u2066", "Judul\ud800", "Judul\udfff",
        "Judul\u0085"})
    void build_hostileTitle_isRefusedWithOneProblemAndBuildsNothing(String title) {
        Problem p = Problems.one(() -> Complaint.builder(ID, ComplaintType.COMPLAINT, title, T0).build());
        assertThat(p.path()).isEqualTo("title");
        assertThat(p.rule()).isEqualTo("Text");
        assertThat(p.message()).startsWith("title " + io.github.spbe4j.core.internal.Text.quote(title) + " holds ");
        assertThat(p.message()).doesNotContain(title.substring(5));
    }

    @Test
    void build_hugeOrBlankTitle_isRefusedWithAShortMessage() {
        Problem huge = Problems.one(() -> Complaint.builder(ID, ComplaintType.COMPLAINT, "J".repeat(5_000_000), T0).build());
        assertThat(huge.rule()).isEqualTo("Length");
        assertThat(huge.message()).endsWith("must be 1 to 200 characters and not blank; it has 5000000").hasSizeLessThan(200);
        Problem blank = Problems.one(() -> Complaint.builder(ID, ComplaintType.COMPLAINT, " \t", T0).build());
        assertThat(blank.message()).contains("holds the control character U+0009");
        assertThat(Problems.one(() -> Complaint.builder(ID, ComplaintType.COMPLAINT, "   ", T0).build()).rule()).isEqualTo("Required");
    }

    @Test
    void build_textOverSeveralLines_isAccepted_butOtherControlsAreNot() {
        assertThat(builder().text("Baris satu\n\tBaris dua").build().text()).isEqualTo("Baris satu\n\tBaris dua");
        assertThat(builder().text("tanpa\u200bspasi").build().text()).contains("\u200b");
        assertThat(Problems.one(() -> builder().text("a\r\nb").build()).message()).contains("holds a line break U+000D at character 2");
        assertThat(Problems.one(() -> builder().text("a\u202eb").build()).message()).contains("bidirectional control U+202E");
        assertThat(Problems.one(() -> builder().text("a\udc00b").build()).message()).contains("lone surrogate U+DC00");
    }

    @Test
    void changePrivacy_setAnonimThenRahasia_recordsEachChangeAndPrivacyIsTheLatest() {
        Complaint c = full();
        Instant t1 = T0.plus(Duration.ofHours(2));
        Complaint anonim = applied(c.changePrivacy(Privacy.of(true, false), "Admin Kota", t1, "foto memperlihatkan wajah"));
        assertThat(anonim.privacy()).isEqualTo(Privacy.of(true, false));
        assertThat(anonim.submittedPrivacy()).isEqualTo(Privacy.OPEN);
        assertThat(anonim.privacyChanges()).containsExactly(
                new PrivacyChange(Privacy.OPEN, Privacy.of(true, false), "Admin Kota", t1, "foto memperlihatkan wajah"));
        assertThat(anonim.updated()).isEqualTo(t1);
        Complaint both = applied(anonim.changePrivacy(Privacy.of(true, true), "Admin Kota", t1, ""));
        assertThat(both.privacy()).isEqualTo(Privacy.of(true, true));
        assertThat(both.privacyChanges()).extracting(PrivacyChange::from, PrivacyChange::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Privacy.OPEN, Privacy.of(true, false)),
                org.assertj.core.groups.Tuple.tuple(Privacy.of(true, false), Privacy.of(true, true)));
        assertThat(c.privacy()).isEqualTo(Privacy.OPEN);
        assertThat(c.privacyChanges()).isEmpty();
        assertThat(anonim.privacyChanges()).hasSize(1);
        Complaint rahasia = applied(c.changePrivacy(Privacy.of(false, true), "Admin Kota", T0, ""));
        assertThat(rahasia.privacy().publicReport()).isFalse();
    }

    @Test
    void changePrivacy_clearingAFlag_isRefusedAndChangesNothing() {
        Complaint anonim = applied(full().changePrivacy(Privacy.of(true, false), "Admin Kota", T0.plusSeconds(60), ""));
        Problem p = refused(anonim.changePrivacy(Privacy.OPEN, "Admin Kota", T0.plusSeconds(120), ""));
        assertThat(p.path()).isEqualTo("privacy");
        assertThat(p.rule()).isEqualTo(Complaint.PRIVACY_RULE);
        assertThat(p.message()).isEqualTo("cannot clear a privacy flag of complaint LPR-2026-000123: it is Anonim; a change may only set"
                + " Anonim or Rahasia, never clear one");
        assertThat(p.rejectedValue()).contains("open");
        Complaint rahasia = applied(full().changePrivacy(Privacy.of(false, true), "Admin Kota", T0, ""));
        assertThat(refused(rahasia.changePrivacy(Privacy.of(true, false), "Admin Kota", T0, "")).message())
                .contains("it is Rahasia; a change may only set");
        assertThat(anonim.privacy()).isEqualTo(Privacy.of(true, false));
        assertThat(anonim.privacyChanges()).hasSize(1);
    }

    @Test
    void changePrivacy_changingNothing_isRefused() {
        assertThat(refused(full().changePrivacy(Privacy.OPEN, "Admin Kota", T0, "")).message())
                .isEqualTo("complaint LPR-2026-000123 is already open; the change changes nothing");
        Complaint anonim = applied(full().changePrivacy(Privacy.of(true, false), "Admin Kota", T0, ""));
        assertThat(refused(anonim.changePrivacy(Privacy.of(true, false), "Admin Kota", T0, "")).message())
                .isEqualTo("complaint LPR-2026-000123 is already Anonim; the change changes nothing");
    }

    @Test
    void changePrivacy_earlierThanSubmissionOrLastChange_isRefused() {
        Problem beforeSubmission = refused(full().changePrivacy(Privacy.of(true, false), "Admin Kota", T0.minusSeconds(1), ""));
        assertThat(beforeSubmission.path()).isEqualTo("at");
        assertThat(beforeSubmission.message()).isEqualTo("cannot change the privacy of complaint LPR-2026-000123 at 2026-03-17T02:14:59Z:"
                + " its submission was at 2026-03-17T02:15:00Z");
        Complaint anonim = applied(full().changePrivacy(Privacy.of(true, false), "Admin Kota", T0.plusSeconds(3600), ""));
        assertThat(refused(anonim.changePrivacy(Privacy.of(true, true), "Admin Kota", T0.plusSeconds(60), "")).message())
                .isEqualTo("cannot change the privacy of complaint LPR-2026-000123 at 2026-03-17T02:16:00Z: its last privacy change was at"
                        + " 2026-03-17T03:15:00Z");
    }

    @Test
    void changePrivacy_hostileActorOrNote_isRefusedNamingTheField() {
        Problem actor = refused(full().changePrivacy(Privacy.of(true, false), "Admin\u200bKota", T0, ""));
        assertThat(actor.path()).isEqualTo("actor");
        assertThat(actor.message()).contains("invisible character U+200B");
        Problem note = refused(full().changePrivacy(Privacy.of(true, false), "Admin Kota", T0, "alasan\u202e"));
        assertThat(note.path()).isEqualTo("note");
        assertThat(refused(full().changePrivacy(Privacy.of(true, false), "", T0, "")).message())
                .isEqualTo("actor \"\" must be 1 to 200 characters and not blank; it has 0");
        assertThat(refused(full().changePrivacy(Privacy.of(true, false), "Admin Kota", T0, "n".repeat(4001))).message())
                .endsWith("must be at most 4000 characters; it has 4001");
        assertThatThrownBy(() -> full().changePrivacy(Privacy.of(true, false), "Admin\u001b", T0, "").orElseThrow())
                .isInstanceOf(InvalidComplaintException.class).hasMessageContaining("actor \"Admin\\u001b\"");
    }

    @Test
    void apply_step_changesOnlyTheLifecycleAndNeverTheOriginal() {
        Complaint c = applied(full().changePrivacy(Privacy.of(true, false), "Admin Kota", T0.plusSeconds(60), ""));
        Instant t1 = T0.plus(Duration.ofHours(1));
        Complaint verified = applied(c.apply(Step.of(Action.VERIFY, Role.ADMIN, "Admin Kota", t1)));
        Complaint sent = applied(verified.apply(Step.dispose(Role.ADMIN, "Admin Kota", t1.plusSeconds(60), "Dinas PU")));
        assertThat(sent.state()).isEqualTo(State.DISPOSITIONED);
        assertThat(sent.lifecycle().agency()).contains("Dinas PU");
        assertThat(sent.updated()).isEqualTo(t1.plusSeconds(60));
        assertThat(List.of(sent.id(), sent.type(), sent.title(), sent.text(), sent.topic(), sent.service(), sent.location(),
                sent.attachments(), sent.channel(), sent.reporter(), sent.submittedPrivacy(), sent.privacyChanges(), sent.submitted()))
                .isEqualTo(List.of(c.id(), c.type(), c.title(), c.text(), c.topic(), c.service(), c.location(), c.attachments(),
                        c.channel(), c.reporter(), c.submittedPrivacy(), c.privacyChanges(), c.submitted()));
        assertThat(sent.privacy()).isEqualTo(Privacy.of(true, false));
        assertThat(c.state()).isEqualTo(State.SUBMITTED);
        assertThat(c.lifecycle().history().size()).isZero();
        assertThat(verified.state()).isEqualTo(State.VERIFIED);
        assertThat(sent).isNotEqualTo(verified);
    }

    @Test
    void apply_stepNotAllowed_isRefusedAndChangesNothing() {
        Complaint c = full();
        ComplaintUpdate u = c.apply(Step.of(Action.FOLLOW_UP, Role.LIAISON, "Dinas PU", T0.plusSeconds(60)));
        Problem p = refused(u);
        assertThat(p.message()).isNotBlank();
        assertThat(((ComplaintUpdate.Refused) u).message()).isEqualTo(p.message());
        assertThatThrownBy(u::orElseThrow).isInstanceOf(InvalidComplaintException.class).hasMessage(p.toString());
        assertThat(c).isEqualTo(full());
    }

    @Test
    void toString_namesTheComplaintWithoutTextOrReporter() {
        Complaint c = full();
        assertThat(c.toString()).contains("LPR-2026-000123").contains("pengaduan")
                .doesNotContain("Siti").doesNotContain("3456").doesNotContain("siti@").doesNotContain("Lubang").doesNotContain("Jalan")
                .doesNotContain("Merdeka").doesNotContain("109.3425").doesNotContain("foto");
    }
}
