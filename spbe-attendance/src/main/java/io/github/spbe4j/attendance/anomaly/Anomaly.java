package io.github.spbe4j.attendance.anomaly;

import io.github.spbe4j.attendance.checkin.GeoPoint;
import io.github.spbe4j.core.identifier.Nip;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A finding of an {@link AnomalyDetector}: a pattern in attendance records that proxy attendance leaves,
 * naming the punches behind it. A lead for a reviewer, not a verdict. Read it with {@code instanceof}
 * patterns:
 *
 * <pre>{@code
 * for (Anomaly a : detector.findings()) {
 *     if (a instanceof Anomaly.SamePoint same) {
 *         System.out.println(same.point() + " " + same.employees());
 *     }
 *     System.out.println(a.description());
 * }
 * }</pre>
 *
 * <p>Every finding's {@link #punches()} are sorted ({@link PunchRef} order) and its {@code toString()} is
 * its {@link #description()}. Findings are immutable.
 *
 * @since 0.1.0
 */
public sealed interface Anomaly permits Anomaly.SamePoint, Anomaly.SharedDevice, Anomaly.ImpossibleTravel,
        Anomaly.QuickLocationChange {

    /**
     * The order of {@link AnomalyDetector#findings()}: by the first punch, then the kind (same point,
     * shared device, impossible travel, quick location change), then the rest of the punches.
     */
    Comparator<Anomaly> ORDER = Comparator.<Anomaly, PunchRef>comparing(a -> a.punches().get(0))
            .thenComparingInt(Anomaly::rank)
            .thenComparing(Anomaly::punches, Anomaly::compareLists);

    /**
     * Returns the punches behind the finding, sorted.
     *
     * @return the punches, at least one; unmodifiable
     */
    List<PunchRef> punches();

    /**
     * Returns the employees the finding names, sorted.
     *
     * @return the employees, at least one; unmodifiable
     */
    List<Nip> employees();

    /**
     * Returns the finding in one sentence of plain words.
     *
     * @return the description
     */
    String description();

    private int rank() {
        if (this instanceof SamePoint) {
            return 0;
        }
        if (this instanceof SharedDevice) {
            return 1;
        }
        return this instanceof ImpossibleTravel ? 2 : 3;
    }

    private static int compareLists(List<PunchRef> a, List<PunchRef> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static List<PunchRef> sorted(List<PunchRef> punches, String field) {
        Objects.requireNonNull(punches, field);
        List<PunchRef> list = new ArrayList<>(punches);
        list.sort(null);
        if (list.isEmpty()) {
            throw InvalidAnomalyException.of(field, "Anomaly", "a finding names at least one punch", "[]");
        }
        return List.copyOf(list);
    }

    /**
     * The same point reported by at least {@link AnomalyPolicy#samePointEmployees()} employees in one
     * window: the trace of a fake-GPS app, which repeats a fixed point where real fixes jitter.
     *
     * @param point the point, at the policy's decimal places
     * @param window the policy's window
     * @param start the window's first date
     * @param employees the distinct employees, sorted
     * @param punches every punch in the window whose fix is at the point, sorted
     */
    record SamePoint(GeoPoint point, AnomalyPolicy.Window window, LocalDate start, List<Nip> employees,
            List<PunchRef> punches) implements Anomaly {
        /**
         * Copies and sorts the lists.
         *
         * @throws InvalidAnomalyException when there is no punch
         */
        public SamePoint {
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(start, "start");
            employees = Objects.requireNonNull(employees, "employees").stream().distinct().sorted().toList();
            punches = sorted(punches, "punches");
        }

        /**
         * Returns e.g. {@code "3 employees reported the same point -6.175392,106.827153 on 2026-03-02 in 4
         * punches: 199001012020121001, 199001012020121002, 199001012020121003"}.
         */
        @Override
        public String description() {
            return employees.size() + " employees reported the same point " + point + " " + window.describe(start) + " in "
                    + punches.size() + " punches: " + Words.employees(employees);
        }

        @Override
        public String toString() {
            return description();
        }
    }

    /**
     * One device used by at least {@link AnomalyPolicy#sharedDeviceEmployees()} employees in one window:
     * colleagues checking in for each other on one phone.
     *
     * @param device the device id
     * @param window the policy's window
     * @param start the window's first date
     * @param employees the distinct employees, sorted
     * @param punches every punch in the window taken on the device, sorted
     */
    record SharedDevice(String device, AnomalyPolicy.Window window, LocalDate start, List<Nip> employees,
            List<PunchRef> punches) implements Anomaly {
        /**
         * Copies and sorts the lists.
         *
         * @throws InvalidAnomalyException when there is no punch
         */
        public SharedDevice {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(start, "start");
            employees = Objects.requireNonNull(employees, "employees").stream().distinct().sorted().toList();
            punches = sorted(punches, "punches");
        }

        /**
         * Returns e.g. {@code "device phone-7 was used by 2 employees on 2026-03-02 in 3 punches:
         * 199001012020121001, 199001012020121002"}.
         */
        @Override
        public String description() {
            return "device " + device + " was used by " + employees.size() + " employees " + window.describe(start) + " in "
                    + punches.size() + " punches: " + Words.employees(employees);
        }

        @Override
        public String toString() {
            return description();
        }
    }

    /**
     * Two consecutive punches of one employee, both with a GPS fix, further apart than the employee could
     * have travelled: the distance between the two points less both accuracy radii, over the time between
     * the punches, is above {@link AnomalyPolicy#maxSpeedKmh()}.
     *
     * @param from the earlier punch
     * @param to the later punch
     * @param distanceMetres the distance between the two reported points, in metres
     * @param beyondAccuracyMetres the distance less both accuracy radii, in metres; above zero
     * @param elapsed the time from the earlier punch to the later
     */
    record ImpossibleTravel(PunchRef from, PunchRef to, double distanceMetres, double beyondAccuracyMetres,
            Duration elapsed) implements Anomaly {
        /** Checks that both punches are of one employee. */
        public ImpossibleTravel {
            checkPair(from, to);
            Objects.requireNonNull(elapsed, "elapsed");
        }

        /**
         * Returns the speed the punches imply: the distance beyond the accuracy radii over the elapsed time,
         * in km/h; infinite when no time passed.
         *
         * @return the speed in km/h
         */
        public double impliedKmh() {
            double seconds = elapsed.getSeconds() + elapsed.getNano() / 1e9;
            return seconds == 0 ? Double.POSITIVE_INFINITY : beyondAccuracyMetres / seconds * 3.6;
        }

        @Override
        public List<PunchRef> punches() {
            return List.of(from, to);
        }

        @Override
        public List<Nip> employees() {
            return List.of(from.employee());
        }

        /**
         * Returns e.g. {@code "199001012020121001 moved 21.4 km (21.3 km beyond the accuracy radii) in 5 min,
         * 256 km/h, from check-in 2026-03-02T07:01 WIB to check-out 2026-03-02T07:06 WIB"}.
         */
        @Override
        public String description() {
            return from.employee() + " moved " + Words.distance(distanceMetres) + " (" + Words.distance(beyondAccuracyMetres)
                    + " beyond the accuracy radii) in " + Words.duration(elapsed) + ", " + Words.speed(impliedKmh())
                    + ", from " + place(from) + " to " + place(to);
        }

        @Override
        public String toString() {
            return description();
        }
    }

    /**
     * Two consecutive punches of one employee at two different location ids, sooner apart than
     * {@link AnomalyPolicy#minLocationChange()}, where at least one of them has no GPS fix to show the way:
     * a forwarded code scanned away from the office, or two offices' codes used by one person.
     *
     * @param from the earlier punch
     * @param to the later punch
     * @param elapsed the time from the earlier punch to the later
     */
    record QuickLocationChange(PunchRef from, PunchRef to, Duration elapsed) implements Anomaly {
        /** Checks that both punches are of one employee. */
        public QuickLocationChange {
            checkPair(from, to);
            Objects.requireNonNull(elapsed, "elapsed");
        }

        @Override
        public List<PunchRef> punches() {
            return List.of(from, to);
        }

        @Override
        public List<Nip> employees() {
            return List.of(from.employee());
        }

        /**
         * Returns e.g. {@code "199001012020121001 punched at KANTOR-A and at KANTOR-B 3 min apart, from check-in
         * 2026-03-02T07:01 WIB to check-out 2026-03-02T07:04 WIB"}.
         */
        @Override
        public String description() {
            return from.employee() + " punched at " + from.punch().location().orElse("?") + " and at "
                    + to.punch().location().orElse("?") + " " + Words.duration(elapsed) + " apart, from " + place(from)
                    + " to " + place(to);
        }

        @Override
        public String toString() {
            return description();
        }
    }

    private static void checkPair(PunchRef from, PunchRef to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.employee().equals(to.employee()) || from.compareTo(to) >= 0) {
            throw InvalidAnomalyException.of("to", "Anomaly", "a travel finding names two punches of one employee,"
                    + " the earlier first; it was given " + from + " and " + to, to.toString());
        }
    }

    private static String place(PunchRef ref) {
        return ref.side().words() + " " + ref.punch().localDateTime() + " " + ref.punch().zoneLabel();
    }
}
