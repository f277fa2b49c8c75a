package io.github.spbe4j.attendance.record;

/**
 * How a {@link Punch} was taken.
 *
 * @since 0.1.0
 */
public enum Method {
    /** A scan of a rotating location token shown on a screen. */
    QR_ROTATING,
    /** A scan of a printed location token. */
    QR_PRINTED,
    /** Entered by hand by an administrator (a forgotten phone, a failed scan). */
    MANUAL,
    /** Read from a file another system wrote, such as a records CSV; how it was taken is not known. */
    IMPORTED
}
