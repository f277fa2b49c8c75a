package io.github.spbe4j.core.calendar;

import io.github.spbe4j.core.identifier.RegionCode;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One of Indonesia's three time zones — WIB, WITA and WIT — and the one a region lies in, found from
 * its province: the zone in which "the end of a working day" is read for an agency of that region.
 *
 * <p>The three zones and the provinces in each are set by Keputusan Presiden 41/1987; a province
 * created since lies in the zone of the province it was split from (Kalimantan Utara from Kalimantan
 * Timur, the Papua provinces of 2022 from Papua and Papua Barat, and so on). An agency whose practice
 * differs passes its own {@link ZoneId} where spbe4j asks for one; this mapping is only the default.
 *
 * <pre>{@code
 * ZoneId zone = IndonesiaTimeZone.of(RegionCode.parse("61.71")).orElseThrow().zoneId();   // Asia/Jakarta
 * }</pre>
 *
 * @since 0.1.0
 */
public enum IndonesiaTimeZone {

    /** Waktu Indonesia Barat, UTC+7: Sumatra, Java, West and Central Kalimantan. */
    WIB("Asia/Jakarta", 7),

    /** Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi. */
    WITA("Asia/Makassar", 8),

    /** Waktu Indonesia Timur, UTC+9: Maluku and Papua. */
    WIT("Asia/Jayapura", 9);

    /** The zone of each province, by its two-digit Kemendagri code. */
    private static final Map<String, IndonesiaTimeZone> BY_PROVINCE = Map.ofEntries(
            Map.entry("11", WIB), Map.entry("12", WIB), Map.entry("13", WIB), Map.entry("14", WIB), Map.entry("15", WIB),
            Map.entry("16", WIB), Map.entry("17", WIB), Map.entry("18", WIB), Map.entry("19", WIB), Map.entry("21", WIB),
            Map.entry("31", WIB), Map.entry("32", WIB), Map.entry("33", WIB), Map.entry("34", WIB), Map.entry("35", WIB),
            Map.entry("36", WIB),
            Map.entry("51", WITA), Map.entry("52", WITA), Map.entry("53", WITA),
            Map.entry("61", WIB), Map.entry("62", WIB), Map.entry("63", WITA), Map.entry("64", WITA), Map.entry("65", WITA),
            Map.entry("71", WITA), Map.entry("72", WITA), Map.entry("73", WITA), Map.entry("74", WITA), Map.entry("75", WITA),
            Map.entry("76", WITA),
            Map.entry("81", WIT), Map.entry("82", WIT),
            Map.entry("91", WIT), Map.entry("92", WIT), Map.entry("93", WIT), Map.entry("94", WIT), Map.entry("95", WIT),
            Map.entry("96", WIT));

    private final ZoneId zoneId;
    private final int utcOffsetHours;

    IndonesiaTimeZone(String zoneId, int utcOffsetHours) {
        this.zoneId = ZoneId.of(zoneId);
        this.utcOffsetHours = utcOffsetHours;
    }

    /**
     * Returns the zone a region lies in, by its province; empty for a province code Kemendagri's list
     * does not have.
     *
     * @param region a region code of any level
     * @return the zone, if the province is known
     */
    public static Optional<IndonesiaTimeZone> of(RegionCode region) {
        Objects.requireNonNull(region, "region");
        return Optional.ofNullable(BY_PROVINCE.get(region.undotted().substring(0, 2)));
    }

    /**
     * Returns the zone's identifier in the time-zone database: {@code Asia/Jakarta},
     * {@code Asia/Makassar} or {@code Asia/Jayapura}.
     *
     * @return the zone id
     */
    public ZoneId zoneId() {
        return zoneId;
    }

    /**
     * Returns the zone's offset from UTC in hours (Indonesia keeps no daylight saving time).
     *
     * @return 7, 8 or 9
     */
    public int utcOffsetHours() {
        return utcOffsetHours;
    }
}
