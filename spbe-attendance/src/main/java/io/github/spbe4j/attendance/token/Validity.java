package io.github.spbe4j.attendance.token;

import java.time.Instant;
import java.util.Objects;

/**
 * When a location token is valid: {@link Rotating} for a code on a screen that changes every step,
 * {@link Printed} for a code on paper with a long validity. Both are whole seconds within the 32-bit
 * unsigned range the format carries (until 2106-02-07).
 *
 * @since 0.1.0
 */
public sealed interface Validity permits Validity.Rotating, Validity.Printed {

    /** The largest number a 32-bit unsigned field carries: 4294967295. */
    long MAX_U32 = 0xFFFF_FFFFL;

    /**
     * The first instant of the validity the issuer meant (without grace or skew).
     *
     * @return the start, inclusive
     */
    Instant from();

    /**
     * The instant after which a verifier rejects the token, before clock skew is allowed: the end of
     * a printed code's validity; for a rotating code the end of the step after its own, so that the
     * current and the previous code are both accepted (as TOTP accepts one step back).
     *
     * @return the end, exclusive
     */
    Instant until();

    /**
     * A rotating code's validity: a TOTP-style counter of steps of {@code stepSeconds} seconds since
     * the epoch. Step {@code counter} runs from {@code counter × stepSeconds} (epoch seconds).
     *
     * @param stepSeconds the step length, 1..65535 seconds
     * @param counter the step counter, 0..4294967295
     */
    record Rotating(int stepSeconds, long counter) implements Validity {
        /**
         * Creates the validity, checking both ranges.
         *
         * @param stepSeconds the step length, 1..65535 seconds
         * @param counter the step counter, 0..4294967295
         * @throws InvalidTokenException when either is out of range, or the step ends after 2106
         */
        public Rotating {
            if (stepSeconds < 1 || stepSeconds > 0xFFFF) {
                throw InvalidTokenException.of("stepSeconds", "TokenStep", "a rotating token's step is " + stepSeconds
                        + " seconds; it must be 1..65535", Integer.toString(stepSeconds));
            }
            if (counter < 0 || counter > MAX_U32) {
                throw InvalidTokenException.of("counter", "TokenCounter", "a rotating token's counter is " + counter
                        + "; it must be 0..4294967295", Long.toString(counter));
            }
        }

        /**
         * The step that contains an instant.
         *
         * @param at the instant, at or after the epoch
         * @param stepSeconds the step length, 1..65535 seconds
         * @return the validity of that step
         * @throws InvalidTokenException when the step is out of range or the instant before the epoch
         *     or after 2106
         */
        public static Rotating at(Instant at, int stepSeconds) {
            Objects.requireNonNull(at, "at");
            if (stepSeconds < 1) {
                return new Rotating(stepSeconds, 0);
            }
            return new Rotating(stepSeconds, Math.floorDiv(at.getEpochSecond(), (long) stepSeconds));
        }

        @Override
        public Instant from() {
            return Instant.ofEpochSecond(counter * stepSeconds);
        }

        @Override
        public Instant until() {
            return Instant.ofEpochSecond((counter + 2) * stepSeconds);
        }
    }

    /**
     * A printed code's validity: from {@code notBefore} (inclusive) to {@code notAfter} (exclusive),
     * whole seconds.
     *
     * @param notBefore the first instant of validity
     * @param notAfter the first instant after the validity
     */
    record Printed(Instant notBefore, Instant notAfter) implements Validity {
        /**
         * Creates the validity, checking that both are whole seconds in 1970..2106 and in order.
         *
         * @param notBefore the first instant of validity
         * @param notAfter the first instant after the validity
         * @throws InvalidTokenException when a bound has a fraction of a second, is out of range, or
         *     notAfter is not after notBefore
         */
        public Printed {
            check("notBefore", Objects.requireNonNull(notBefore, "notBefore"));
            check("notAfter", Objects.requireNonNull(notAfter, "notAfter"));
            if (!notAfter.isAfter(notBefore)) {
                throw InvalidTokenException.of("notAfter", "TokenValidityOrder", "a printed token's notAfter " + notAfter
                        + " is not after its notBefore " + notBefore, notAfter.toString());
            }
        }

        private static void check(String field, Instant value) {
            if (value.getNano() != 0 || value.getEpochSecond() < 0 || value.getEpochSecond() > MAX_U32) {
                throw InvalidTokenException.of(field, "TokenInstant", "a printed token's " + field + " is " + value
                        + "; it must be whole seconds from 1970-01-01T00:00:00Z to 2106-02-07T06:28:15Z", value.toString());
            }
        }

        @Override
        public Instant from() {
            return notBefore;
        }

        @Override
        public Instant until() {
            return notAfter;
        }
    }
}
