package io.github.spbe4j.catalog;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The competent authority of a public service: an instansi (a city, a regency, a ministry) by id,
 * and the unit within it (usually an OPD) that is responsible for the service.
 *
 * <p>The ids refer to an {@link io.github.spbe4j.core.agency.Instansi} and one of its units; a
 * {@link Catalog} checks that they exist.
 *
 * @param instansi the instansi's id
 * @param unit the responsible unit's id, or null when the instansi itself is meant
 */
public record Authority(String instansi, @Nullable String unit) {

    /**
     * Checks the ids.
     *
     * @throws IllegalArgumentException if an id is blank
     */
    public Authority {
        Texts.requireText(instansi, "authority instansi");
        if (unit != null) {
            Texts.requireText(unit, "authority unit");
        }
    }

    /**
     * Returns the authority of an instansi's unit.
     *
     * @param instansi the instansi's id
     * @param unit the unit's id
     * @return the authority
     */
    public static Authority of(String instansi, String unit) {
        return new Authority(instansi, java.util.Objects.requireNonNull(unit, "unit"));
    }

    /**
     * Returns the authority of an instansi as a whole.
     *
     * @param instansi the instansi's id
     * @return the authority
     */
    public static Authority of(String instansi) {
        return new Authority(instansi, null);
    }

    /**
     * Returns the unit's id, if a unit is named.
     *
     * @return the unit id
     */
    public Optional<String> unitIfPresent() {
        return Optional.ofNullable(unit);
    }

    @Override
    public String toString() {
        return unit == null ? instansi : instansi + "/" + unit;
    }
}
