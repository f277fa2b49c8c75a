package io.github.spbe4j.complaints;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.TextPolicy;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The government that handles a set of complaints — a Pemkot or Pemkab, or one of its agencies — and the
 * time zone its deadlines run in: by default the zone of its region's province (WIB, WITA or WIT,
 * Keppres 41/1987), which a deployment may override.
 *
 * @param name its name, e.g. {@code Pemerintah Kota Contoh} (text policy NAME, 1 to 200 characters)
 * @param region its Kemendagri region code, e.g. {@code 61.71}; empty when not given
 * @param zone the time zone of its deadlines
 * @since 0.1.0
 */
public record HandlingAgency(String name, Optional<RegionCode> region, ZoneId zone) {

    /** The rule of a problem about an agency whose time zone cannot be told. */
    public static final String ZONE_RULE = "TimeZone";

    /**
     * Checks the name.
     *
     * @param name the name
     * @param region the region code
     * @param zone the time zone
     * @throws InvalidComplaintException if the name breaks the text policy or is blank or too long
     */
    public HandlingAgency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(zone, "zone");
        ProblemList problems = ProblemList.inOrderFound();
        Rules.text(problems, "name", name, TextPolicy.NAME, 1, 200);
        Rules.throwIfAny(problems, "agency");
    }

    /**
     * Returns an agency in a region, in the time zone of the region's province.
     *
     * @param name the name
     * @param region the region code, e.g. {@code 61.71} (Kota Pontianak, WIB)
     * @return the agency
     * @throws InvalidComplaintException if the region's province has no known time zone
     */
    public static HandlingAgency of(String name, RegionCode region) {
        Objects.requireNonNull(region, "region");
        IndonesiaTimeZone zone = IndonesiaTimeZone.of(region).orElseThrow(() -> new InvalidComplaintException(Problem.of("region",
                ZONE_RULE, "the time zone of region " + region + " is not known: its province is not one of Indonesia's; give the zone",
                region.toString())));
        return new HandlingAgency(name, Optional.of(region), zone.zoneId());
    }

    /**
     * Returns this agency with another time zone, e.g. for an agency whose offices keep another zone.
     *
     * @param value the zone
     * @return the agency
     */
    public HandlingAgency withZone(ZoneId value) {
        return new HandlingAgency(name, region, value);
    }
}
