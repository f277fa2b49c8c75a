package io.github.spbe4j.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.Role;
import io.github.spbe4j.complaints.lifecycle.Step;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.TextPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The complaint model's hostile-input suite (docs/security.md): every free-text field, given text with
 * control, line-breaking, bidirectional or (in names, codes and contacts) invisible characters, lone
 * surrogates or a million characters, is refused with exactly one problem naming the field, and the
 * message shows the value escaped and short, so that it cannot forge a log line or flood one.
 */
class HostileComplaintInputTest {

    private static final Instant T0 = Instant.parse("2026-03-17T02:15:00Z");
    private static final TrackingId ID = TrackingId.of("LPR-1");

    /** A field: its path, whether it refuses invisible characters, and how to set it to a text. */
    private record Field(String path, boolean refusesInvisible, Function<String, List<Problem>> set) {
        @Override
        public String toString() {
            return path;
        }
    }

    private static List<Problem> thrown(Runnable r) {
        try {
            r.run();
        } catch (InvalidComplaintException e) {
            return e.problems();
        }
        return List.of();
    }

    private static List<Problem> refused(ComplaintUpdate u) {
        return u instanceof ComplaintUpdate.Refused r ? List.of(r.problem()) : List.of();
    }

    private static Complaint.Builder builder() {
        return Complaint.builder(ID, ComplaintType.COMPLAINT, "Judul", T0);
    }

    private static final List<Field> FIELDS = List.of(
            new Field("id", true, s -> thrown(() -> TrackingId.of(s))),
            new Field("title", false, s -> thrown(() -> Complaint.builder(ID, ComplaintType.COMPLAINT, s, T0).build())),
            new Field("text", false, s -> thrown(() -> builder().text(s).build())),
            new Field("topic", true, s -> thrown(() -> builder().topic(s).build())),
            new Field("service", true, s -> thrown(() -> builder().service(s).build())),
            new Field("address", false, s -> thrown(() -> new Location(Optional.empty(), Optional.empty(), "Jl. Merdeka " + s))),
            new Field("name", true, s -> thrown(() -> Reporter.named("Siti " + s))),
            new Field("phone", true, s -> thrown(() -> Reporter.named("Siti").withPhone("0812" + s + "34567890"))),
            new Field("email", true, s -> thrown(() -> Reporter.named("Siti").withEmail("siti" + s + "@contoh.id"))),
            new Field("reference", true, s -> thrown(() -> Attachment.of("foto" + s + ".jpg"))),
            new Field("reference", true, s -> thrown(() -> Attachment.of("https://kotacontoh.go.id/foto" + s + ".jpg"))),
            new Field("mediaType", true, s -> thrown(() -> new Attachment("foto.jpg", "image/" + s))),
            new Field("code", true, s -> thrown(() -> Topic.root("jalan" + s, "Jalan"))),
            new Field("name", true, s -> thrown(() -> Topic.root("jalan", "Jalan " + s))),
            new Field("channel", true, s -> thrown(() -> Channel.ofCode("web" + s))),
            new Field("latitude", true, s -> thrown(() -> Coordinates.of("1" + s, "0"))),
            new Field("actor", true, s -> refused(builder().build().changePrivacy(Privacy.of(true, false), "Admin " + s, T0, ""))),
            new Field("note", false, s -> refused(builder().build().changePrivacy(Privacy.of(true, false), "Admin", T0, "Catatan " + s))),
            new Field("actor", true, s -> refused(builder().build().apply(Step.of(Action.VERIFY, Role.ADMIN, "Admin " + s, T0)))),
            new Field("note", false, s -> refused(builder().build().apply(Step.of(Action.VERIFY, Role.ADMIN, "Admin", T0).withNote("Catatan " + s)))));

    private static final List<String> HOSTILE = List.of("\u001b[2J", "\u0000", "\u0007", "\u0085", "\r", "\u2028", "\u2029", "\u202e",
            "\u2066", "\u2069", "\ud800", "\udc00", "x\ud83d");

    private static final List<String> INVISIBLE = List.of("\u200b", "\u200d", "\u200f", "\u2060", "\ufeff", "\u061c");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Field f : FIELDS) {
            for (String h : HOSTILE) {
                out.add(Arguments.of(f, h));
            }
            if (f.refusesInvisible()) {
                for (String h : INVISIBLE) {
                    out.add(Arguments.of(f, h));
                }
            }
            out.add(Arguments.of(f, "y".repeat(1_000_000)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} with {index}")
    @MethodSource("cases")
    void set_hostileText_isRefusedWithOneProblemShownSafely(Field field, String hostile) {
        List<Problem> problems = field.set().apply(hostile);

        assertThat(problems).as(field.path()).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.path()).isEqualTo(field.path());
        assertThat(TextPolicy.NAME.allows(p.message())).as(p.message()).isTrue();
        assertThat(p.message()).hasSizeLessThan(600);
        p.rejectedValue().ifPresent(v -> assertThat(TextPolicy.NAME.allows(v)).as(v).isTrue());
    }
}
