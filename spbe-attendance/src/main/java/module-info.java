/**
 * spbe-attendance: QR attendance for civil servants — signed location tokens, rotating on a screen or
 * printed (HMAC-SHA256/128 or Ed25519 by key id, one Base45 text form;
 * {@link io.github.spbe4j.attendance.token.TokenVerifier}), their QR codes as PNG or SVG
 * ({@link io.github.spbe4j.attendance.qr.QrCode}), check-in verification
 * ({@link io.github.spbe4j.attendance.checkin.CheckInVerifier}), attendance records and the records CSV
 * ({@link io.github.spbe4j.attendance.record.AttendanceLedger},
 * {@link io.github.spbe4j.attendance.record.RecordsCsv}), working schedules with lateness rules as data
 * ({@link io.github.spbe4j.attendance.schedule.WorkSchedule},
 * {@link io.github.spbe4j.attendance.schedule.LatenessRules}), the streaming monthly recap
 * ({@link io.github.spbe4j.attendance.recap.RecapPlan}) and anomaly detection
 * ({@link io.github.spbe4j.attendance.anomaly.AnomalyDetector}). An early module: its API may still change.
 */
@io.github.spbe4j.core.Provisional("an early module: its API may change in a minor release before 1.0")
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
