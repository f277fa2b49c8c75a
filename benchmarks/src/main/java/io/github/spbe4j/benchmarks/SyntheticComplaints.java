package io.github.spbe4j.benchmarks;

import io.github.spbe4j.complaints.Channel;
import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.ComplaintType;
import io.github.spbe4j.complaints.ComplaintUpdate;
import io.github.spbe4j.complaints.HandlingAgency;
import io.github.spbe4j.complaints.Privacy;
import io.github.spbe4j.complaints.Topic;
import io.github.spbe4j.complaints.TopicTree;
import io.github.spbe4j.complaints.TrackingId;
import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.Role;
import io.github.spbe4j.complaints.lifecycle.Step;
import io.github.spbe4j.complaints.sla.ClockEvent;
import io.github.spbe4j.complaints.sla.SlaClock;
import io.github.spbe4j.complaints.sla.SlaPolicy;
import io.github.spbe4j.complaints.sla.Tier;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.identifier.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of a city's year of complaints: Kota Contoh's register (WIB) with {@code size} complaints
 * submitted from 2 January to 18 December 2026 and read at {@link #NOW}, Monday 21 December 2026, 10:00 WIB.
 * Deterministic: the same size and seed give the same register.
 *
 * <p>The lifecycles follow SP4N-LAPOR!'s table as a city's admins and liaisons work: most complaints are
 * verified within a few days (about one in twenty-five archived instead, some postponed first, some marked
 * duplicates), disposed to a unit, started, followed up, answered by the resident and closed; some are
 * rerouted and disposed again, a few never followed up by their unit, some closed by the system 10 working days after a follow-up without reply,
 * some reopened after closing. About one in eight has its SLA clock paused while the admins wait on the
 * reporter, then resumed; a few are reset. An event that would fall after {@code NOW} is not taken, so the
 * complaints of the last weeks are still open; their settlement deadlines run into 2027, whose holidays are
 * estimated, and are provisional. Submissions fall on Idul Fitri 2026 (20–21 March and its collective
 * leave) like on any other day, so verification deadlines count across it. Topics carry the four tiers.
 */
public final class SyntheticComplaints {

    /** The instant the statuses are read at: Monday 21 December 2026, 10:00 WIB. */
    public static final Instant NOW = Instant.parse("2026-12-21T03:00:00Z");

    /** The seed of the benchmarks' register. */
    public static final long SEED = 0x5_1A_2026L;

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 2);
    private static final int DAYS = (int) (LocalDate.of(2026, 12, 18).toEpochDay() - FIRST.toEpochDay()) + 1;
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;

    private static final String[] TITLES = {"Lampu jalan mati", "Jalan berlubang", "Antrean KTP-el terlalu panjang",
        "Sampah tidak diangkut", "Bantuan sosial belum cair", "Saluran air tersumbat", "Pungutan di luar tarif resmi",
        "Pelayanan puskesmas lambat"};
    private static final String[] TOPICS = {"infrastruktur.jalan", "infrastruktur.penerangan", "kependudukan.ktp-el",
        "kebersihan", "sosial", "infrastruktur.drainase", "pengawasan", "kesehatan"};
    private static final String[] UNITS = {"Dinas PUPR", "Disdukcapil", "DLH", "Dinas Sosial", "Dinas Kesehatan", "Inspektorat"};
    private static final Channel[] CHANNELS = Channel.values();
    private static final String ADMIN = "Admin Kota Contoh";
    private static final String LIAISON = "Petugas unit";
    private static final String CITIZEN = "Pelapor";

    private SyntheticComplaints() {
    }

    /** The agency: Pemerintah Kota Contoh, in a region of WIB. */
    static HandlingAgency agency() {
        return HandlingAgency.of("Pemerintah Kota Contoh", RegionCode.parse("61.71"));
    }

    /** The topic tree, with tiers on some branches. */
    static TopicTree topics() {
        return TopicTree.of(List.of(
                Topic.root("infrastruktur", "Infrastruktur"),
                Topic.under("infrastruktur", "infrastruktur.jalan", "Jalan rusak").withTier(Tier.NON_SUPERVISORY),
                Topic.under("infrastruktur", "infrastruktur.penerangan", "Penerangan jalan umum").withTier(Tier.NORMATIVE),
                Topic.under("infrastruktur", "infrastruktur.drainase", "Drainase"),
                Topic.root("kependudukan", "Administrasi kependudukan").withTier(Tier.NORMATIVE),
                Topic.under("kependudukan", "kependudukan.ktp-el", "KTP-el").withTier(Tier.LIGHT),
                Topic.root("kebersihan", "Kebersihan"),
                Topic.root("sosial", "Bantuan sosial"),
                Topic.root("pengawasan", "Pengawasan aparatur").withTier(Tier.EXAMINATION),
                Topic.root("kesehatan", "Kesehatan")));
    }

    /**
     * Generates a register.
     *
     * @param size how many complaints
     * @param seed the seed
     * @return the register, its complaints in submission order per day
     */
    public static ComplaintRegister register(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        HandlingAgency agency = agency();
        SlaClock sla = SlaClock.of(SlaPolicy.sp4nLapor(), WorkingDayCalendar.indonesia(), agency.zone());
        List<Complaint> complaints = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            // spread evenly over the days, in submission order
            complaints.add(complaint(random, i, FIRST.plusDays((long) i * DAYS / size), sla));
        }
        return ComplaintRegister.of(agency, topics(), complaints);
    }

    private static Complaint complaint(SplittableRandom random, int i, LocalDate day, SlaClock sla) {
        int k = random.nextInt(TITLES.length);
        // most complaints arrive in the day, some at night
        long second = random.nextInt(10) < 8 ? 7 * HOUR + random.nextInt(14 * 3_600) : random.nextInt(86_400);
        Instant submitted = day.atStartOfDay(WIB).toInstant().plusSeconds(second);
        Complaint.Builder b = Complaint.builder(TrackingId.of("LPR-2026-" + i), random.nextInt(20) == 0 ? ComplaintType.WHISTLEBLOWING
                : ComplaintType.COMPLAINT, TITLES[k], submitted).channel(CHANNELS[random.nextInt(CHANNELS.length)]);
        if (random.nextInt(10) != 0) {
            b.topic(TOPICS[k]);
        }
        if (random.nextInt(4) == 0) {
            b.privacy(random.nextInt(3) == 0 ? new Privacy(true, true) : new Privacy(true, false));
        }
        Walk w = new Walk(b.build(), submitted);
        // verification, or the intake's other outcomes
        int intake = random.nextInt(100);
        if (intake < 3) {
            w.step(Step.of(Action.POSTPONE, Role.ADMIN, ADMIN, w.after(random, 0, 2 * DAY)));
        }
        if (intake < 4) {
            w.step(Step.of(Action.ARCHIVE, Role.ADMIN, ADMIN, w.after(random, HOUR, 4 * DAY)).withNote("terlalu umum"));
            return w.complaint;
        }
        if (intake < 6) {
            w.step(Step.of(Action.MARK_DUPLICATE, Role.ADMIN, ADMIN, w.after(random, HOUR, 3 * DAY))
                    .withTargets(List.of("LPR-2026-" + Math.max(0, i - 1 - random.nextInt(50)))));
            return w.complaint;
        }
        // a few are verified late
        long verifyBy = random.nextInt(12) == 0 ? 9 * DAY : 4 * DAY;
        w.step(Step.of(Action.VERIFY, Role.ADMIN, ADMIN, w.after(random, 10 * 60, verifyBy)));
        if (random.nextInt(8) == 0) {
            // waiting on the reporter
            Instant pause = w.after(random, HOUR, DAY);
            w.clock(ClockEvent.pause(pause, ADMIN).withNote("menunggu foto dari pelapor"));
            w.clock(random.nextInt(6) == 0 ? ClockEvent.reset(w.after(random, 2 * DAY, 10 * DAY), ADMIN)
                    : ClockEvent.resume(w.after(random, DAY, 12 * DAY), ADMIN));
        }
        w.step(Step.dispose(Role.ADMIN, ADMIN, w.after(random, 5 * 60, 2 * DAY), UNITS[random.nextInt(UNITS.length)]));
        if (random.nextInt(15) == 0) {
            w.step(Step.of(Action.REROUTE, Role.LIAISON, LIAISON, w.after(random, HOUR, 3 * DAY)).withNote("bukan wewenang unit ini"));
            w.step(Step.dispose(Role.ADMIN, ADMIN, w.after(random, HOUR, 2 * DAY), UNITS[random.nextInt(UNITS.length)]));
        }
        if (random.nextInt(3) != 0) {
            w.step(Step.of(Action.START, Role.LIAISON, LIAISON, w.after(random, HOUR, 3 * DAY)));
        }
        if (random.nextInt(25) == 0) {
            // the unit never follows it up: its follow-up and settlement run overdue
            return w.complaint;
        }
        // a few units are slow
        long followUpBy = random.nextInt(6) == 0 ? 20 * DAY : 7 * DAY;
        w.step(Step.of(Action.FOLLOW_UP, Role.LIAISON, LIAISON, w.after(random, HOUR, followUpBy)));
        int ending = random.nextInt(100);
        if (ending < 15) {
            // no reply from the reporter: the system closes it when that is due
            if (w.live) {
                w.complaint = w.complaint.closeIfDue(sla, NOW);
            }
            return w.complaint;
        }
        if (ending < 85) {
            w.step(Step.of(Action.RESPOND, Role.CITIZEN, CITIZEN, w.after(random, HOUR, 5 * DAY)));
        }
        w.step(Step.close(CloseReason.RESOLVED, ending < 85 ? Role.CITIZEN : Role.ADMIN, ending < 85 ? CITIZEN : ADMIN,
                w.after(random, HOUR, 4 * DAY)));
        if (random.nextInt(20) == 0) {
            w.step(Step.of(Action.REOPEN, Role.CITIZEN, CITIZEN, w.after(random, HOUR, 10 * DAY)).withNote("belum selesai"));
            w.step(Step.of(Action.FOLLOW_UP, Role.LIAISON, LIAISON, w.after(random, HOUR, 6 * DAY)));
            w.step(Step.close(CloseReason.RESOLVED, Role.ADMIN, ADMIN, w.after(random, DAY, 5 * DAY)));
        }
        return w.complaint;
    }

    /** One complaint's walk through time: events up to {@link #NOW} are taken, the rest dropped. */
    private static final class Walk {
        Complaint complaint;
        Instant last;
        /** False once an event fell after NOW: nothing later happens. */
        boolean live = true;

        Walk(Complaint complaint, Instant last) {
            this.complaint = complaint;
            this.last = last;
        }

        Instant after(SplittableRandom random, long min, long max) {
            return last.plusSeconds(min + random.nextLong(max - min + 1));
        }

        void step(Step step) {
            if (!live || step.at().isAfter(NOW)) {
                live = false;
                return;
            }
            complaint = taken(complaint.apply(step));
            last = step.at();
        }

        void clock(ClockEvent event) {
            if (!live || event.at().isAfter(NOW)) {
                live = false;
                return;
            }
            complaint = taken(complaint.apply(event));
            last = event.at();
        }

        private static Complaint taken(ComplaintUpdate update) {
            if (update instanceof ComplaintUpdate.Applied applied) {
                return applied.complaint();
            }
            throw new IllegalStateException("the generator took a step the lifecycle refuses: " + ((ComplaintUpdate.Refused) update).problem());
        }
    }
}
