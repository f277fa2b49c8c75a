package io.github.spbe4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.identifier.RegionCode;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The time zone of a region, from its province. */
class IndonesiaTimeZoneTest {

    @ParameterizedTest
    @CsvSource({"61.71, WIB", "61.71.01.1001, WIB", "31.71, WIB", "11, WIB", "51.71, WITA", "73.71, WITA", "64.72, WITA",
            "65, WITA", "91.71, WIT", "82.71, WIT", "96, WIT", "62.71, WIB"})
    void of_aRegionOfAnyLevel_isTheZoneOfItsProvince(String code, IndonesiaTimeZone zone) {
        assertThat(IndonesiaTimeZone.of(RegionCode.parse(code))).hasValue(zone);
    }

    @Test
    void of_aProvinceCodeKemendagriDoesNotHave_isEmpty() {
        assertThat(IndonesiaTimeZone.of(RegionCode.parse("99.71"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(IndonesiaTimeZone.class)
    void zoneId_hasTheDocumentedOffsetAllYearRound(IndonesiaTimeZone zone) {
        for (String instant : new String[] {"2026-01-15T00:00:00Z", "2026-07-15T00:00:00Z", "1995-03-01T00:00:00Z"}) {
            assertThat(zone.zoneId().getRules().getOffset(Instant.parse(instant)))
                    .isEqualTo(ZoneOffset.ofHours(zone.utcOffsetHours()));
        }
    }
}
