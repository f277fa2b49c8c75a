package io.github.spbe4j.attendance.anomaly;

import io.github.spbe4j.attendance.checkin.Fix;
import io.github.spbe4j.attendance.checkin.GeoPoint;
import io.github.spbe4j.attendance.checkin.Geofence;
import io.github.spbe4j.attendance.record.AttendanceRecord;
import io.github.spbe4j.attendance.record.Punch;
import io.github.spbe4j.core.identifier.Nip;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Finds anomalies in attendance records: the same point reported by many employees, one device used by
 * several employees, and impossible travel between an employee's consecutive punches, under an
 * {@link AnomalyPolicy}. Feed it records one at a time, in any order, then ask for the
 * {@link #findings()}; the same records give the same findings whatever their order, and a record given
 * twice counts once.
 *
 * <pre>{@code
 * AnomalyDetector detector = AnomalyDetector.of(AnomalyPolicy.defaults());
 * records.forEach(detector);
 * for (Anomaly finding : detector.findings()) {
 *     System.out.println(finding.description());
 *     finding.punches().forEach(p -> System.out.println("  " + p));
 * }
 * }</pre>
 *
 * <p>What takes part: a punch with a GPS fix counts for the same point; a punch with a device id for a
 * shared device; a punch with a fix or a location id for travel. A punch with none of them (entered by
 * hand, imported without them) is read and left out. Windows follow the record's date, so a night shift's
 * check-out counts in the day the shift began.
 *
 * <p>Cost: memory grows with the punches that take part (each finding must be able to name them); time is
 * about linear in them, plus one sort of each employee's punches and of each finding's punches when
 * {@link #findings()} is called.
 *
 * <p>Not thread-safe: use one detector per thread, or feed it from one thread.
 *
 * @since 0.1.0
 */
public final class AnomalyDetector implements Consumer<AttendanceRecord> {

    /** A window and a thing counted in it: a point or a device id. */
    private record Key<T>(LocalDate start, T thing) {
    }

    private final AnomalyPolicy policy;
    private final Map<Key<GeoPoint>, Set<PunchRef>> byPoint = new HashMap<>();
    private final Map<Key<String>, Set<PunchRef>> byDevice = new HashMap<>();
    private final Map<Nip, Set<PunchRef>> byEmployee = new HashMap<>();

    private AnomalyDetector(AnomalyPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Returns an empty detector.
     *
     * @param policy the thresholds
     * @return the detector
     */
    public static AnomalyDetector of(AnomalyPolicy policy) {
        return new AnomalyDetector(policy);
    }

    /**
     * Returns the findings in some records under a policy, in one call.
     *
     * @param policy the thresholds
     * @param records the records, in any order
     * @return the findings, as {@link #findings()}
     */
    public static List<Anomaly> detect(AnomalyPolicy policy, Iterable<AttendanceRecord> records) {
        AnomalyDetector detector = of(policy);
        Objects.requireNonNull(records, "records").forEach(detector);
        return detector.findings();
    }

    /**
     * Returns the policy.
     *
     * @return the policy
     */
    public AnomalyPolicy policy() {
        return policy;
    }

    /**
     * Reads one record: its check-in and, when it has one, its check-out.
     *
     * @param record the record
     */
    @Override
    public void accept(AttendanceRecord record) {
        Objects.requireNonNull(record, "record");
        add(PunchRef.checkIn(record));
        if (!record.isOpen()) {
            add(PunchRef.checkOut(record));
        }
    }

    private void add(PunchRef ref) {
        Punch punch = ref.punch();
        LocalDate start = policy.window().start(ref.record().date());
        Optional<Fix> fix = punch.fix();
        if (fix.isPresent()) {
            byPoint.computeIfAbsent(new Key<>(start, compared(fix.get().point())), k -> new HashSet<>()).add(ref);
        }
        punch.device().ifPresent(d -> byDevice.computeIfAbsent(new Key<>(start, d), k -> new HashSet<>()).add(ref));
        if (fix.isPresent() || punch.location().isPresent()) {
            byEmployee.computeIfAbsent(ref.employee(), k -> new HashSet<>()).add(ref);
        }
    }

    private GeoPoint compared(GeoPoint point) {
        int decimals = policy.pointDecimals();
        if (point.latitude().scale() <= decimals && point.longitude().scale() <= decimals) {
            return point;
        }
        return new GeoPoint(point.latitude().setScale(decimals, RoundingMode.HALF_EVEN),
                point.longitude().setScale(decimals, RoundingMode.HALF_EVEN));
    }

    /**
     * Returns the findings in the records read so far, sorted by {@link Anomaly#ORDER}. Reading more
     * records afterwards is allowed; ask again for the findings over all of them.
     *
     * @return the findings; unmodifiable
     */
    public List<Anomaly> findings() {
        List<Anomaly> findings = new ArrayList<>();
        byPoint.forEach((key, refs) -> {
            Set<Nip> employees = employees(refs);
            if (employees.size() >= policy.samePointEmployees()) {
                findings.add(new Anomaly.SamePoint(key.thing(), policy.window(), key.start(), List.copyOf(employees),
                        List.copyOf(refs)));
            }
        });
        byDevice.forEach((key, refs) -> {
            Set<Nip> employees = employees(refs);
            if (employees.size() >= policy.sharedDeviceEmployees()) {
                findings.add(new Anomaly.SharedDevice(key.thing(), policy.window(), key.start(), List.copyOf(employees),
                        List.copyOf(refs)));
            }
        });
        for (Set<PunchRef> refs : byEmployee.values()) {
            List<PunchRef> sorted = new ArrayList<>(refs);
            sorted.sort(null);
            for (int i = 1; i < sorted.size(); i++) {
                travel(sorted.get(i - 1), sorted.get(i), findings);
            }
        }
        findings.sort(Anomaly.ORDER);
        return List.copyOf(findings);
    }

    private void travel(PunchRef from, PunchRef to, List<Anomaly> findings) {
        Punch a = from.punch();
        Punch b = to.punch();
        Duration elapsed = Duration.between(a.at(), b.at());
        if (a.fix().isPresent() && b.fix().isPresent()) {
            Fix fa = a.fix().get();
            Fix fb = b.fix().get();
            double distance = Geofence.distanceMetres(fa.point(), fb.point());
            double beyond = distance - fa.accuracyMetres() - fb.accuracyMetres();
            double seconds = elapsed.getSeconds() + elapsed.getNano() / 1e9;
            if (beyond > 0 && beyond > policy.maxSpeedKmh() / 3.6 * seconds) {
                findings.add(new Anomaly.ImpossibleTravel(from, to, distance, beyond, elapsed));
            }
        } else if (a.location().isPresent() && b.location().isPresent() && !a.location().equals(b.location())
                && elapsed.compareTo(policy.minLocationChange()) < 0) {
            findings.add(new Anomaly.QuickLocationChange(from, to, elapsed));
        }
    }

    private static Set<Nip> employees(Set<PunchRef> refs) {
        Set<Nip> employees = new TreeSet<>();
        for (PunchRef ref : refs) {
            employees.add(ref.employee());
        }
        return employees;
    }
}
