package io.github.spbe4j.attendance.checkin;

/**
 * A note on an accepted check-in: something the {@link CheckInPolicy} let pass but a reviewer may
 * want to see.
 *
 * @since 0.1.0
 */
public enum CheckInMark {
    /** The client reported a mock location, and the policy marks risk rather than rejecting it. */
    MOCK_LOCATION,
    /** The client reported a failed integrity verdict, and the policy marks risk rather than rejecting it. */
    INTEGRITY_FAILED,
    /** The scan carried no device signature, and the policy does not require one. */
    NO_DEVICE_SIGNATURE,
    /** The scan carried no GPS fix, and the policy does not require one. */
    NO_FIX
}
