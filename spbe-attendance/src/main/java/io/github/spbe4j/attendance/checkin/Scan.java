package io.github.spbe4j.attendance.checkin;

import io.github.spbe4j.core.identifier.Nip;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One scan of a location code, as a client submits it: the token text, the employee, the instant of
 * the scan, and optionally the device's signature, a GPS fix and the client's risk flags. Immutable;
 * build it with {@link #of} and the {@code with…} methods.
 *
 * <p>The device signature is an ES256 signature (ECDSA on P-256 with SHA-256, the JDK's
 * {@code SHA256withECDSA}, DER-encoded as the JDK and Android Keystore produce it) by the device key
 * the employee enrolled, over {@link #signedMessage()}: the UTF-8 bytes of
 * {@code tokenText + "\n" + nip + "\n" + epochSeconds}, where {@code nip} is the 18 digits and
 * {@code epochSeconds} the scan instant's whole seconds since 1970-01-01T00:00:00Z in decimal (a
 * minus sign before 1970, no leading zeros).
 *
 * <pre>{@code
 * Scan scan = Scan.of(scannedText, Nip.parse("196805071987121001"), Instant.now())
 *         .withDeviceSignature(signature)
 *         .withFix(Fix.of(GeoPoint.of("-0.0265", "109.3426"), 12.5));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Scan {

    private final String tokenText;
    private final Nip employee;
    private final Instant at;
    private final byte @Nullable [] deviceSignature;
    private final @Nullable Fix fix;
    private final RiskFlags risk;

    private Scan(String tokenText, Nip employee, Instant at, byte @Nullable [] deviceSignature, @Nullable Fix fix,
            RiskFlags risk) {
        this.tokenText = tokenText;
        this.employee = employee;
        this.at = at;
        this.deviceSignature = deviceSignature;
        this.fix = fix;
        this.risk = risk;
    }

    /**
     * A scan without device signature, fix or risk flag.
     *
     * @param tokenText the text read from the code, any length and content; the verifier judges it
     * @param employee the employee who scanned
     * @param at the instant of the scan
     * @return the scan
     */
    public static Scan of(CharSequence tokenText, Nip employee, Instant at) {
        return new Scan(Objects.requireNonNull(tokenText, "tokenText").toString(), Objects.requireNonNull(employee, "employee"),
                Objects.requireNonNull(at, "at"), null, null, RiskFlags.NONE);
    }

    /**
     * This scan with a device signature.
     *
     * @param signature the DER-encoded ES256 signature over {@link #signedMessage()}; copied
     * @return a new scan
     */
    public Scan withDeviceSignature(byte[] signature) {
        return new Scan(tokenText, employee, at, Objects.requireNonNull(signature, "signature").clone(), fix, risk);
    }

    /**
     * This scan with a GPS fix.
     *
     * @param fix the fix
     * @return a new scan
     */
    public Scan withFix(Fix fix) {
        return new Scan(tokenText, employee, at, deviceSignature, Objects.requireNonNull(fix, "fix"), risk);
    }

    /**
     * This scan with the client's risk flags.
     *
     * @param risk the flags as reported
     * @return a new scan
     */
    public Scan withRisk(RiskFlags risk) {
        return new Scan(tokenText, employee, at, deviceSignature, fix, Objects.requireNonNull(risk, "risk"));
    }

    /**
     * The token text as scanned.
     *
     * @return the text
     */
    public String tokenText() {
        return tokenText;
    }

    /**
     * The employee who scanned.
     *
     * @return the employee's NIP
     */
    public Nip employee() {
        return employee;
    }

    /**
     * The instant of the scan.
     *
     * @return the instant
     */
    public Instant at() {
        return at;
    }

    /**
     * The device signature, if any.
     *
     * @return a copy of the signature, or empty
     */
    public Optional<byte[]> deviceSignature() {
        return Optional.ofNullable(deviceSignature).map(byte[]::clone);
    }

    /**
     * The GPS fix, if any.
     *
     * @return the fix, or empty
     */
    public Optional<Fix> fix() {
        return Optional.ofNullable(fix);
    }

    /**
     * The client's risk flags.
     *
     * @return the flags, {@link RiskFlags#NONE} when none were given
     */
    public RiskFlags risk() {
        return risk;
    }

    /**
     * The bytes the device signs: UTF-8 of {@code tokenText + "\n" + nip + "\n" + epochSeconds}.
     *
     * @return a new array
     */
    public byte[] signedMessage() {
        return signedMessage(tokenText, employee, at);
    }

    /**
     * The bytes a device signs for a scan: UTF-8 of {@code tokenText + "\n" + nip + "\n" + epochSeconds}.
     *
     * @param tokenText the token text
     * @param employee the employee
     * @param at the scan instant; only its whole epoch seconds are signed
     * @return a new array
     */
    public static byte[] signedMessage(CharSequence tokenText, Nip employee, Instant at) {
        return (tokenText + "\n" + employee + "\n" + at.getEpochSecond()).getBytes(StandardCharsets.UTF_8);
    }

    byte @Nullable [] deviceSignatureUnsafe() {
        return deviceSignature;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scan s && tokenText.equals(s.tokenText) && employee.equals(s.employee) && at.equals(s.at)
                && Arrays.equals(deviceSignature, s.deviceSignature) && Objects.equals(fix, s.fix) && risk.equals(s.risk);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tokenText, employee, at, Arrays.hashCode(deviceSignature), fix, risk);
    }

    /** The employee, instant and which parts are present; never the token text or the signature. */
    @Override
    public String toString() {
        return "Scan[employee=" + employee + ", at=" + at + ", tokenLength=" + tokenText.length() + ", signed="
                + (deviceSignature != null) + ", fix=" + fix + ", risk=" + risk + "]";
    }
}
