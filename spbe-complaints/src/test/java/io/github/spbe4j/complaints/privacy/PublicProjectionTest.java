package io.github.spbe4j.complaints.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.complaints.Attachment;
import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintType;
import io.github.spbe4j.complaints.Coordinates;
import io.github.spbe4j.complaints.Location;
import io.github.spbe4j.complaints.Privacy;
import io.github.spbe4j.complaints.Reporter;
import io.github.spbe4j.complaints.TrackingId;
import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.Role;
import io.github.spbe4j.complaints.lifecycle.Step;
import io.github.spbe4j.core.identifier.RegionCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicProjectionTest {

    private static final Instant T0 = Instant.parse("2026-03-17T02:15:00Z");
    private static final RegionCode KELURAHAN = RegionCode.parse("61.71.01.1001");
    private static final PublicProjection PROJECTION = PublicProjection.standard();

    private static Complaint complaint(String id, ComplaintType type, Privacy privacy, Reporter reporter, String text) {
        return Complaint.builder(TrackingId.of(id), type, "Lampu jalan mati", T0).text(text).privacy(privacy).reporter(reporter)
                .location(Location.in(KELURAHAN).at(Coordinates.of("-0.0263", "109.3425")).withAddress("Jl. Merdeka 1"))
                .attach(Attachment.of("lapor/2026/03/foto-1.jpg")).build();
    }

    @Test
    void project_rahasiaOrWhistleBlowing_isAbsent() {
        Reporter r = Reporter.named("Siti Aminah");
        Complaint rahasia = complaint("LPR-1", ComplaintType.COMPLAINT, Privacy.of(false, true), r, "");
        Complaint whistle = complaint("LPR-2", ComplaintType.WHISTLEBLOWING, Privacy.of(true, false), r, "");
        Complaint open = complaint("LPR-3", ComplaintType.COMPLAINT, Privacy.OPEN, r, "");
        assertThat(PROJECTION.project(rahasia)).isEmpty();
        assertThat(PROJECTION.project(whistle)).isEmpty();
        assertThat(PROJECTION.project(List.of(rahasia, open, whistle))).extracting(PublicComplaint::id).containsExactly("LPR-3");
    }

    @Test
    void project_anonim_masksTheReporterEverywhereAndKeepsOnlyTheRegion() {
        Reporter r = Reporter.named("Siti Aminah").withPhone("+62 812-3456-7890").withEmail("siti.aminah@contoh.id");
        Complaint c = complaint("LPR-4", ComplaintType.COMPLAINT, Privacy.of(true, false), r,
                "Saya SITI AMINAH, hubungi (0812) 3456 7890 atau Siti.Aminah@Contoh.id.");
        PublicComplaint pc = PROJECTION.project(c).orElseThrow();
        assertThat(pc.text()).isEqualTo("Saya [pelapor], hubungi [pelapor] atau [pelapor].");
        assertThat(pc.reporter()).isEmpty();
        assertThat(pc.coordinates()).isEmpty();
        assertThat(pc.address()).isEmpty();
        assertThat(pc.region()).contains(KELURAHAN);
        assertThat(pc.redacted()).isEqualTo(3);
    }

    @Test
    void project_open_showsTheNameButMasksTheReportersOwnContactInAnyForm() {
        Reporter r = Reporter.named("Budi").withPhone("(021) 555-1234").withEmail("budi@contoh.id");
        Complaint c = complaint("LPR-5", ComplaintType.COMPLAINT, Privacy.OPEN, r,
                "Budi di sini: telepon 021 5551234, +62 21 555 1234 atau (021) 555-1234; BUDI@CONTOH.ID");
        PublicComplaint pc = PROJECTION.project(c).orElseThrow();
        assertThat(pc.text()).isEqualTo("Budi di sini: telepon [pelapor], [pelapor] atau [pelapor]; [pelapor]");
        assertThat(pc.reporter()).contains("Budi");
        assertThat(pc.address()).isEqualTo("Jl. Merdeka 1");
        assertThat(pc.coordinates()).contains(Coordinates.of("-0.0263", "109.3425"));
        assertThat(pc.toString()).doesNotContain("foto-1");
    }

    @Test
    void project_nameInsideTheEmail_masksTheWholeAddress() {
        Reporter r = Reporter.named("budi").withEmail("budi@contoh.id");
        Complaint c = complaint("LPR-6", ComplaintType.COMPLAINT, Privacy.of(true, false), r, "surat ke budi@contoh.id dari budi");
        assertThat(PROJECTION.project(c).orElseThrow().text()).isEqualTo("surat ke [pelapor] dari [pelapor]");
    }

    @Test
    void project_historyShowsRolesAndRedactedNotesAndAgencyButNeverTheActor() {
        Reporter r = Reporter.named("Siti Aminah");
        Complaint c = complaint("LPR-7", ComplaintType.COMPLAINT, Privacy.of(true, false), r, "")
                .apply(Step.of(Action.VERIFY, Role.ADMIN, "Andi Pratama", T0.plusSeconds(60)).withNote("NIK pelapor 6171010101900001"))
                .orElseThrow()
                .apply(Step.dispose(Role.ADMIN, "Andi Pratama", T0.plusSeconds(120), "Dinas PU (hubungi 0812-1111-2222)")).orElseThrow();
        PublicComplaint pc = PROJECTION.project(c).orElseThrow();
        assertThat(pc.events()).extracting(PublicComplaint.Event::role).containsExactly(Role.ADMIN, Role.ADMIN);
        assertThat(pc.events().get(0).note()).isEqualTo("NIK pelapor [NIK]");
        assertThat(pc.agency()).contains("Dinas PU (hubungi [telepon])");
        assertThat(pc.toString()).doesNotContain("Andi");
    }

    @Test
    void project_privacyChangedByAnAdministrator_usesTheLatestFlags() {
        Reporter r = Reporter.named("Siti Aminah");
        Complaint open = complaint("LPR-8", ComplaintType.COMPLAINT, Privacy.OPEN, r, "");
        Complaint anonim = open.changePrivacy(Privacy.of(true, false), "Admin Kota", T0, "").orElseThrow();
        Complaint rahasia = anonim.changePrivacy(Privacy.of(true, true), "Admin Kota", T0, "").orElseThrow();
        assertThat(PROJECTION.project(open).orElseThrow().reporter()).contains("Siti Aminah");
        assertThat(PROJECTION.project(anonim).orElseThrow().reporter()).isEmpty();
        assertThat(PROJECTION.project(rahasia)).isEmpty();
    }

    @Test
    void project_exampleOfTheDocs_givesWhatTheDocsSay() {
        Complaint complaint = Complaint.builder(TrackingId.of("LPR-2026-000124"), ComplaintType.COMPLAINT, "Lampu jalan mati", T0)
                .text("Saya Siti Aminah, hubungi +62 812 3456 7890. NIK 9971015505900001.")
                .reporter(Reporter.named("Siti Aminah").withPhone("0812-3456-7890")).privacy(Privacy.of(true, false)).build();
        PublicComplaint shown = PROJECTION.project(complaint).orElseThrow();
        assertThat(shown.text()).isEqualTo("Saya [pelapor], hubungi [pelapor]. NIK [NIK].");
        assertThat(shown.reporter()).isEmpty();
        assertThat(shown.redacted()).isEqualTo(3);
    }
}
