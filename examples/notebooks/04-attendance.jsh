// =====================================================================================
// Notebook 04 - QR attendance, one morning and one month
//
// The fictional city "Kota Contoh" moves its staff attendance to QR codes: a screen at
// the entrance of the Balai Kota shows a code that changes every 30 seconds, and staff
// check in by scanning it with the city's app. This notebook issues the rotating code,
// renders it, verifies a morning of scans (among them a forwarded photo of the code,
// a fake-GPS cluster and a shared phone), keeps the accepted ones as attendance
// records, looks for anomalies, and ends with the monthly recap of March 2026.
//
// Run it:   examples/run examples/notebooks/04-attendance.jsh
// Explore:  examples/run --jshell examples/notebooks/04-attendance.jsh
//
// Kota Contoh, its offices, its staff, their NIPs and coordinates are FICTIONAL sample
// data. The keys are generated here for the notebook only. Every figure printed is
// computed by spbe4j.
//
// Notebook style: a statement continued on the next line leaves its line visibly
// unfinished (it ends with `.`, `,`, `+` or an open bracket).
// =====================================================================================

import io.github.spbe4j.attendance.checkin.*;
import io.github.spbe4j.attendance.qr.*;
import io.github.spbe4j.attendance.record.*;
import io.github.spbe4j.attendance.token.*;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.identifier.Nip;
import io.github.spbe4j.examples.Notebooks;
import java.security.*;
import java.security.spec.ECGenParameterSpec;
import java.time.*;
import java.util.*;

void heading(String title) { System.out.println(); System.out.println("## " + title); System.out.println(); }
ZoneId wib = IndonesiaTimeZone.WIB.zoneId();
Instant at(String local) { return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Jakarta")).toInstant(); }

// -------------------------------------------------------------------------------------
// 1. The rotating code on the screen
//
// The screen holds an HMAC key (key id 1) and signs a new token every 30 seconds: the
// location, the display, the time step and a nonce, 128 bits of HMAC-SHA256, written in
// Base45 behind "AT:" so that it fits the QR alphanumeric mode. The issuer reads time
// from an explicit Clock; here it is fixed at 07:20 WIB on Monday 2 March 2026.
// -------------------------------------------------------------------------------------
heading("1. The rotating code");

Instant morning = at("2026-03-02T07:20:05");
TokenKey screenKey = TokenKey.generateHmacSha256(1, new SecureRandom());
TokenIssuer screen = TokenIssuer.of(screenKey, Clock.fixed(morning, wib));
LocationToken token = screen.rotating("BALAIKOTA", 1, Duration.ofSeconds(30));
System.out.println("token:  " + token.text());
System.out.println("length: " + token.text().length() + " characters, valid " +
    LocalTime.ofInstant(token.body().validity().from(), wib) + " to " + LocalTime.ofInstant(token.body().validity().until(), wib) + " WIB (its 30-second step and the next)");
System.out.println("key:    " + screenKey);

QrCode qr = QrCode.of(token);
System.out.println("QR version " + qr.version() + " (" + qr.size() + " x " + qr.size() + " modules), error correction " +
    qr.errorCorrection() + ", PNG " + qr.toPng().length + " bytes, SVG " + qr.toSvg().length() + " characters");
// the code as text, for a terminal with a dark background (each character is two modules)
for (int y = -1; y <= qr.size(); y += 2) {
    StringBuilder row = new StringBuilder("  ");
    for (int x = -1; x <= qr.size(); x++) {
        boolean top = y >= 0 && y < qr.size() && x >= 0 && x < qr.size() && qr.isDark(x, y);
        boolean bottom = y + 1 >= 0 && y + 1 < qr.size() && x >= 0 && x < qr.size() && qr.isDark(x, y + 1);
        row.append(top ? (bottom ? ' ' : '\u2584') : (bottom ? '\u2580' : '\u2588'));
    }
    System.out.println(row);
}

// -------------------------------------------------------------------------------------
// 2. A morning of scans
//
// Each member of staff enrolled a P-256 key on their phone; the phone signs (token,
// NIP, time) with it, so a forwarded photo cannot be signed by the absent colleague's
// phone. The Balai Kota has a 100 m geofence. The policy requires the device signature
// and a GPS fix, and only marks (does not reject) a reported mock location: the
// anomaly detection of section 3 looks at those.
// -------------------------------------------------------------------------------------
heading("2. A morning of scans");

GeoPoint balaiKota = GeoPoint.of("-0.0265", "109.3426");
KeyPair phone() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    return g.generateKeyPair();
}
byte[] sign(KeyPair phone, Scan scan) throws Exception {
    Signature s = Signature.getInstance("SHA256withECDSA");
    s.initSign(phone.getPrivate());
    s.update(scan.signedMessage());
    return s.sign();
}

Map<String, Nip> staff = new LinkedHashMap<>();
staff.put("Ani", Nip.parse("198503122010012001"));
staff.put("Budi", Nip.parse("198807232011011002"));
staff.put("Citra", Nip.parse("199002142015032001"));
staff.put("Dedi", Nip.parse("199105052015031003"));
staff.put("Eka", Nip.parse("199208172017012002"));
staff.put("Fajar", Nip.parse("199311302019031004"));
staff.put("Gita", Nip.parse("199406062019032003"));
staff.put("Hadi", Nip.parse("199501202020121005"));
Map<String, KeyPair> phones = new HashMap<>();
InMemoryDeviceRegistry devices = DeviceRegistry.inMemory();
for (var e : staff.entrySet()) { phones.put(e.getKey(), phone()); devices.enrol(e.getValue(), phones.get(e.getKey()).getPublic()); }
// Hadi's phone is "broken": at enrolment he registered Gita's phone as his second device.
devices.enrol(staff.get("Hadi"), phones.get("Gita").getPublic());
String deviceId(String owner) throws Exception {
    byte[] h = MessageDigest.getInstance("SHA-256").digest(phones.get(owner).getPublic().getEncoded());
    return "p256:" + HexFormat.of().formatHex(h, 0, 8);
}

CheckInVerifier verifier = CheckInVerifier.of(
    TokenVerifier.of(KeyRing.of(screenKey), Duration.ofSeconds(30)),
    new InMemoryReplayGuard(100_000),
    Map.of("BALAIKOTA", Geofence.of(balaiKota, 100)),
    devices,
    new CheckInPolicy(false, true, true));

record Attempt(String who, String story, String signer, Instant at, Fix fix, RiskFlags risk) {}
Fix near(String lat, String lon) { return Fix.of(GeoPoint.of(lat, lon), 8.0); }
Fix spoofed = Fix.of(GeoPoint.of("-0.02650000", "109.34260000"), 3.0);
List<Attempt> attempts = List.of(
    new Attempt("Ani", "at the entrance", "Ani", morning.plusSeconds(4), near("-0.02655", "109.34268"), RiskFlags.NONE),
    new Attempt("Budi", "forwarded photo, from home", "Budi", morning.plusSeconds(9), near("-0.05512", "109.37120"), RiskFlags.NONE),
    new Attempt("Citra", "fake GPS", "Citra", morning.plusSeconds(11), spoofed, new RiskFlags(true, false)),
    new Attempt("Dedi", "fake GPS", "Dedi", morning.plusSeconds(14), spoofed, new RiskFlags(true, false)),
    new Attempt("Eka", "fake GPS", "Eka", morning.plusSeconds(17), spoofed, new RiskFlags(true, false)),
    new Attempt("Fajar", "on Gita's phone", "Gita", morning.plusSeconds(20), near("-0.02648", "109.34262"), RiskFlags.NONE),
    new Attempt("Gita", "at the entrance", "Gita", morning.plusSeconds(21), near("-0.02648", "109.34262"), RiskFlags.NONE),
    new Attempt("Hadi", "on Gita's phone, enrolled", "Gita", morning.plusSeconds(23), near("-0.02649", "109.34263"), RiskFlags.NONE),
    new Attempt("Ani", "scans again", "Ani", morning.plusSeconds(24), near("-0.02655", "109.34268"), RiskFlags.NONE),
    new Attempt("Budi", "the photo, ten minutes later", "Budi", morning.plusSeconds(600), near("-0.05512", "109.37120"), RiskFlags.NONE));

AttendanceLedger ledger = AttendanceLedger.create();
int accepted = 0, rejected = 0, flagged = 0;
for (Attempt a : attempts) {
    Scan scan = Scan.of(token.text(), staff.get(a.who()), a.at()).withFix(a.fix()).withRisk(a.risk());
    scan = scan.withDeviceSignature(sign(phones.get(a.signer()), scan));
    CheckInResult result = verifier.verify(scan, "BALAIKOTA");
    String outcome;
    if (result instanceof CheckInResult.Accepted ok) {
        Punch punch = Punch.verified(scan, ok, wib).withDevice(deviceId(a.signer()));
        ledger.checkIn(scan.employee(), punch.localDate(), punch);
        accepted++;
        if (!ok.marks().isEmpty()) { flagged++; }
        outcome = "accepted" + (ok.marks().isEmpty() ? "" : " " + ok.marks());
    } else {
        CheckInResult.Rejected no = (CheckInResult.Rejected) result;
        rejected++;
        outcome = "rejected " + no.reason();
    }
    System.out.printf("  %-6s %-30s %s%n", a.who(), a.story(), outcome);
}
System.out.println(accepted + " accepted (" + flagged + " flagged), " + rejected + " rejected; " +
    ledger.records().size() + " open records in the ledger");

// -------------------------------------------------------------------------------------
// 3. Anomalies
//
// The device signature stops a forwarded photo and an unenrolled phone, but not a fake-
// GPS app on one's own phone, nor a phone enrolled for two people. Those show up when
// the morning's records are read together: the same point reported by several staff
// (real fixes jitter; a fake-GPS app repeats one point), one device used by several
// staff, and moves between two punches faster than anyone travels.
// -------------------------------------------------------------------------------------
heading("3. Anomalies");

List<io.github.spbe4j.attendance.anomaly.Anomaly> findings = io.github.spbe4j.attendance.anomaly.AnomalyDetector.detect(
    io.github.spbe4j.attendance.anomaly.AnomalyPolicy.defaults(), ledger.records());
System.out.println(findings.size() + " findings in " + ledger.records().size() + " records");
for (var finding : findings) {
    System.out.println("- " + finding.description());
    finding.punches().forEach(p -> System.out.println("    " + p));
}

// -------------------------------------------------------------------------------------
// 4. The month: March 2026
//
// The attendance system exports the month as CSV, one line per employee and working day
// (nip,date,check_in,check_out, local times in WIB, then the OPD, locations, GPS fixes and
// devices). The recap streams it: its memory grows with the staff, not the lines. March
// 2026 has Ramadan hours (08:00 start) until Idul Fitri, and Nyepi, Idul Fitri and cuti
// bersama off; lateness is banded by the Permentan 68/2012 sample rules, and the PP 94/2021
// absence thresholds (medium confidence) are flagged. Every absent day counts as
// unexcused: the file holds no leave.
// -------------------------------------------------------------------------------------
heading("4. The month: recap and anomalies");

java.nio.file.Path marchCsv = Notebooks.dataFile("kota-contoh-attendance-2026-03.csv");
Map<Nip, String> opdOf = new HashMap<>();
io.github.spbe4j.attendance.recap.RecapAccumulator recap = io.github.spbe4j.attendance.recap.RecapPlan.of(
        YearMonth.of(2026, 3), io.github.spbe4j.attendance.schedule.WorkSchedule.national(wib),
        io.github.spbe4j.attendance.schedule.LatenessRules.permentan68of2012()).
    withAgencies(n -> Optional.ofNullable(opdOf.get(n))).
    start();
io.github.spbe4j.attendance.anomaly.AnomalyDetector monthly = io.github.spbe4j.attendance.anomaly.AnomalyDetector.of(
    io.github.spbe4j.attendance.anomaly.AnomalyPolicy.defaults());
long lines = RecordsCsv.forEach(marchCsv, wib, row -> {
    row.opd().ifPresent(o -> opdOf.put(row.record().employee(), o));
    recap.add(row.record());
    monthly.accept(row.record());
});
io.github.spbe4j.attendance.recap.MonthlyRecap march = recap.finish();
System.out.println(lines + " records read; " + march);
System.out.println();
march.agencies().forEach((opd, t) -> System.out.println("OPD " + opd + ": " + t));
System.out.println();
System.out.println("The five largest deductions:");
march.employees().stream().
    sorted(Comparator.comparing(io.github.spbe4j.attendance.recap.EmployeeRecap::deduction).reversed()).
    limit(5).
    forEach(e -> System.out.println("  " + e));
System.out.println();
var month = monthly.findings();
System.out.println("Anomalies in the month: " + month.size());
for (var finding : month) {
    System.out.println("- " + finding.description());
}
System.out.println();
System.out.println("Done.");
