package io.github.spbe4j.core.agency;

import io.github.spbe4j.core.identifier.RegionCode;
import java.util.Optional;

/**
 * The kind of an organisational unit of a government: the perangkat daerah (OPD) — secretariat,
 * inspectorate, dinas, badan, kecamatan — and the units below them, down to the kelurahan office.
 *
 * @since 0.1.0
 */
public enum UnitKind {
    /** Sekretariat Daerah or Sekretariat DPRD. */
    SEKRETARIAT(true, null),
    /** Inspektorat, the internal auditor. */
    INSPEKTORAT(true, null),
    /** A dinas (service agency), e.g. Dinas Kependudukan dan Pencatatan Sipil. */
    DINAS(true, null),
    /** A badan (agency), e.g. Badan Perencanaan Pembangunan Daerah. */
    BADAN(true, null),
    /** A kecamatan office; has a district-level region code. */
    KECAMATAN(true, RegionCode.Level.DISTRICT),
    /** A kelurahan office; has a village-level region code of kind kelurahan. */
    KELURAHAN(false, RegionCode.Level.VILLAGE),
    /** A desa (village government); has a village-level region code of kind desa or desa adat. */
    DESA(false, RegionCode.Level.VILLAGE),
    /** A technical implementation unit (UPT/UPTD), e.g. a puskesmas. */
    UPT(false, null),
    /** A division of a unit (bagian, bidang, seksi). */
    BIDANG(false, null),
    /** Any other unit, e.g. a satuan or a regional hospital. */
    OTHER(false, null);

    private final boolean perangkatDaerah;
    private final RegionCode.Level regionLevel;

    UnitKind(boolean perangkatDaerah, RegionCode.Level regionLevel) {
        this.perangkatDaerah = perangkatDaerah;
        this.regionLevel = regionLevel;
    }

    /**
     * Tells whether units of this kind are perangkat daerah (OPD) in their own right.
     *
     * @return true for secretariats, the inspectorate, dinas, badan and kecamatan
     */
    public boolean perangkatDaerah() {
        return perangkatDaerah;
    }

    /**
     * Returns the level of region code a unit of this kind must have, if any.
     *
     * @return the level, empty when a region code is optional
     */
    public Optional<RegionCode.Level> requiredRegionLevel() {
        return Optional.ofNullable(regionLevel);
    }
}
