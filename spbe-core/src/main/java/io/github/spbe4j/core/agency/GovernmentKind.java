package io.github.spbe4j.core.agency;

import io.github.spbe4j.core.identifier.RegionCode;
import java.util.Optional;

/**
 * The kind of government an instansi is: a central agency (kementerian or lembaga, instansi pusat) or
 * a regional government (pemerintah daerah) of a province, a regency (kabupaten) or a city (kota).
 *
 * @since 0.1.0
 */
public enum GovernmentKind {
    /** A ministry or agency of the central government; it has no region code. */
    CENTRAL(null, null),
    /** Pemerintah Provinsi: a province-level region code. */
    PROVINCE(RegionCode.Level.PROVINCE, null),
    /** Pemerintah Kabupaten: a regency-level region code of kind kabupaten. */
    REGENCY(RegionCode.Level.REGENCY_CITY, RegionCode.Kind.KABUPATEN),
    /** Pemerintah Kota: a regency-level region code of kind kota. */
    CITY(RegionCode.Level.REGENCY_CITY, RegionCode.Kind.KOTA);

    private final RegionCode.Level level;
    private final RegionCode.Kind kind;

    GovernmentKind(RegionCode.Level level, RegionCode.Kind kind) {
        this.level = level;
        this.kind = kind;
    }

    /**
     * Returns the level of region code this kind of government has.
     *
     * @return the level, empty for a central agency
     */
    public Optional<RegionCode.Level> regionLevel() {
        return Optional.ofNullable(level);
    }

    /**
     * Returns the kind of region code this kind of government has, where the level has kinds.
     *
     * @return the kind, empty for central agencies and provinces
     */
    public Optional<RegionCode.Kind> regionKind() {
        return Optional.ofNullable(kind);
    }
}
