/**
 * spbe-attendance: signed QR attendance tokens, check-in verification, schedules and recaps — an early
 * module: today it holds signed location tokens (rotating and printed, HMAC-SHA256/128 or Ed25519 by key
 * id, one Base45 text form; {@link io.github.spbe4j.attendance.token.TokenVerifier}) and working schedules
 * with lateness rules as data ({@link io.github.spbe4j.attendance.schedule.WorkSchedule},
 * {@link io.github.spbe4j.attendance.schedule.LatenessRules}), the tokens' QR codes as PNG or SVG
 * ({@link io.github.spbe4j.attendance.qr.QrCode}) and check-in verification
 * ({@link io.github.spbe4j.attendance.checkin.CheckInVerifier}); attendance records and recaps are planned,
 * and what is here may still change.
 */
@io.github.spbe4j.core.Provisional("an early module: tokens, QR codes, check-in verification, schedules and lateness rules exist; records and recaps do not yet")
@SuppressWarnings("requires-automatic") // ZXing core has no module descriptor; its automatic name is com.google.zxing
module io.github.spbe4j.attendance {
    requires transitive io.github.spbe4j.core;
    requires static transitive org.jspecify;
    requires com.google.zxing;
    requires java.desktop;

    exports io.github.spbe4j.attendance.anomaly;
    exports io.github.spbe4j.attendance.checkin;
    exports io.github.spbe4j.attendance.qr;
    exports io.github.spbe4j.attendance.recap;
    exports io.github.spbe4j.attendance.record;
    exports io.github.spbe4j.attendance.schedule;
    exports io.github.spbe4j.attendance.token;
}
