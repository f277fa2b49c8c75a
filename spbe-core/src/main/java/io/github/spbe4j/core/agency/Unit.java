package io.github.spbe4j.core.agency;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param region the region code of the area it serves, if any
 * @param units the units it contains
 * @since 0.1.0
 */
public record Unit(String id, String name, UnitKind kind, Optional<RegionCode> region, List<Unit> units) {

    /**
     * Checks for blanks and nulls and copies the units.
     *
     * @throws InvalidAgencyException if the id or the name is blank
     */
    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        if (id.isBlank()) {
            throw new InvalidAgencyException(Problem.of("id", "NotBlank", "unit id is blank; a unit needs an id", Text.quote(id)));
        }
        if (name.isBlank()) {
            throw new InvalidAgencyException(Problem.of("name", "NotBlank", "unit " + Text.oneLine(id) + " has a blank name",
                    Text.quote(name)));
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
        return new Unit(id, name, kind, Optional.empty(), List.of());
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
        return new Unit(id, name, kind, Optional.of(region), List.of());
    }

    /**
     * Returns a copy with more sub-units.
     *
     * @param more the units to add
     * @return the copy
     */
    public Unit with(Unit... more) {
        List<Unit> all = new ArrayList<>(units);
        all.addAll(List.of(more));
        return new Unit(id, name, kind, region, all);
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
