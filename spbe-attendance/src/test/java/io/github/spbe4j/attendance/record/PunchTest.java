package io.github.spbe4j.attendance.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.attendance.checkin.CheckInMark;
import io.github.spbe4j.attendance.checkin.CheckInResult;
import io.github.spbe4j.attendance.checkin.Fix;
import io.github.spbe4j.attendance.checkin.GeoPoint;
import io.github.spbe4j.attendance.checkin.Scan;
import io.github.spbe4j.attendance.token.LocationToken;
import io.github.spbe4j.attendance.token.TokenIssuer;
import io.github.spbe4j.attendance.token.TokenKey;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.identifier.Nip;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PunchTest {

    private static final Instant AT = Instant.parse("2026-03-02T00:25:00Z");
    private static final Nip NIP = Nip.parse("196805071987121001");

    @ParameterizedTest
    @EnumSource(IndonesiaTimeZone.class)
    void localTime_indonesianZone_readsTheInstantInThatZoneWithItsLabel(IndonesiaTimeZone zone) {
        Punch punch = Punch.imported(AT, zone.zoneId());

        assertThat(punch.localDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 2, 7 + zone.utcOffsetHours() - 7, 25));
        assertThat(punch.offset()).isEqualTo(ZoneOffset.ofHours(zone.utcOffsetHours()));
        assertThat(punch.zoneLabel()).isEqualTo(zone.name());
        assertThat(punch.toString()).startsWith(punch.localDateTime() + " " + zone.name());
    }

    @Test
    void zoneLabel_otherZone_isTheZoneId() {
        assertThat(Punch.manual(AT, ZoneId.of("Asia/Singapore")).zoneLabel()).isEqualTo("Asia/Singapore");
    }

    @Test
    void importedAndManual_areUnverifiedWithoutMarks() {
        assertThat(Punch.imported(AT, ZoneOffset.UTC).outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(Punch.imported(AT, ZoneOffset.UTC).method()).isEqualTo(Method.IMPORTED);
        assertThat(Punch.manual(AT, ZoneOffset.UTC).method()).isEqualTo(Method.MANUAL);
        assertThat(Punch.manual(AT, ZoneOffset.UTC).marks()).isEmpty();
    }

    @Test
    void verified_rotatingTokenWithoutMarks_isVerifiedAtTheTokensLocationWithTheScansFix() {
        TokenIssuer issuer = TokenIssuer.of(TokenKey.hmacSha256(1, new byte[32]), Clock.fixed(AT, ZoneOffset.UTC));
        LocationToken token = issuer.rotating("PTK-01", 3, Duration.ofSeconds(30));
        Fix fix = Fix.of(GeoPoint.of("-0.0265", "109.3426"), 12.5);
        Scan scan = Scan.of(token.text(), NIP, AT).withFix(fix);

        Punch punch = Punch.verified(scan, new CheckInResult.Accepted(token, Set.of()), IndonesiaTimeZone.WIB.zoneId());

        assertThat(punch.method()).isEqualTo(Method.QR_ROTATING);
        assertThat(punch.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(punch.location()).contains("PTK-01");
        assertThat(punch.fix()).contains(fix);
        assertThat(punch.at()).isEqualTo(AT);
    }

    @Test
    void verified_printedTokenWithMarks_isFlaggedAndKeepsTheMarks() {
        TokenIssuer issuer = TokenIssuer.of(TokenKey.hmacSha256(1, new byte[32]), Clock.fixed(AT, ZoneOffset.UTC));
        LocationToken token = issuer.printed("KANTOR-7", 1, Duration.ofDays(30));
        Scan scan = Scan.of(token.text(), NIP, AT);

        Punch punch = Punch.verified(scan, new CheckInResult.Accepted(token, Set.of(CheckInMark.MOCK_LOCATION,
                CheckInMark.NO_FIX)), IndonesiaTimeZone.WITA.zoneId());

        assertThat(punch.method()).isEqualTo(Method.QR_PRINTED);
        assertThat(punch.outcome()).isEqualTo(Outcome.FLAGGED);
        assertThat(punch.marks()).containsExactlyInAnyOrder(CheckInMark.MOCK_LOCATION, CheckInMark.NO_FIX);
        assertThat(punch.fix()).isEmpty();
        assertThat(punch.toString()).contains("FLAGGED", "MOCK_LOCATION", "at KANTOR-7");
    }

    @Test
    void withDeviceAndLocation_validIds_areKeptAndEqualityCountsThem() {
        Punch plain = Punch.imported(AT, ZoneOffset.UTC);
        Punch full = plain.withLocation("KANTOR_A.1").withDevice("android:7f3a-01");

        assertThat(full.device()).contains("android:7f3a-01");
        assertThat(full.location()).contains("KANTOR_A.1");
        assertThat(full).isNotEqualTo(plain).isEqualTo(plain.withLocation("KANTOR_A.1").withDevice("android:7f3a-01"));
        assertThat(full.hashCode()).isEqualTo(plain.withLocation("KANTOR_A.1").withDevice("android:7f3a-01").hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kantor a", "KANTOR:A", "123456789012345678901234567890123", "kantor\u202e"})
    void withLocation_outsideTheAlphabetOrTooLong_namesFieldRuleAndValue(String id) {
        assertThatThrownBy(() -> Punch.imported(AT, ZoneOffset.UTC).withLocation(id))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("a location id is")
                .hasMessageContaining("1..32 characters")
                .satisfies(e -> assertThat(((InvalidRecordException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("location");
                    assertThat(p.rule()).isEqualTo(Punch.RULE);
                }))
                .hasMessageNotContaining("\u202e");
    }

    @Test
    void withDevice_controlCharacterOrTooLong_isRefusedAndTheValueIsEscaped() {
        assertThatThrownBy(() -> Punch.imported(AT, ZoneOffset.UTC).withDevice("phone\u001b[31m"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("device")
                .hasMessageNotContaining("\u001b");
        assertThatThrownBy(() -> Punch.imported(AT, ZoneOffset.UTC).withDevice("d".repeat(65)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("1..64 characters");
    }
}
