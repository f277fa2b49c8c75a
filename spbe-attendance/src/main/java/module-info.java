/**
 * spbe-attendance: signed QR attendance tokens, check-in verification, schedules and recaps — an early
 * module: today it holds the tokens' text encoding (Base45, RFC 9285); the rest is planned, and what
 * is here may still change.
 */
@io.github.spbe4j.core.Provisional("an early module: only the token text encoding exists yet")
module io.github.spbe4j.attendance {
    requires transitive io.github.spbe4j.core;
    requires static transitive org.jspecify;

    exports io.github.spbe4j.attendance.schedule;
    exports io.github.spbe4j.attendance.token;
}
