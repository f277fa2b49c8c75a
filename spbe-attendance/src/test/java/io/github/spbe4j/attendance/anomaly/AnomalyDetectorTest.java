package io.github.spbe4j.attendance.anomaly;

import static io.github.spbe4j.attendance.testing.RecordFixtures.MONDAY;
import static io.github.spbe4j.attendance.testing.RecordFixtures.at;
import static io.github.spbe4j.attendance.testing.RecordFixtures.fix;
import static io.github.spbe4j.attendance.testing.RecordFixtures.nip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.spbe4j.attendance.checkin.Fix;
import io.github.spbe4j.attendance.checkin.GeoPoint;
import io.github.spbe4j.attendance.record.AttendanceRecord;
import io.github.spbe4j.attendance.record.InvalidRecordException;
import io.github.spbe4j.attendance.record.Punch;
import io.github.spbe4j.attendance.testing.RecordFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnomalyDetectorTest {

    private static final AnomalyPolicy DEFAULTS = AnomalyPolicy.defaults();

    /** A fixed point a fake-GPS app might repeat. */
    private static final String LAT = "-6.18123456";
    private static final String LON = "106.82876543";

    private static AttendanceRecord open(int employee, Punch in) {
        return AttendanceRecord.open(nip(employee), in.localDate(), in);
    }

    private static AttendanceRecord closed(int employee, Punch in, Punch out) {
        return AttendanceRecord.of(nip(employee), in.localDate(), in, out);
    }

    private static Punch atPoint(String time, String lat, String lon) {
        return at(time).withFix(fix(lat, lon, 5));
    }

    // same point

    @Test
    void findings_threeEmployeesReportOnePoint_oneSamePointNamingEachPunch() {
        AttendanceRecord a = open(1, atPoint("07:01", LAT, LON));
        AttendanceRecord b = closed(2, atPoint("07:03", LAT, LON), atPoint("16:02", LAT, LON));
        AttendanceRecord c = open(3, atPoint("07:02", LAT, LON));
        AttendanceRecord honest = open(4, atPoint("07:04", "-6.18123457", LON));

        List<Anomaly> findings = AnomalyDetector.detect(DEFAULTS, List.of(a, b, c, honest));

        assertThat(findings).singleElement().isInstanceOfSatisfying(Anomaly.SamePoint.class, same -> {
            assertThat(same.point()).isEqualTo(GeoPoint.of(LAT, LON));
            assertThat(same.window()).isEqualTo(AnomalyPolicy.Window.DAY);
            assertThat(same.start()).isEqualTo(MONDAY);
            assertThat(same.employees()).containsExactly(nip(1), nip(2), nip(3));
            assertThat(same.punches()).containsExactly(PunchRef.checkIn(a), PunchRef.checkIn(c), PunchRef.checkIn(b),
                    PunchRef.checkOut(b));
            assertThat(same.description()).isEqualTo("3 employees reported the same point " + LAT + "," + LON
                    + " on 2026-03-02 in 4 punches: 199001012020121001, 199001012020121002, 199001012020121003");
            assertThat(same).hasToString(same.description());
        });
    }

    @Test
    void findings_twoEmployeesOnOnePoint_belowTheDefaultThresholdOfThree_nothing() {
        List<AttendanceRecord> records = List.of(open(1, atPoint("07:01", LAT, LON)), open(2, atPoint("07:02", LAT, LON)));

        assertThat(AnomalyDetector.detect(DEFAULTS, records)).isEmpty();
        assertThat(AnomalyDetector.detect(DEFAULTS.withSamePointEmployees(2), records))
                .singleElement().isInstanceOf(Anomaly.SamePoint.class);
    }

    @Test
    void findings_oneEmployeeReportsOnePointThreeTimes_isOneEmployee_nothing() {
        List<AttendanceRecord> records = List.of(closed(1, atPoint("07:01", LAT, LON), atPoint("11:00", LAT, LON)),
                closed(1, atPoint("12:00", LAT, LON), atPoint("16:00", LAT, LON)));

        assertThat(AnomalyDetector.detect(DEFAULTS, records)).isEmpty();
    }

    @Test
    void findings_samePointWrittenWithMoreZeros_isTheSamePoint() {
        List<AttendanceRecord> records = List.of(open(1, atPoint("07:01", "-6.1750", "106.8270")),
                open(2, atPoint("07:02", "-6.175", "106.827")), open(3, atPoint("07:03", "-6.17500000", "106.82700")));

        assertThat(AnomalyDetector.detect(DEFAULTS, records)).singleElement()
                .isInstanceOfSatisfying(Anomaly.SamePoint.class, s -> assertThat(s.point()).isEqualTo(GeoPoint.of("-6.175", "106.827")));
    }

    @Test
    void findings_jitteringFixesRoundedToFourPlaces_aSamePointOnlyWhenThePolicyRounds() {
        List<AttendanceRecord> records = List.of(open(1, atPoint("07:01", "-6.18121", "106.82879")),
                open(2, atPoint("07:02", "-6.18119", "106.82881")), open(3, atPoint("07:03", "-6.1812", "106.8288")));

        assertThat(AnomalyDetector.detect(DEFAULTS, records)).isEmpty();
        assertThat(AnomalyDetector.detect(DEFAULTS.withPointDecimals(4), records)).singleElement()
                .isInstanceOfSatisfying(Anomaly.SamePoint.class, s -> {
                    assertThat(s.point()).isEqualTo(GeoPoint.of("-6.1812", "106.8288"));
                    assertThat(s.punches()).hasSize(3);
                });
    }

    @Test
    void findings_samePointOnThreeDays_nothingPerDayButOneFindingPerMonth() {
        List<AttendanceRecord> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Punch in = at(MONDAY.plusDays(i), "07:00").withFix(fix(LAT, LON, 3));
            records.add(AttendanceRecord.open(nip(i + 1), in.localDate(), in));
        }

        assertThat(AnomalyDetector.detect(DEFAULTS, records)).isEmpty();
        assertThat(AnomalyDetector.detect(DEFAULTS.withWindow(AnomalyPolicy.Window.MONTH), records)).singleElement()
                .isInstanceOfSatisfying(Anomaly.SamePoint.class, s -> {
                    assertThat(s.start()).isEqualTo(MONDAY.withDayOfMonth(1));
                    assertThat(s.description()).contains(" in 2026-03 in 3 punches");
                });
    }

    // shared device

    @Test
    void findings_twoEmployeesOnOneDevice_oneSharedDeviceNamingTheirPunches() {
        AttendanceRecord a = closed(1, at("07:00").withDevice("phone-7"), at("16:00").withDevice("phone-7"));
        AttendanceRecord b = open(2, at("07:01").withDevice("phone-7"));
        AttendanceRecord other = open(3, at("07:02").withDevice("phone-8"));

        List<Anomaly> findings = AnomalyDetector.detect(DEFAULTS, List.of(other, b, a));

        assertThat(findings).singleElement().isInstanceOfSatisfying(Anomaly.SharedDevice.class, shared -> {
            assertThat(shared.device()).isEqualTo("phone-7");
            assertThat(shared.employees()).containsExactly(nip(1), nip(2));
            assertThat(shared.punches()).containsExactly(PunchRef.checkIn(a), PunchRef.checkIn(b), PunchRef.checkOut(a));
            assertThat(shared).hasToString("device phone-7 was used by 2 employees on 2026-03-02 in 3 punches: "
                    + "199001012020121001, 199001012020121002");
        });
    }

    @Test
    void findings_oneEmployeeOnTwoDevices_isNotASharedDevice() {
        List<AttendanceRecord> records = List.of(closed(1, at("07:00").withDevice("phone-7"), at("16:00").withDevice("tablet-1")));

        assertThat(AnomalyDetector.detect(DEFAULTS, records)).isEmpty();
    }

    @Test
    void findings_oneDeviceOnTwoDays_sharedOnlyOverTheMonth() {
        Punch monday = at(MONDAY, "07:00").withDevice("phone-7");
        Punch tuesday = at(MONDAY.plusDays(1), "07:00").withDevice("phone-7");
        List<AttendanceRecord> records = List.of(AttendanceRecord.open(nip(1), MONDAY, monday),
                AttendanceRecord.open(nip(2), MONDAY.plusDays(1), tuesday));

        assertThat(AnomalyDetector.detect(DEFAULTS, records)).isEmpty();
        assertThat(AnomalyDetector.detect(DEFAULTS.withWindow(AnomalyPolicy.Window.MONTH), records))
                .singleElement().isInstanceOf(Anomaly.SharedDevice.class);
        assertThat(AnomalyDetector.detect(DEFAULTS.withSharedDeviceEmployees(3), records)).isEmpty();
    }

    // impossible travel

    private static final String JAKARTA_LAT = "-6.1812";
    private static final String JAKARTA_LON = "106.8288";
    private static final String BANDUNG_LAT = "-6.9121";
    private static final String BANDUNG_LON = "107.6097";

    @Test
    void findings_jakartaThenBandungHalfAnHourLater_impossibleTravelNamingBothPunches() {
        AttendanceRecord r = closed(1, at("07:00").withFix(fix(JAKARTA_LAT, JAKARTA_LON, 10)),
                at("07:30").withFix(fix(BANDUNG_LAT, BANDUNG_LON, 20)));

        List<Anomaly> findings = AnomalyDetector.detect(DEFAULTS, List.of(r));

        assertThat(findings).singleElement().isInstanceOfSatisfying(Anomaly.ImpossibleTravel.class, t -> {
            assertThat(t.from()).isEqualTo(PunchRef.checkIn(r));
            assertThat(t.to()).isEqualTo(PunchRef.checkOut(r));
            assertThat(t.punches()).containsExactly(PunchRef.checkIn(r), PunchRef.checkOut(r));
            assertThat(t.employees()).containsExactly(nip(1));
            assertThat(t.elapsed()).isEqualTo(Duration.ofMinutes(30));
            assertThat(t.distanceMetres()).isCloseTo(118_200, within(1_000.0));
            assertThat(t.beyondAccuracyMetres()).isEqualTo(t.distanceMetres() - 30);
            assertThat(t.impliedKmh()).isCloseTo(t.beyondAccuracyMetres() / 1800 * 3.6, within(1e-9));
            assertThat(t.description()).startsWith("199001012020121001 moved 1").contains(" in 30 min, ")
                    .endsWith(" km/h, from check-in 2026-03-02T07:00 WIB to check-out 2026-03-02T07:30 WIB");
        });
    }

    @Test
    void findings_jakartaThenBandungThreeHoursLater_aPlausibleSpeed_nothing() {
        AttendanceRecord r = closed(1, at("07:00").withFix(fix(JAKARTA_LAT, JAKARTA_LON, 10)),
                at("10:00").withFix(fix(BANDUNG_LAT, BANDUNG_LON, 20)));

        assertThat(AnomalyDetector.detect(DEFAULTS, List.of(r))).isEmpty();
        assertThat(AnomalyDetector.detect(DEFAULTS.withMaxSpeedKmh(30), List.of(r)))
                .singleElement().isInstanceOf(Anomaly.ImpossibleTravel.class);
    }

    @Test
    void findings_twoKilometresInAMinuteWithinTheAccuracyRadii_nothing() {
        // about 2.2 km apart in one minute: 133 km/h with precise fixes, nothing when the radii cover the jump
        AttendanceRecord covered = closed(1, at("07:00").withFix(fix("-6.1800", "106.8200", 1200)),
                at("07:01").withFix(fix("-6.2000", "106.8200", 1200)));
        AttendanceRecord precise = closed(2, at("07:00").withFix(fix("-6.1800", "106.8200", 5)),
                at("07:01").withFix(fix("-6.2000", "106.8200", 5)));

        List<Anomaly> findings = AnomalyDetector.detect(DEFAULTS.withMaxSpeedKmh(60), List.of(covered, precise));

        assertThat(findings).singleElement().isInstanceOfSatisfying(Anomaly.ImpossibleTravel.class,
                t -> assertThat(t.employees()).containsExactly(nip(2)));
    }

    @Test
    void findings_twoPointsAtTheSameInstant_impossibleTravelAtNoTimeAtAll() {
        Punch in = at("07:00").withFix(fix(JAKARTA_LAT, JAKARTA_LON, 10));
        AttendanceRecord here = open(1, in);
        AttendanceRecord there = open(1, at("07:00").withFix(fix(BANDUNG_LAT, BANDUNG_LON, 10)));

        assertThat(AnomalyDetector.detect(DEFAULTS, List.of(here, there))).singleElement()
                .isInstanceOfSatisfying(Anomaly.ImpossibleTravel.class, t -> {
                    assertThat(t.impliedKmh()).isInfinite();
                    assertThat(t.description()).contains(" in 0 s, no time at all, ");
                });
    }

    @Test
    void findings_yesterdaysCheckOutAndTodaysCheckIn_areConsecutivePunches() {
        AttendanceRecord monday = AttendanceRecord.of(nip(1), MONDAY, at("07:00").withFix(fix(JAKARTA_LAT, JAKARTA_LON, 10)),
                at("23:30").withFix(fix(JAKARTA_LAT, JAKARTA_LON, 10)));
        Punch tuesdayIn = at(MONDAY.plusDays(1), "00:10").withFix(fix(BANDUNG_LAT, BANDUNG_LON, 10));
        AttendanceRecord tuesday = AttendanceRecord.open(nip(1), MONDAY.plusDays(1), tuesdayIn);

        assertThat(AnomalyDetector.detect(DEFAULTS, List.of(tuesday, monday))).singleElement()
                .isInstanceOfSatisfying(Anomaly.ImpossibleTravel.class, t -> {
                    assertThat(t.from()).isEqualTo(PunchRef.checkOut(monday));
                    assertThat(t.to()).isEqualTo(PunchRef.checkIn(tuesday));
                });
    }

    @Test
    void findings_punchWithoutPositionBetweenTwoFixes_isSkipped() {
        AttendanceRecord first = open(1, at("07:00").withFix(fix(JAKARTA_LAT, JAKARTA_LON, 10)));
        AttendanceRecord manual = open(1, Punch.manual(at("07:10").at(), at("07:10").zone()));
        AttendanceRecord second = open(1, at("07:20").withFix(fix(BANDUNG_LAT, BANDUNG_LON, 10)));

        assertThat(AnomalyDetector.detect(DEFAULTS, List.of(first, manual, second))).singleElement()
                .isInstanceOfSatisfying(Anomaly.ImpossibleTravel.class, t -> assertThat(t.punches())
                        .containsExactly(PunchRef.checkIn(first), PunchRef.checkIn(second)));
    }

    @Test
    void findings_onlyConsecutivePunchesAreCompared() {
        // Jakarta, Bandung four hours later (plausible), Jakarta five minutes later (not): one finding, the last hop
        AttendanceRecord a = open(1, at("07:00").withFix(fix(JAKARTA_LAT, JAKARTA_LON, 10)));
        AttendanceRecord b = closed(1, at("11:00").withFix(fix(BANDUNG_LAT, BANDUNG_LON, 10)),
                at("11:05").withFix(fix(JAKARTA_LAT, JAKARTA_LON, 10)));

        assertThat(AnomalyDetector.detect(DEFAULTS, List.of(a, b))).singleElement()
                .isInstanceOfSatisfying(Anomaly.ImpossibleTravel.class, t -> assertThat(t.punches())
                        .containsExactly(PunchRef.checkIn(b), PunchRef.checkOut(b)));
    }

    // quick location change

    @Test
    void findings_twoLocationsFiveMinutesApartWithoutFixes_quickLocationChange() {
        AttendanceRecord r = closed(1, at("07:00").withLocation("KANTOR-A"), at("07:05").withLocation("KANTOR-B"));

        assertThat(AnomalyDetector.detect(DEFAULTS, List.of(r))).singleElement()
                .isInstanceOfSatisfying(Anomaly.QuickLocationChange.class, q -> {
                    assertThat(q.punches()).containsExactly(PunchRef.checkIn(r), PunchRef.checkOut(r));
                    assertThat(q.elapsed()).isEqualTo(Duration.ofMinutes(5));
                    assertThat(q).hasToString("199001012020121001 punched at KANTOR-A and at KANTOR-B 5 min apart, from "
                            + "check-in 2026-03-02T07:00 WIB to check-out 2026-03-02T07:05 WIB");
                });
    }

    @Test
    void findings_twoLocationsAtTheThresholdOrSameLocation_nothing() {
        AttendanceRecord slow = closed(1, at("07:00").withLocation("KANTOR-A"), at("07:10").withLocation("KANTOR-B"));
        AttendanceRecord same = closed(2, at("07:00").withLocation("KANTOR-A"), at("07:01").withLocation("KANTOR-A"));

        assertThat(AnomalyDetector.detect(DEFAULTS, List.of(slow, same))).isEmpty();
        assertThat(AnomalyDetector.detect(DEFAULTS.withMinLocationChange(Duration.ofMinutes(11)), List.of(slow, same)))
                .singleElement().isInstanceOf(Anomaly.QuickLocationChange.class);
        AttendanceRecord quick = closed(3, at("07:00").withLocation("KANTOR-A"), at("07:01").withLocation("KANTOR-B"));
        assertThat(AnomalyDetector.detect(DEFAULTS.withMinLocationChange(Duration.ZERO), List.of(quick))).isEmpty();
    }

    @Test
    void findings_twoLocationsWithFixesOnBoth_decidedByTheFixesAlone() {
        AttendanceRecord r = closed(1, at("07:00").withLocation("KANTOR-A").withFix(fix("-6.1800", "106.8200", 10)),
                at("07:02").withLocation("KANTOR-B").withFix(fix("-6.1801", "106.8201", 10)));

        assertThat(AnomalyDetector.detect(DEFAULTS, List.of(r))).isEmpty();
    }

    @Test
    void findings_twoLocationsWithAFixOnOne_quickLocationChange() {
        AttendanceRecord r = closed(1, at("07:00").withLocation("KANTOR-A").withFix(fix("-6.1800", "106.8200", 10)),
                at("07:02").withLocation("KANTOR-B"));

        assertThat(AnomalyDetector.detect(DEFAULTS, List.of(r))).singleElement().isInstanceOf(Anomaly.QuickLocationChange.class);
    }

    // the detector as a whole

    private static List<AttendanceRecord> morning() {
        List<AttendanceRecord> records = new ArrayList<>();
        for (int i = 1; i <= 5; i++) { // a fake-GPS cluster
            records.add(open(i, at(String.format("07:%02d", i)).withFix(fix(LAT, LON, 3)).withDevice("own-" + i)));
        }
        records.add(open(6, at("07:10").withDevice("shared"))); // a shared phone
        records.add(open(7, at("07:11").withDevice("shared")));
        records.add(closed(8, at("07:00").withFix(fix(JAKARTA_LAT, JAKARTA_LON, 10)), // a forwarded code
                at("07:20").withFix(fix(BANDUNG_LAT, BANDUNG_LON, 10))));
        records.add(closed(9, at("07:00").withLocation("KANTOR-A"), at("07:03").withLocation("KANTOR-B")));
        for (int i = 10; i <= 30; i++) { // honest colleagues
            records.add(closed(i, at("07:30").withFix(fix("-6.18" + i, "106.82" + i, 8)).withDevice("own-" + i),
                    at("16:00").withFix(fix("-6.18" + i, "106.82" + (i + 1), 8)).withDevice("own-" + i)));
        }
        return records;
    }

    @Test
    void findings_aMorningOfEachAttack_oneFindingEachInOrderOfTheFirstPunch() {
        List<Anomaly> findings = AnomalyDetector.detect(DEFAULTS, morning());

        assertThat(findings).hasSize(4);
        assertThat(findings.get(0)).isInstanceOf(Anomaly.ImpossibleTravel.class);
        assertThat(findings.get(1)).isInstanceOf(Anomaly.QuickLocationChange.class);
        assertThat(findings.get(2)).isInstanceOf(Anomaly.SamePoint.class);
        assertThat(findings.get(3)).isInstanceOf(Anomaly.SharedDevice.class);
        assertThat(findings).isSortedAccordingTo(Anomaly.ORDER);
    }

    @Test
    void findings_recordsShuffledOrRepeated_sameFindings() {
        List<Anomaly> expected = AnomalyDetector.detect(DEFAULTS, morning());
        Random random = new Random(20_260_302L);
        for (int round = 0; round < 20; round++) {
            List<AttendanceRecord> records = new ArrayList<>(morning());
            records.addAll(morning().subList(0, random.nextInt(records.size())));
            Collections.shuffle(records, random);
            assertThat(AnomalyDetector.detect(DEFAULTS, records)).isEqualTo(expected);
        }
    }

    @Test
    void findings_askedTwiceAndAfterMoreRecords_coversEverythingRead() {
        AnomalyDetector detector = AnomalyDetector.of(DEFAULTS);
        detector.accept(open(1, atPoint("07:01", LAT, LON)));
        detector.accept(open(2, atPoint("07:02", LAT, LON)));
        assertThat(detector.findings()).isEmpty();

        detector.accept(open(3, atPoint("07:03", LAT, LON)));

        assertThat(detector.findings()).hasSize(1).isEqualTo(detector.findings());
        assertThat(detector.policy()).isSameAs(DEFAULTS);
    }

    @Test
    void findings_recordsWithoutFixDeviceOrLocation_nothing() {
        List<AttendanceRecord> records = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            records.add(closed(i, at("07:00"), at("16:00")));
        }

        assertThat(AnomalyDetector.detect(DEFAULTS, records)).isEmpty();
    }

    @Test
    void findings_theList_isUnmodifiable() {
        List<Anomaly> findings = AnomalyDetector.detect(DEFAULTS, morning());

        assertThatThrownBy(() -> findings.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> findings.get(0).punches().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void findings_theExampleOfTheAttendanceDocs_printsWhatTheDocsShow() {
        ZoneId wib = RecordFixtures.WIB;
        Fix fake = Fix.of(GeoPoint.of("-0.02630000", "109.34250000"), 3);
        List<AttendanceRecord> records = List.of(
                AttendanceRecord.open(nip(1), MONDAY, Punch.imported(Instant.parse("2026-03-02T00:01:00Z"), wib).withFix(fake).withDevice("phone-7")),
                AttendanceRecord.open(nip(2), MONDAY, Punch.imported(Instant.parse("2026-03-02T00:02:00Z"), wib).withFix(fake).withDevice("phone-7")),
                AttendanceRecord.open(nip(3), MONDAY, Punch.imported(Instant.parse("2026-03-02T00:03:00Z"), wib).withFix(fake).withDevice("phone-3")));
        AnomalyDetector detector = AnomalyDetector.of(AnomalyPolicy.defaults());
        records.forEach(detector);

        StringBuilder out = new StringBuilder();
        for (Anomaly finding : detector.findings()) {
            out.append(finding.description()).append('\n');
            for (PunchRef punch : finding.punches()) {
                out.append("  ").append(punch).append('\n');
            }
        }

        assertThat(out.toString()).isEqualTo("""
                3 employees reported the same point -0.0263,109.3425 on 2026-03-02 in 3 punches: 199001012020121001, 199001012020121002, 199001012020121003
                  199001012020121001 check-in 2026-03-02T07:01 WIB on phone-7 fix -0.0263,109.3425 \u00b13 m
                  199001012020121002 check-in 2026-03-02T07:02 WIB on phone-7 fix -0.0263,109.3425 \u00b13 m
                  199001012020121003 check-in 2026-03-02T07:03 WIB on phone-3 fix -0.0263,109.3425 \u00b13 m
                device phone-7 was used by 2 employees on 2026-03-02 in 2 punches: 199001012020121001, 199001012020121002
                  199001012020121001 check-in 2026-03-02T07:01 WIB on phone-7 fix -0.0263,109.3425 \u00b13 m
                  199001012020121002 check-in 2026-03-02T07:02 WIB on phone-7 fix -0.0263,109.3425 \u00b13 m
                """);
    }

    // references and findings as values

    @Test
    void punchRef_checkOutOfAnOpenRecord_isRefused() {
        AttendanceRecord r = open(1, at("07:00"));

        assertThatThrownBy(() -> PunchRef.checkOut(r)).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("has no check-out");
    }

    @Test
    void punchRef_toString_namesEmployeeSideTimeLocationDeviceAndFix() {
        AttendanceRecord r = open(1, at("07:01").withLocation("KANTOR-A").withDevice("phone-1").withFix(fix(LAT, LON, 12)));

        assertThat(PunchRef.checkIn(r)).hasToString("199001012020121001 check-in 2026-03-02T07:01 WIB at KANTOR-A on phone-1 fix "
                + LAT + "," + LON + " \u00b112 m");
        assertThat(PunchRef.checkIn(r).punch()).isSameAs(r.checkIn());
    }

    @Test
    void impossibleTravel_punchesOfTwoEmployeesOrOutOfOrder_isRefused() {
        PunchRef one = PunchRef.checkIn(open(1, at("07:00")));
        PunchRef two = PunchRef.checkIn(open(2, at("07:05")));
        PunchRef later = PunchRef.checkIn(open(1, at("07:10")));

        assertThatThrownBy(() -> new Anomaly.QuickLocationChange(one, two, Duration.ofMinutes(5)))
                .isInstanceOf(InvalidAnomalyException.class).hasMessageContaining("two punches of one employee");
        assertThatThrownBy(() -> new Anomaly.ImpossibleTravel(later, one, 1, 1, Duration.ofMinutes(10)))
                .isInstanceOf(InvalidAnomalyException.class);
    }

    @Test
    void samePoint_noPunches_isRefused() {
        assertThatThrownBy(() -> new Anomaly.SamePoint(GeoPoint.of(LAT, LON), AnomalyPolicy.Window.DAY, MONDAY,
                List.of(nip(1)), List.of())).isInstanceOf(InvalidAnomalyException.class);
    }
}
