/**
 * spbe-attendance: signed QR attendance tokens, check-in verification, schedules and recaps.
 */
module io.github.spbe4j.attendance {
    requires transitive io.github.spbe4j.core;
    requires static transitive org.jspecify;

    exports io.github.spbe4j.attendance.token;
}
