package io.github.spbe4j.attendance.record;

import io.github.spbe4j.attendance.checkin.CheckInMark;
import io.github.spbe4j.attendance.checkin.CheckInResult;
import io.github.spbe4j.attendance.checkin.Fix;
import io.github.spbe4j.attendance.checkin.Scan;
import io.github.spbe4j.attendance.token.Validity;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.internal.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One punch of the clock: the instant an employee checked in or out, the zone whose local time it is
 * read in (WIB, WITA or WIT for an Indonesian office), how it was taken, what verification said about it
 * and, when known, the location, the GPS fix and the device. Immutable.
 *
 * <p>The instant is what is stored and compared; the local date and time are derived from it and the
 * zone, so a record never disagrees with itself (the way OrangeHRM keeps the UTC instant beside the local
 * time and offset).
 *
 * <pre>{@code
 * Punch in = Punch.imported(Instant.parse("2026-03-02T00:25:00Z"), IndonesiaTimeZone.WIB.zoneId());
 * in.localTime();   // 07:25
 * in.zoneLabel();   // "WIB"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Punch {

    /** The rule name of punch problems in messages. */
    public static final String RULE = "Punch";

    /** The longest location id, in characters; the same alphabet and length as a token's location. */
    public static final int MAX_LOCATION_LENGTH = 32;

    /** The longest device id, in characters. */
    public static final int MAX_DEVICE_LENGTH = 64;

    private final Instant at;
    private final ZoneId zone;
    private final Method method;
    private final Outcome outcome;
    private final Set<CheckInMark> marks;
    private final @Nullable String location;
    private final @Nullable Fix fix;
    private final @Nullable String device;

    private Punch(Instant at, ZoneId zone, Method method, Set<CheckInMark> marks, @Nullable String location,
            @Nullable Fix fix, @Nullable String device) {
        this.at = Objects.requireNonNull(at, "at");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.method = Objects.requireNonNull(method, "method");
        this.marks = marks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(marks));
        boolean scanned = method == Method.QR_ROTATING || method == Method.QR_PRINTED;
        if (!scanned && !this.marks.isEmpty()) {
            throw InvalidRecordException.of("marks", RULE, "a punch taken " + method
                    + " was not verified, so it carries no check-in marks; it has " + this.marks, this.marks.toString());
        }
        this.outcome = !scanned ? Outcome.UNVERIFIED : this.marks.isEmpty() ? Outcome.VERIFIED : Outcome.FLAGGED;
        if (location != null) {
            checkId("location", location, MAX_LOCATION_LENGTH, false);
        }
        if (device != null) {
            checkId("device", device, MAX_DEVICE_LENGTH, true);
        }
        this.location = location;
        this.fix = fix;
        this.device = device;
    }

    /**
     * Returns a punch read from another system's file: method {@link Method#IMPORTED}, outcome
     * {@link Outcome#UNVERIFIED}.
     *
     * @param at the instant
     * @param zone the zone its local time is read in
     * @return the punch
     */
    public static Punch imported(Instant at, ZoneId zone) {
        return new Punch(at, zone, Method.IMPORTED, Set.of(), null, null, null);
    }

    /** A punch read from a file, with what is known of it; the ids are checked once. */
    static Punch imported(Instant at, ZoneId zone, @Nullable String location, @Nullable Fix fix, @Nullable String device) {
        return new Punch(at, zone, Method.IMPORTED, Set.of(), location, fix, device);
    }

    /**
     * Returns a punch entered by hand: method {@link Method#MANUAL}, outcome {@link Outcome#UNVERIFIED}.
     *
     * @param at the instant
     * @param zone the zone its local time is read in
     * @return the punch
     */
    public static Punch manual(Instant at, ZoneId zone) {
        return new Punch(at, zone, Method.MANUAL, Set.of(), null, null, null);
    }

    /**
     * Returns the punch of a verified scan: the scan's instant and fix, the token's location, the method
     * from the token's validity (rotating or printed) and the outcome from the check-in's marks
     * ({@link Outcome#VERIFIED} without marks, {@link Outcome#FLAGGED} with).
     *
     * @param scan the scan that was verified
     * @param accepted what {@link io.github.spbe4j.attendance.checkin.CheckInVerifier} said about it
     * @param zone the zone of the location's office
     * @return the punch
     */
    public static Punch verified(Scan scan, CheckInResult.Accepted accepted, ZoneId zone) {
        Objects.requireNonNull(scan, "scan");
        Objects.requireNonNull(accepted, "accepted");
        Method method = accepted.token().body().validity() instanceof Validity.Rotating ? Method.QR_ROTATING
                : Method.QR_PRINTED;
        return new Punch(scan.at(), zone, method, accepted.marks(), accepted.token().body().locationId(),
                scan.fix().orElse(null), null);
    }

    /**
     * Returns this punch at a location.
     *
     * @param locationId the location's id: 1..32 characters among {@code A-Z a-z 0-9 . _ -}
     * @return the punch
     * @throws InvalidRecordException when the id breaks that rule
     */
    public Punch withLocation(String locationId) {
        return new Punch(at, zone, method, marks, Objects.requireNonNull(locationId, "locationId"), fix, device);
    }

    /**
     * Returns this punch with the GPS fix the device reported.
     *
     * @param fix the fix
     * @return the punch
     */
    public Punch withFix(Fix fix) {
        return new Punch(at, zone, method, marks, location, Objects.requireNonNull(fix, "fix"), device);
    }

    /**
     * Returns this punch taken on a device, named by an id the deployment chooses (an installation id, or
     * a fingerprint of the device key enrolled for the employee).
     *
     * @param deviceId the device's id: 1..64 characters among {@code A-Z a-z 0-9 . _ - :}
     * @return the punch
     * @throws InvalidRecordException when the id breaks that rule
     */
    public Punch withDevice(String deviceId) {
        return new Punch(at, zone, method, marks, location, fix, Objects.requireNonNull(deviceId, "deviceId"));
    }

    /**
     * Returns the instant of the punch.
     *
     * @return the instant
     */
    public Instant at() {
        return at;
    }

    /**
     * Returns the zone the punch's local time is read in.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the offset from UTC at the punch's instant in its zone.
     *
     * @return the offset
     */
    public ZoneOffset offset() {
        return zone.getRules().getOffset(at);
    }

    /**
     * Returns the local date and time of the punch in its zone.
     *
     * @return the local date and time
     */
    public LocalDateTime localDateTime() {
        return LocalDateTime.ofInstant(at, zone);
    }

    /**
     * Returns the local date of the punch in its zone.
     *
     * @return the local date
     */
    public LocalDate localDate() {
        return localDateTime().toLocalDate();
    }

    /**
     * Returns the local time of the punch in its zone.
     *
     * @return the local time
     */
    public LocalTime localTime() {
        return localDateTime().toLocalTime();
    }

    /**
     * Returns the name people use for the zone: {@code "WIB"}, {@code "WITA"} or {@code "WIT"} for the three
     * Indonesian zones, the zone id otherwise.
     *
     * @return the label
     */
    public String zoneLabel() {
        for (IndonesiaTimeZone z : IndonesiaTimeZone.values()) {
            if (z.zoneId().equals(zone)) {
                return z.name();
            }
        }
        return zone.getId();
    }

    /**
     * Returns how the punch was taken.
     *
     * @return the method
     */
    public Method method() {
        return method;
    }

    /**
     * Returns what verification said: derived from the method and the marks.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Returns the check-in marks of a flagged punch; empty otherwise.
     *
     * @return the marks, unmodifiable
     */
    public Set<CheckInMark> marks() {
        return marks;
    }

    /**
     * Returns the location's id, when known.
     *
     * @return the location id
     */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Returns the GPS fix the device reported, when known.
     *
     * @return the fix
     */
    public Optional<Fix> fix() {
        return Optional.ofNullable(fix);
    }

    /**
     * Returns the device's id, when known.
     *
     * @return the device id
     */
    public Optional<String> device() {
        return Optional.ofNullable(device);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Punch p && at.equals(p.at) && zone.equals(p.zone) && method == p.method
                && marks.equals(p.marks) && Objects.equals(location, p.location) && Objects.equals(fix, p.fix)
                && Objects.equals(device, p.device);
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, zone, method, marks, location, fix, device);
    }

    /**
     * Returns the local date and time with the zone label, the method and the outcome, e.g.
     * {@code 2026-03-02T07:25 WIB QR_ROTATING VERIFIED at KANTOR-A}.
     */
    @Override
    public String toString() {
        return localDateTime() + " " + zoneLabel() + " " + method + " " + outcome
                + (marks.isEmpty() ? "" : " " + marks) + (location == null ? "" : " at " + location)
                + (device == null ? "" : " on " + device);
    }

    static void checkId(String field, String id, int max, boolean colon) {
        boolean ok = !id.isEmpty() && id.length() <= max;
        for (int i = 0; ok && i < id.length(); i++) {
            char c = id.charAt(i);
            ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-' || colon && c == ':';
        }
        if (!ok) {
            String shown = Text.quote(id);
            throw InvalidRecordException.of(field, RULE, "a " + field + " id is " + shown + "; it must be 1.."
                    + max + " characters among A-Z a-z 0-9 . _ -" + (colon ? " :" : ""), shown);
        }
    }
}
