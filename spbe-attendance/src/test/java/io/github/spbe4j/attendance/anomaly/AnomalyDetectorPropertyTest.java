package io.github.spbe4j.attendance.anomaly;

import static io.github.spbe4j.attendance.testing.RecordFixtures.WIB;
import static io.github.spbe4j.attendance.testing.RecordFixtures.nip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.attendance.checkin.Fix;
import io.github.spbe4j.attendance.checkin.GeoPoint;
import io.github.spbe4j.attendance.checkin.Geofence;
import io.github.spbe4j.attendance.record.AttendanceRecord;
import io.github.spbe4j.attendance.record.Punch;
import io.github.spbe4j.core.identifier.Nip;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The detector against a naive oracle on random small periods: every pair of punches is compared, with
 * no maps, no sorting and no rounding shortcuts, and the findings must be exactly the oracle's, in
 * {@link Anomaly#ORDER}, whatever the order of the records.
 */
class AnomalyDetectorPropertyTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 30); // three days reach into April

    static LongStream seeds() {
        return LongStream.of(1, 2, 3, 20_260_302L, 0xCAFEL, 987_654_321L);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findings_randomSmallPeriods_areExactlyTheNaiveOraclesInOrderWhateverTheInputOrder(long seed) {
        Random random = new Random(seed);
        Map<Class<?>, Integer> kinds = new HashMap<>();
        for (int trial = 0; trial < 60; trial++) {
            AnomalyPolicy policy = policy(random);
            List<AttendanceRecord> records = records(random);

            List<Anomaly> findings = AnomalyDetector.detect(policy, records);

            assertThat(findings).as("seed %d trial %d", seed, trial).containsExactlyInAnyOrderElementsOf(oracle(policy, records));
            assertThat(findings).isSortedAccordingTo(Anomaly.ORDER).doesNotHaveDuplicates();
            List<AttendanceRecord> shuffled = new ArrayList<>(records);
            shuffled.addAll(records.subList(0, random.nextInt(records.size() + 1)));
            Collections.shuffle(shuffled, random);
            assertThat(AnomalyDetector.detect(policy, shuffled)).isEqualTo(findings);
            findings.forEach(f -> kinds.merge(f.getClass(), 1, Integer::sum));
        }
        // the generator reaches every kind of finding
        assertThat(kinds).containsOnlyKeys(Anomaly.SamePoint.class, Anomaly.SharedDevice.class, Anomaly.ImpossibleTravel.class,
                Anomaly.QuickLocationChange.class);
    }

    private static AnomalyPolicy policy(Random random) {
        AnomalyPolicy.Window window = random.nextBoolean() ? AnomalyPolicy.Window.DAY : AnomalyPolicy.Window.MONTH;
        int[] decimals = {8, 5, 4};
        double[] speeds = {40, 150};
        Duration[] gaps = {Duration.ZERO, Duration.ofMinutes(10), Duration.ofHours(2)};
        return new AnomalyPolicy(window, 2 + random.nextInt(3), decimals[random.nextInt(3)], 2 + random.nextInt(2),
                speeds[random.nextInt(2)], gaps[random.nextInt(3)]);
    }

    private static List<AttendanceRecord> records(Random random) {
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            BigDecimal lat = BigDecimal.valueOf(-62_000 + random.nextInt(2_000), 4);
            BigDecimal lon = BigDecimal.valueOf(1_068_000 + random.nextInt(2_000), 4);
            points.add(new GeoPoint(lat, lon));
            if (random.nextInt(3) == 0) { // a jittered neighbour, equal at 4 decimals only sometimes
                points.add(new GeoPoint(lat.add(BigDecimal.valueOf(random.nextInt(100), 6)),
                        lon.add(BigDecimal.valueOf(random.nextInt(100), 6))));
            }
        }
        double[] accuracies = {0, 10, 100, 3_000};
        String[] devices = {"phone-1", "phone-2", "tablet:3"};
        String[] locations = {"KANTOR-A", "KANTOR-B", "PUSKESMAS-1"};
        List<AttendanceRecord> records = new ArrayList<>();
        int employees = 2 + random.nextInt(7);
        for (int e = 1; e <= employees; e++) {
            Nip nip = nip(e);
            Set<Instant> used = new HashSet<>();
            int count = 1 + random.nextInt(4);
            for (int r = 0; r < count; r++) {
                LocalDate date = FIRST_DAY.plusDays(random.nextInt(3));
                Instant in = date.atTime(6, 0).atZone(WIB).toInstant().plusSeconds(60L * random.nextInt(14 * 60));
                Instant out = in.plusSeconds(60L * (1 + random.nextInt(300)));
                boolean closed = random.nextInt(3) > 0;
                if (!used.add(in) || closed && !used.add(out)) {
                    continue;
                }
                Punch checkIn = punch(random, in, points, accuracies, devices, locations);
                records.add(closed ? AttendanceRecord.of(nip, date, checkIn, punch(random, out, points, accuracies, devices, locations))
                        : AttendanceRecord.open(nip, date, checkIn));
            }
        }
        return records;
    }

    private static Punch punch(Random random, Instant at, List<GeoPoint> points, double[] accuracies, String[] devices,
            String[] locations) {
        Punch p = Punch.imported(at, WIB);
        if (random.nextInt(5) < 3) {
            p = p.withFix(Fix.of(points.get(random.nextInt(points.size())), accuracies[random.nextInt(accuracies.length)]));
        }
        if (random.nextBoolean()) {
            p = p.withDevice(devices[random.nextInt(devices.length)]);
        }
        if (random.nextBoolean()) {
            p = p.withLocation(locations[random.nextInt(locations.length)]);
        }
        return p;
    }

    // the oracle

    private static List<Anomaly> oracle(AnomalyPolicy policy, List<AttendanceRecord> records) {
        List<PunchRef> all = new ArrayList<>();
        for (AttendanceRecord r : records) {
            addOnce(all, PunchRef.checkIn(r));
            if (r.checkOut().isPresent()) {
                addOnce(all, PunchRef.checkOut(r));
            }
        }
        Set<Anomaly> expected = new HashSet<>();
        for (PunchRef p : all) {
            Optional<Fix> fix = p.punch().fix();
            if (fix.isPresent()) {
                List<PunchRef> group = new ArrayList<>();
                for (PunchRef q : all) {
                    if (q.punch().fix().isPresent() && windowStart(policy, q).equals(windowStart(policy, p))
                            && samePoint(fix.get().point(), q.punch().fix().get().point(), policy.pointDecimals())) {
                        group.add(q);
                    }
                }
                Set<Nip> employees = employees(group);
                if (employees.size() >= policy.samePointEmployees()) {
                    expected.add(new Anomaly.SamePoint(rounded(fix.get().point(), policy.pointDecimals()), policy.window(),
                            windowStart(policy, p), List.copyOf(employees), group));
                }
            }
            Optional<String> device = p.punch().device();
            if (device.isPresent()) {
                List<PunchRef> group = new ArrayList<>();
                for (PunchRef q : all) {
                    if (device.equals(q.punch().device()) && windowStart(policy, q).equals(windowStart(policy, p))) {
                        group.add(q);
                    }
                }
                Set<Nip> employees = employees(group);
                if (employees.size() >= policy.sharedDeviceEmployees()) {
                    expected.add(new Anomaly.SharedDevice(device.get(), policy.window(), windowStart(policy, p),
                            List.copyOf(employees), group));
                }
            }
            for (PunchRef q : all) {
                if (consecutive(all, p, q)) {
                    travel(policy, p, q).ifPresent(expected::add);
                }
            }
        }
        return List.copyOf(expected);
    }

    private static void addOnce(List<PunchRef> all, PunchRef ref) {
        if (!all.contains(ref)) {
            all.add(ref);
        }
    }

    private static LocalDate windowStart(AnomalyPolicy policy, PunchRef ref) {
        LocalDate d = ref.record().date();
        return policy.window() == AnomalyPolicy.Window.DAY ? d : LocalDate.of(d.getYear(), d.getMonth(), 1);
    }

    private static boolean samePoint(GeoPoint a, GeoPoint b, int decimals) {
        return a.latitude().setScale(decimals, RoundingMode.HALF_EVEN).compareTo(b.latitude().setScale(decimals, RoundingMode.HALF_EVEN)) == 0
                && a.longitude().setScale(decimals, RoundingMode.HALF_EVEN).compareTo(b.longitude().setScale(decimals, RoundingMode.HALF_EVEN)) == 0;
    }

    private static GeoPoint rounded(GeoPoint p, int decimals) {
        return new GeoPoint(p.latitude().setScale(decimals, RoundingMode.HALF_EVEN), p.longitude().setScale(decimals, RoundingMode.HALF_EVEN));
    }

    private static Set<Nip> employees(List<PunchRef> group) {
        Set<Nip> employees = new TreeSet<>();
        group.forEach(r -> employees.add(r.employee()));
        return employees;
    }

    private static boolean positioned(PunchRef ref) {
        return ref.punch().fix().isPresent() || ref.punch().location().isPresent();
    }

    /** Whether q is the next positioned punch of p's employee after p; the generator keeps an employee's instants distinct. */
    private static boolean consecutive(List<PunchRef> all, PunchRef p, PunchRef q) {
        if (!positioned(p) || !positioned(q) || !p.employee().equals(q.employee()) || !p.at().isBefore(q.at())) {
            return false;
        }
        for (PunchRef r : all) {
            if (positioned(r) && r.employee().equals(p.employee()) && r.at().isAfter(p.at()) && r.at().isBefore(q.at())) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Anomaly> travel(AnomalyPolicy policy, PunchRef p, PunchRef q) {
        Punch a = p.punch();
        Punch b = q.punch();
        Duration elapsed = Duration.between(a.at(), b.at());
        if (a.fix().isPresent() && b.fix().isPresent()) {
            double distance = Geofence.distanceMetres(a.fix().get().point(), b.fix().get().point());
            double beyond = distance - a.fix().get().accuracyMetres() - b.fix().get().accuracyMetres();
            double kmh = beyond / elapsed.getSeconds() * 3.6; // instants are whole minutes apart
            return beyond > 0 && kmh > policy.maxSpeedKmh()
                    ? Optional.of(new Anomaly.ImpossibleTravel(p, q, distance, beyond, elapsed)) : Optional.empty();
        }
        boolean twoPlaces = a.location().isPresent() && b.location().isPresent() && !a.location().get().equals(b.location().get());
        return twoPlaces && elapsed.toSeconds() < policy.minLocationChange().toSeconds()
                ? Optional.of(new Anomaly.QuickLocationChange(p, q, elapsed)) : Optional.empty();
    }
}
