package io.github.spbe4j.cli;

import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.Optional;

/** The names the catalog reports show for an authority or a village, taken from the catalog's instansi. */
final class CatalogNames {

    private CatalogNames() {
    }

    /** The unit's name, else its instansi's, else the authority's code. */
    static String unit(Catalog catalog, Authority authority) {
        Optional<Instansi> instansi = catalog.instansi(authority.instansi());
        if (instansi.isEmpty()) {
            return authority.toString();
        }
        return authority.unit().flatMap(instansi.get()::unit).map(Unit::name).orElse(instansi.get().name());
    }

    /** The name of the first unit serving the village, else the village's code. */
    static String village(Catalog catalog, RegionCode village) {
        for (Instansi instansi : catalog.instansi()) {
            Optional<Unit> unit = instansi.unitServing(village);
            if (unit.isPresent()) {
                return unit.get().name();
            }
        }
        return village.toString();
    }
}
