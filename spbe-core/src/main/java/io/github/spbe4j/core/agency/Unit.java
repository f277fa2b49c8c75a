package io.github.spbe4j.core.agency;

import io.github.spbe4j.core.identifier.RegionCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An organisational unit of a government — an OPD such as a dinas or a kecamatan, or a unit below
 * one such as a kelurahan office — with the units it contains.
 *
 * <p>Its id is unique within its {@link Instansi}. Kecamatan, kelurahan and desa carry the region
 * code of the area they serve; the instansi checks that it lies inside its own region.
 *
 * @param id the unit's id, unique in its instansi, e.g. {@code "disdukcapil"} or {@code "kel-bukit-tunggal"}
 * @param name the unit's name, e.g. {@code "Dinas Kependudukan dan Pencatatan Sipil"}
 * @param kind the kind of unit
 * @param region the region code of the area it serves, or null
 * @param units the units it contains
 */
public record Unit(String id, String name, UnitKind kind, @Nullable RegionCode region, List<Unit> units) {

    /** Checks for blanks and nulls and copies the units. */
    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (id.isBlank()) {
            throw new IllegalArgumentException("unit id is blank; a unit needs an id");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("unit " + id + " has a blank name");
        }
        units = List.copyOf(units);
    }

    /**
     * Returns a unit without a region code or sub-units.
     *
     * @param id the id
     * @param name the name
     * @param kind the kind
     * @return the unit
     */
    public static Unit of(String id, String name, UnitKind kind) {
        return new Unit(id, name, kind, null, List.of());
    }

    /**
     * Returns a unit serving a region, without sub-units.
     *
     * @param id the id
     * @param name the name
     * @param kind the kind
     * @param region the region code
     * @return the unit
     */
    public static Unit of(String id, String name, UnitKind kind, RegionCode region) {
        return new Unit(id, name, kind, Objects.requireNonNull(region, "region"), List.of());
    }

    /**
     * Returns a copy with more sub-units.
     *
     * @param more the units to add
     * @return the copy
     */
    public Unit with(Unit... more) {
        List<Unit> all = new java.util.ArrayList<>(units);
        all.addAll(List.of(more));
        return new Unit(id, name, kind, region, all);
    }

    /**
     * Returns the region code, if the unit has one.
     *
     * @return the region code
     */
    public Optional<RegionCode> regionIfPresent() {
        return Optional.ofNullable(region);
    }

    /**
     * Returns this unit as an {@link Agency}, to assess it (an OPD-level evaluation).
     *
     * @return the agency, named by the unit's name with its id as code
     */
    public Agency asAgency() {
        return Agency.of(name, id);
    }
}
