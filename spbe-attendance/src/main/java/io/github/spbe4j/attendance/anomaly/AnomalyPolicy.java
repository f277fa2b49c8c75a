package io.github.spbe4j.attendance.anomaly;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The thresholds of an {@link AnomalyDetector}. Immutable and thread-safe. The defaults are chosen
 * defaults a deployment may change, not official figures; docs/attendance.md ("Anomalies") gives the
 * reasons and the false-positive trade-offs.
 *
 * <pre>{@code
 * AnomalyPolicy policy = AnomalyPolicy.defaults()
 *         .withWindow(AnomalyPolicy.Window.MONTH)
 *         .withSamePointEmployees(5);
 * }</pre>
 *
 * @param window the period over which the same point and a shared device are counted: each working day
 *     ({@link Window#DAY}, the default) or each calendar month ({@link Window#MONTH}), by the records' dates
 * @param samePointEmployees how many distinct employees must report one point in a window for a
 *     {@link Anomaly.SamePoint} finding: at least 2; default {@value #DEFAULT_SAME_POINT_EMPLOYEES}
 * @param pointDecimals the decimal places at which points are compared, 0..8: a point with more is
 *     rounded half-even to this many before comparing; default {@value #DEFAULT_POINT_DECIMALS}, the most a
 *     {@link io.github.spbe4j.attendance.checkin.GeoPoint} keeps, so points are compared exactly as reported
 * @param sharedDeviceEmployees how many distinct employees must use one device in a window for a
 *     {@link Anomaly.SharedDevice} finding: at least 2; default {@value #DEFAULT_SHARED_DEVICE_EMPLOYEES}
 * @param maxSpeedKmh the fastest an employee is believed to travel between two punches with fixes, in
 *     km/h: finite and positive, at most {@value #MAX_SPEED_KMH}; default {@value #DEFAULT_MAX_SPEED_KMH}
 * @param minLocationChange the shortest believable time between two punches at different location ids when
 *     a GPS fix is missing from either: not negative, at most a day ({@link Duration#ZERO} turns the
 *     check off); default 10 minutes
 * @since 0.1.0
 */
public record AnomalyPolicy(Window window, int samePointEmployees, int pointDecimals, int sharedDeviceEmployees,
        double maxSpeedKmh, Duration minLocationChange) {

    /** The rule name of policy problems in messages. */
    public static final String RULE = "AnomalyPolicy";

    /** The default number of employees at one point: 3. */
    public static final int DEFAULT_SAME_POINT_EMPLOYEES = 3;

    /** The default decimal places compared: 8, every place a point keeps. */
    public static final int DEFAULT_POINT_DECIMALS = 8;

    /** The default number of employees on one device: 2. */
    public static final int DEFAULT_SHARED_DEVICE_EMPLOYEES = 2;

    /** The default fastest travel between punches, in km/h: 150. */
    public static final double DEFAULT_MAX_SPEED_KMH = 150;

    /** The largest speed a policy accepts, in km/h: 100,000 (faster than anything that carries people). */
    public static final double MAX_SPEED_KMH = 100_000;

    /** The default shortest time between punches at two location ids without fixes: 10 minutes. */
    public static final Duration DEFAULT_MIN_LOCATION_CHANGE = Duration.ofMinutes(10);

    /** The period over which the same point and a shared device are counted. */
    public enum Window {
        /** Each working day: the records' dates. */
        DAY,
        /** Each calendar month of the records' dates. */
        MONTH;

        /**
         * Returns the first date of the window that holds a date.
         *
         * @param date a record's date
         * @return the date itself for {@link #DAY}, the first of its month for {@link #MONTH}
         */
        public LocalDate start(LocalDate date) {
            Objects.requireNonNull(date, "date");
            return this == DAY ? date : date.withDayOfMonth(1);
        }

        /**
         * Returns the window that starts at a date in words: {@code "on 2026-03-02"} or {@code "in 2026-03"}.
         *
         * @param start the window's first date
         * @return the words
         */
        public String describe(LocalDate start) {
            Objects.requireNonNull(start, "start");
            return this == DAY ? "on " + start : "in " + YearMonth.from(start);
        }
    }

    /**
     * Checks every threshold.
     *
     * @throws InvalidAnomalyException when a threshold is out of its range
     */
    public AnomalyPolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(minLocationChange, "minLocationChange");
        if (samePointEmployees < 2) {
            throw InvalidAnomalyException.of("samePointEmployees", RULE, "samePointEmployees is " + samePointEmployees
                    + "; the same point must be reported by at least 2 employees to be a finding", Integer.toString(samePointEmployees));
        }
        if (pointDecimals < 0 || pointDecimals > DEFAULT_POINT_DECIMALS) {
            throw InvalidAnomalyException.of("pointDecimals", RULE, "pointDecimals is " + pointDecimals
                    + "; points are compared at 0..8 decimal places", Integer.toString(pointDecimals));
        }
        if (sharedDeviceEmployees < 2) {
            throw InvalidAnomalyException.of("sharedDeviceEmployees", RULE, "sharedDeviceEmployees is " + sharedDeviceEmployees
                    + "; a device must be used by at least 2 employees to be shared", Integer.toString(sharedDeviceEmployees));
        }
        if (!(maxSpeedKmh > 0 && maxSpeedKmh <= MAX_SPEED_KMH)) {
            throw InvalidAnomalyException.of("maxSpeedKmh", RULE, "maxSpeedKmh is " + maxSpeedKmh
                    + "; the fastest travel must be a number of km/h above 0 and at most 100000", Double.toString(maxSpeedKmh));
        }
        if (minLocationChange.isNegative() || minLocationChange.compareTo(Duration.ofDays(1)) > 0) {
            throw InvalidAnomalyException.of("minLocationChange", RULE, "minLocationChange is "
                    + minLocationChange + "; the shortest time between two locations must be 0 to 1 day", minLocationChange.toString());
        }
    }

    /**
     * Returns the defaults: per day, 3 employees at one point compared at 8 decimal places, 2 employees on
     * one device, 150 km/h, 10 minutes between two location ids.
     *
     * @return the default policy
     */
    public static AnomalyPolicy defaults() {
        return new AnomalyPolicy(Window.DAY, DEFAULT_SAME_POINT_EMPLOYEES, DEFAULT_POINT_DECIMALS,
                DEFAULT_SHARED_DEVICE_EMPLOYEES, DEFAULT_MAX_SPEED_KMH, DEFAULT_MIN_LOCATION_CHANGE);
    }

    /**
     * Returns this policy with another window.
     *
     * @param window the window
     * @return the policy
     */
    public AnomalyPolicy withWindow(Window window) {
        return new AnomalyPolicy(window, samePointEmployees, pointDecimals, sharedDeviceEmployees, maxSpeedKmh,
                minLocationChange);
    }

    /**
     * Returns this policy with another number of employees at one point.
     *
     * @param employees at least 2
     * @return the policy
     * @throws InvalidAnomalyException when below 2
     */
    public AnomalyPolicy withSamePointEmployees(int employees) {
        return new AnomalyPolicy(window, employees, pointDecimals, sharedDeviceEmployees, maxSpeedKmh, minLocationChange);
    }

    /**
     * Returns this policy comparing points at another number of decimal places.
     *
     * @param decimals 0..8
     * @return the policy
     * @throws InvalidAnomalyException when out of range
     */
    public AnomalyPolicy withPointDecimals(int decimals) {
        return new AnomalyPolicy(window, samePointEmployees, decimals, sharedDeviceEmployees, maxSpeedKmh, minLocationChange);
    }

    /**
     * Returns this policy with another number of employees on one device.
     *
     * @param employees at least 2
     * @return the policy
     * @throws InvalidAnomalyException when below 2
     */
    public AnomalyPolicy withSharedDeviceEmployees(int employees) {
        return new AnomalyPolicy(window, samePointEmployees, pointDecimals, employees, maxSpeedKmh, minLocationChange);
    }

    /**
     * Returns this policy with another fastest travel.
     *
     * @param kmh above 0, at most 100,000 km/h
     * @return the policy
     * @throws InvalidAnomalyException when out of range
     */
    public AnomalyPolicy withMaxSpeedKmh(double kmh) {
        return new AnomalyPolicy(window, samePointEmployees, pointDecimals, sharedDeviceEmployees, kmh, minLocationChange);
    }

    /**
     * Returns this policy with another shortest time between two location ids.
     *
     * @param duration 0 (off) to 1 day
     * @return the policy
     * @throws InvalidAnomalyException when out of range
     */
    public AnomalyPolicy withMinLocationChange(Duration duration) {
        return new AnomalyPolicy(window, samePointEmployees, pointDecimals, sharedDeviceEmployees, maxSpeedKmh, duration);
    }
}
