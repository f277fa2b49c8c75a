package io.github.spbe4j.complaints.metrics;

import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.ComplaintType;
import io.github.spbe4j.complaints.ComplaintUpdate;
import io.github.spbe4j.complaints.HandlingAgency;
import io.github.spbe4j.complaints.Topic;
import io.github.spbe4j.complaints.TopicTree;
import io.github.spbe4j.complaints.TrackingId;
import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.Role;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.lifecycle.Step;
import io.github.spbe4j.complaints.lifecycle.TransitionTable;
import io.github.spbe4j.complaints.sla.ClockEvent;
import io.github.spbe4j.complaints.sla.SlaClock;
import io.github.spbe4j.complaints.sla.SlaPolicy;
import io.github.spbe4j.complaints.sla.Tier;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Seeded random registers: complaints walked through the SP4N-LAPOR! table at random times, with random clock events. */
final class RandomRegisters {

    static final ZoneId[] ZONES = {ZoneId.of("Asia/Jakarta"), ZoneId.of("Asia/Makassar"), ZoneId.of("Asia/Jayapura")};
    static final List<String> AGENCIES = List.of("dinas-pupr", "disdukcapil", "dlh");
    private static final List<TransitionTable.Rule> RULES = TransitionTable.sp4nLapor().rules();
    private static final LocalDate[] STARTS = {LocalDate.of(2026, 1, 2), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 6, 1),
        LocalDate.of(2026, 12, 10)};

    /** A tree of three levels, some topics tiered. */
    static final TopicTree TOPICS = TopicTree.of(List.of(
            Topic.root("infrastruktur", "Infrastruktur"),
            Topic.under("infrastruktur", "infrastruktur.jalan", "Jalan").withTier(Tier.NON_SUPERVISORY),
            Topic.under("infrastruktur.jalan", "infrastruktur.jalan.lubang", "Jalan berlubang").withTier(Tier.LIGHT),
            Topic.under("infrastruktur", "infrastruktur.penerangan", "Penerangan"),
            Topic.root("sosial", "Bantuan sosial").withTier(Tier.EXAMINATION),
            Topic.root("kependudukan", "Kependudukan")));

    private RandomRegisters() {
    }

    static ComplaintRegister register(Random random) {
        ZoneId zone = ZONES[random.nextInt(ZONES.length)];
        HandlingAgency agency = new HandlingAgency("Kota Contoh", Optional.empty(), zone);
        int n = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(40);
        LocalDate start = STARTS[random.nextInt(STARTS.length)];
        List<Complaint> complaints = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            complaints.add(complaint(random, "LPR-" + i, start, zone));
        }
        return ComplaintRegister.of(agency, TOPICS, complaints);
    }

    private static Complaint complaint(Random random, String id, LocalDate start, ZoneId zone) {
        Instant submitted = start.plusDays(random.nextInt(40)).atStartOfDay(zone).toInstant().plusSeconds(random.nextInt(86_400));
        Complaint.Builder b = Complaint.builder(new TrackingId(id), ComplaintType.COMPLAINT, "Aduan " + id, submitted);
        int t = random.nextInt(TOPICS.size() + 2);
        if (t < TOPICS.size()) {
            b.topic(TOPICS.topics().get(t).code());
        }
        Complaint c = b.build();
        Instant last = submitted;
        int steps = random.nextInt(16);
        for (int i = 0; i < steps; i++) {
            State from = c.state();
            List<TransitionTable.Rule> now = RULES.stream().filter(r -> r.from() == from).toList();
            if (now.isEmpty()) {
                break;
            }
            TransitionTable.Rule rule = now.get(random.nextInt(now.size()));
            List<Role> roles = List.copyOf(rule.roles());
            Role role = roles.get(random.nextInt(roles.size()));
            Instant at = last.plusSeconds(gap(random));
            Step step = switch (rule.action()) {
                case CLOSE -> Step.close(role == Role.SYSTEM ? CloseReason.AUTOMATIC
                        : random.nextBoolean() ? CloseReason.RESOLVED : CloseReason.NOT_RESOLVED, role, "petugas", at);
                case DISPOSE -> Step.dispose(role, "petugas", at, AGENCIES.get(random.nextInt(AGENCIES.size())));
                case MARK_DUPLICATE -> Step.of(rule.action(), role, "petugas", at).withTargets(List.of("LPR-X0"));
                case SPLIT -> Step.of(rule.action(), role, "petugas", at).withTargets(List.of("LPR-X1", "LPR-X2"));
                case ARCHIVE -> Step.of(rule.action(), role, "petugas", at).withNote("terlalu umum");
                default -> Step.of(rule.action(), role, "petugas", at);
            };
            if (c.apply(step) instanceof ComplaintUpdate.Applied a) {
                c = a.complaint();
                last = at;
                if (rule.action() == Action.FOLLOW_UP && random.nextInt(3) == 0) {
                    break; // leave some waiting for a reply, for the automatic close
                }
            }
        }
        if (c.state() == State.FOLLOWED_UP && random.nextInt(3) > 0) {
            c = c.closeIfDue(SlaClock.of(SlaPolicy.sp4nLapor(), WorkingDayCalendar.indonesia(), zone),
                    last.plusSeconds(86_400L * random.nextInt(40)));
        }
        int count = random.nextInt(3) == 0 ? random.nextInt(4) : 0;
        Instant e = submitted;
        boolean paused = false;
        for (int i = 0; i < count; i++) {
            e = e.plusSeconds(gap(random));
            ClockEvent.Kind kind = paused ? (random.nextInt(4) == 0 ? ClockEvent.Kind.RESET : ClockEvent.Kind.RESUME)
                    : (random.nextInt(4) == 0 ? ClockEvent.Kind.RESET : ClockEvent.Kind.PAUSE);
            if (c.apply(new ClockEvent(kind, e, "admin", "")) instanceof ComplaintUpdate.Applied a) {
                c = a.complaint();
                paused = kind == ClockEvent.Kind.PAUSE;
            }
        }
        return c;
    }

    private static long gap(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> random.nextInt(3_600);
            default -> random.nextInt(8 * 86_400);
        };
    }
}
