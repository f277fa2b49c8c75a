package io.github.spbe4j.complaints.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.complaints.Attachment;
import io.github.spbe4j.complaints.Channel;
import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintType;
import io.github.spbe4j.complaints.ComplaintUpdate;
import io.github.spbe4j.complaints.Coordinates;
import io.github.spbe4j.complaints.Location;
import io.github.spbe4j.complaints.Privacy;
import io.github.spbe4j.complaints.Reporter;
import io.github.spbe4j.complaints.TrackingId;
import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.Role;
import io.github.spbe4j.complaints.lifecycle.Step;
import io.github.spbe4j.core.identifier.Nik;
import io.github.spbe4j.core.identifier.Nip;
import io.github.spbe4j.core.identifier.RegionCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests of {@link PublicProjection} over generated complaints (issue 9, §4 "privacy that cannot
 * leak"): 200 seeds of 20 complaints each. Every reporter has a name of unique random tokens, often a
 * phone number in one of many Indonesian forms and an e-mail address, so that a leak is detectable;
 * their own name, phone (as given or in another form) and e-mail are planted, in random case, in the
 * title, the text, the address and the notes of the lifecycle, among valid NIKs and NIPs. Flags, type
 * (whistle-blowing included) and administrators' privacy changes are random.
 *
 * <p>The oracle is independent of the projection: it serialises everything a public complaint holds
 * and searches it for what the generator planted.
 */
class PublicProjectionGeneratedTest {

    private static final PublicProjection PROJECTION = PublicProjection.standard();
    private static final Instant T0 = Instant.parse("2026-03-17T02:15:00Z");
    private static final RegionCode KELURAHAN = RegionCode.parse("61.71.01.1001");
    private static final List<String> WORDS = List.of("saya", "warga", "melapor", "jalan", "rusak", "di", "depan", "kantor",
            "kelurahan", "sejak", "lampu", "mati", "mohon", "segera", "petugas", "tidak", "datang", "hubungi", "atau", "Kota", "Contoh");
    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{16,}");

    /** What the generator planted in one complaint, for the oracle. */
    private static final class Planted {
        final List<String> nameTokens = new ArrayList<>();
        String name = "";
        String phoneDigits = "";
        String email = "";
        String addressToken = "";
        String attachmentToken = "";
        String coordinates = "";
        final List<String> identifiers = new ArrayList<>();
        /** Personal values planted in fields the projection shows (title, text, notes; the address only when shown). */
        int inShown;
        int inAddress;
        /** The reporter's name planted in fields the projection shows, masked only when it hides the reporter. */
        int nameInShown;
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void project_generatedComplaints_leakNoReporterNoContactNoIdentifier(long seed) {
        Random rnd = new Random(seed);
        List<Complaint> complaints = new ArrayList<>();
        List<Planted> planted = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Planted p = new Planted();
            complaints.add(complaint(rnd, seed * 100 + i, p));
            planted.add(p);
        }

        List<PublicComplaint> all = PROJECTION.project(complaints);

        List<PublicComplaint> expected = new ArrayList<>();
        for (int i = 0; i < complaints.size(); i++) {
            Complaint c = complaints.get(i);
            Planted p = planted.get(i);
            Optional<PublicComplaint> one = PROJECTION.project(c);
            boolean hidden = c.privacy().confidential() || c.type() == ComplaintType.WHISTLEBLOWING;
            String about = "seed " + seed + ", complaint " + c.id() + " (" + c.type().code() + ", " + c.privacy().describe() + ")";
            if (hidden) {
                assertThat(one).as(about).isEmpty();
                assertThat(PublicProjection.isPublic(c)).as(about).isFalse();
                assertThat(all).as(about).noneMatch(pc -> pc.id().equals(c.id().value()));
                continue;
            }
            assertThat(one).as(about).isPresent();
            PublicComplaint pc = one.get();
            expected.add(pc);
            String out = serialise(pc);
            String lower = out.toLowerCase(Locale.ROOT);
            String bare = out.replaceAll("[ .\\-()+\u00a0]", "");
            boolean anonim = c.privacy().anonymous();
            if (!p.phoneDigits.isEmpty()) {
                assertThat(bare).as(about + ": phone digits %s in%n%s", p.phoneDigits, out).doesNotContain(p.phoneDigits);
            }
            if (!p.email.isEmpty()) {
                assertThat(lower).as(about + ": e-mail in%n%s", out).doesNotContain(p.email.toLowerCase(Locale.ROOT));
            }
            assertThat(out).as(about + ": attachment").doesNotContain(p.attachmentToken);
            Matcher m = DIGITS.matcher(bare);
            while (m.find()) {
                String run = m.group();
                for (int k = 0; k + 16 <= run.length(); k++) {
                    assertThat(Nik.check(run.substring(k, k + 16)).isValid()).as(about + ": NIK in " + out).isFalse();
                    assertThat(k + 18 <= run.length() && Nip.check(run.substring(k, k + 18)).isValid()).as(about + ": NIP in " + out).isFalse();
                }
            }
            for (String id : p.identifiers) {
                assertThat(bare).as(about + ": identifier " + id).doesNotContain(id);
            }
            if (anonim) {
                for (String token : p.nameTokens) {
                    assertThat(lower).as(about + ": name token %s in%n%s", token, out).doesNotContain(token.toLowerCase(Locale.ROOT));
                }
                assertThat(pc.reporter()).as(about).isEmpty();
                assertThat(pc.coordinates()).as(about).isEmpty();
                assertThat(pc.address()).as(about).isEmpty();
                assertThat(out).as(about).doesNotContain(p.addressToken).doesNotContain(p.coordinates);
                assertThat(pc.region()).as(about).contains(KELURAHAN);
                assertThat(pc.redacted()).as(about + ": redacted in%n%s", out).isGreaterThanOrEqualTo(p.inShown + p.nameInShown);
            } else {
                assertThat(pc.reporter()).as(about).isEqualTo(c.reporter().map(Reporter::name));
                assertThat(pc.address()).as(about).contains(p.addressToken);
                assertThat(pc.coordinates()).as(about).isEqualTo(c.location().flatMap(Location::coordinates));
                assertThat(pc.redacted()).as(about + ": redacted in%n%s", out).isGreaterThanOrEqualTo(p.inShown + p.inAddress);
            }
            assertThat(pc.events()).as(about).hasSize(c.lifecycle().history().size());
            assertThat(pc.state()).isEqualTo(c.state());
        }
        assertThat(all).as("seed %d", seed).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void project_complaintWithoutPersonalData_leavesItsTextAsWritten(long seed) {
        Random rnd = new Random(seed);
        String title = sentence(rnd, 3) + " " + RedactorGeneratedTest.notIdentifier(rnd);
        String text = sentence(rnd, 5) + " " + RedactorGeneratedTest.notIdentifier(rnd) + ".\n" + sentence(rnd, 4) + " "
                + RedactorGeneratedTest.notIdentifier(rnd);
        String address = "Jl. " + token(rnd) + " No. " + (1 + rnd.nextInt(200));
        String note = sentence(rnd, 4) + " " + RedactorGeneratedTest.notIdentifier(rnd);
        Complaint c = Complaint.builder(TrackingId.of("LPR-" + seed), ComplaintType.COMPLAINT, title, T0).text(text)
                .location(Location.in(KELURAHAN).withAddress(address)).reporter(Reporter.named("Warga " + token(rnd)))
                .build().apply(Step.of(Action.VERIFY, Role.ADMIN, "Admin Kota", T0.plusSeconds(60)).withNote(note)).orElseThrow();

        PublicComplaint pc = PROJECTION.project(c).orElseThrow();

        assertThat(pc.title()).isEqualTo(title);
        assertThat(pc.text()).isEqualTo(text);
        assertThat(pc.address()).isEqualTo(address);
        assertThat(pc.events()).extracting(PublicComplaint.Event::note).containsExactly(note);
        assertThat(pc.redacted()).isZero();
    }

    private static Complaint complaint(Random rnd, long n, Planted p) {
        Privacy privacy = Privacy.of(rnd.nextInt(3) == 0, rnd.nextInt(4) == 0);
        ComplaintType type = ComplaintType.values()[rnd.nextInt(ComplaintType.values().length)];
        Optional<Reporter> reporter = Optional.empty();
        List<String> own = new ArrayList<>();
        if (rnd.nextInt(10) > 0) {
            String first = token(rnd);
            p.nameTokens.add(first);
            String name = first;
            if (rnd.nextInt(4) > 0) {
                String second = token(rnd);
                p.nameTokens.add(second);
                name = first + " " + second;
            }
            p.name = name;
            Reporter r = Reporter.named(name);
            own.add(name);
            if (rnd.nextInt(4) > 0) {
                String[] phone = phone(rnd);
                r = r.withPhone(phone[0]);
                p.phoneDigits = phone[1];
                own.add(phone[0]);
                if (phone.length > 2) {
                    own.add(phone[2]);
                }
            }
            if (rnd.nextInt(4) > 0) {
                p.email = (rnd.nextBoolean() ? first.toLowerCase(Locale.ROOT) : token(rnd).toLowerCase(Locale.ROOT))
                        + List.of("", ".", "_", "+lapor").get(rnd.nextInt(4)) + "@"
                        + List.of("contoh.id", "kotacontoh.go.id", "mail.contoh.co.id", "surel.net").get(rnd.nextInt(4));
                r = r.withEmail(p.email);
                own.add(p.email);
            }
            reporter = Optional.of(r);
        }
        int[] count = new int[2];
        String title = fill(rnd, own, p, count, false, 2);
        String text = fill(rnd, own, p, count, true, 6);
        p.addressToken = token(rnd);
        int[] inAddress = new int[2];
        String address = "Jl. " + p.addressToken + " No. 5, " + fill(rnd, own, p, inAddress, false, 1);
        p.inAddress = inAddress[0];
        Coordinates point = new Coordinates(java.math.BigDecimal.valueOf(-1_000_000 + rnd.nextInt(2_000_000), 6),
                java.math.BigDecimal.valueOf(100_000_000 + rnd.nextInt(40_000_000), 6));
        p.coordinates = point.toString();
        p.attachmentToken = token(rnd);
        Attachment attachment = rnd.nextBoolean() ? Attachment.of("lapor/2026/03/" + p.attachmentToken + ".jpg")
                : new Attachment("https://lapor.kotacontoh.go.id/f/" + p.attachmentToken, "image/jpeg");
        Complaint.Builder b = Complaint.builder(TrackingId.of("LPR-2026-" + n), type, title, T0).text(text).topic("infrastruktur.jalan")
                .location(Location.in(KELURAHAN).at(point).withAddress(address)).attach(attachment)
                .channel(Channel.values()[rnd.nextInt(Channel.values().length)]).privacy(privacy);
        reporter.ifPresent(b::reporter);
        Complaint c = b.build();
        Instant at = T0;
        String citizen = reporter.map(Reporter::name).orElse("Warga");
        List<Step> path = List.of(Step.of(Action.VERIFY, Role.ADMIN, "Admin Kota", at), Step.dispose(Role.ADMIN, "Admin Kota", at, "Dinas PU"),
                Step.of(Action.START, Role.LIAISON, "Dinas PU", at), Step.of(Action.FOLLOW_UP, Role.LIAISON, "Dinas PU", at),
                Step.of(Action.RESPOND, Role.CITIZEN, citizen, at), Step.close(CloseReason.RESOLVED, Role.CITIZEN, citizen, at));
        int steps = rnd.nextInt(path.size() + 1);
        for (int k = 0; k < steps; k++) {
            at = at.plus(Duration.ofHours(1 + rnd.nextInt(30)));
            Step s = path.get(k);
            Step timed = new Step(s.action(), s.role(), s.actor(), at, fill(rnd, own, p, count, true, 2), s.closeReason(), s.targets());
            c = c.apply(timed).orElseThrow();
        }
        p.inShown = count[0];
        p.nameInShown = count[1];
        if (rnd.nextInt(5) == 0) {
            Privacy now = c.privacy();
            Privacy more = rnd.nextBoolean() ? now.withAnonymous(true) : now.withConfidential(true);
            ComplaintUpdate u = c.changePrivacy(more, "Admin Kota", at.plusSeconds(60), "");
            c = more.equals(now) ? c : u.orElseThrow();
        }
        return c;
    }

    /** Words with, now and then, the reporter's own name, phone or e-mail, or a NIK or NIP, planted between them. */
    private static String fill(Random rnd, List<String> own, Planted p, int[] count, boolean multiLine, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            sb.append(sentence(rnd, 1 + rnd.nextInt(3))).append(' ');
            int pick = rnd.nextInt(6);
            if (pick < 2 && !own.isEmpty()) {
                int which = rnd.nextInt(own.size());
                String value = own.get(which);
                sb.append(switch (rnd.nextInt(3)) {
                    case 0 -> value;
                    case 1 -> value.toUpperCase(Locale.ROOT);
                    default -> value.toLowerCase(Locale.ROOT);
                });
                count[which == 0 ? 1 : 0]++;
            } else if (pick == 2) {
                String id = rnd.nextBoolean() ? RedactorGeneratedTest.nik(rnd) : RedactorGeneratedTest.nip(rnd);
                p.identifiers.add(id.replaceAll("[ .\\-]", ""));
                sb.append(id);
                count[0]++;
            }
            sb.append(List.of("", ",", ".", "!").get(rnd.nextInt(4))).append(multiLine && rnd.nextInt(4) == 0 ? "\n" : " ");
        }
        return sb.toString().strip();
    }

    private static String sentence(Random rnd, int words) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < words; k++) {
            sb.append(k == 0 ? "" : " ").append(WORDS.get(rnd.nextInt(WORDS.size())));
        }
        return sb.toString();
    }

    /** A random capitalised token of 9 consonants: unique enough that finding it in the output means a leak. */
    private static String token(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 9; k++) {
            char c = CONSONANTS.charAt(rnd.nextInt(CONSONANTS.length()));
            sb.append(k == 0 ? Character.toUpperCase(c) : c);
        }
        return sb.toString();
    }

    /**
     * A phone number: {stored form, its national digits, another written form} for a mobile number
     * (the redactor knows its forms), {stored form, national digits} for a landline, which is planted
     * only as the reporter wrote it.
     */
    private static String[] phone(Random rnd) {
        if (rnd.nextInt(5) == 0) {
            String area = List.of("21", "22", "31", "61", "274", "561", "411").get(rnd.nextInt(7));
            StringBuilder local = new StringBuilder().append(2 + rnd.nextInt(8));
            for (int k = 0; k < 6; k++) {
                local.append(rnd.nextInt(10));
            }
            String l = local.toString();
            String stored = switch (rnd.nextInt(4)) {
                case 0 -> "(0" + area + ") " + l.substring(0, 3) + "-" + l.substring(3);
                case 1 -> "0" + area + " " + l;
                case 2 -> "+62 " + area + " " + l;
                default -> "0" + area + "-" + l;
            };
            return new String[] {stored, area + l};
        }
        StringBuilder national = new StringBuilder("8").append(1 + rnd.nextInt(9));
        int rest = 8 + rnd.nextInt(4);
        for (int k = 0; k < rest - 1; k++) {
            national.append(rnd.nextInt(10));
        }
        String n = national.toString();
        return new String[] {mobile(n, rnd), n, mobile(n, rnd)};
    }

    private static String mobile(String n, Random rnd) {
        String sep = List.of(" ", ".", "-").get(rnd.nextInt(3));
        int tail = n.length() - 7;
        return switch (rnd.nextInt(7)) {
            case 0 -> "0" + n;
            case 1 -> "0" + n.substring(0, 3) + sep + n.substring(3, 7) + sep + n.substring(7);
            case 2 -> "+62" + n;
            case 3 -> "+62 " + n.substring(0, 3) + sep + n.substring(3, 7) + sep + n.substring(7, 7 + tail);
            case 4 -> "62" + n;
            case 5 -> "(0" + n.substring(0, 3) + ") " + n.substring(3, 7) + sep + n.substring(7);
            default -> "+62 (" + n.substring(0, 3) + ") " + n.substring(3, 7) + "-" + n.substring(7);
        };
    }

    /** Everything a public complaint holds, as text: its record form and each text field again. */
    private static String serialise(PublicComplaint pc) {
        StringBuilder sb = new StringBuilder(pc.toString()).append('\n').append(pc.id()).append('\n').append(pc.title()).append('\n')
                .append(pc.text()).append('\n').append(pc.address()).append('\n').append(pc.reporter().orElse("")).append('\n')
                .append(pc.agency().orElse("")).append('\n').append(pc.topic().orElse("")).append('\n').append(pc.service().orElse(""));
        for (PublicComplaint.Event e : pc.events()) {
            sb.append('\n').append(e.note());
        }
        return sb.toString();
    }
}
