package io.github.spbe4j.catalog;

import io.github.spbe4j.core.identifier.RegionCode;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Where a public service is available: across the whole region of the agency that provides it, or
 * only in some villages (kelurahan or desa) — a pilot at one kelurahan before the others, or a
 * kelurahan's own service.
 */
public sealed interface Availability {

    /**
     * Returns availability across the provider's whole region.
     *
     * @return everywhere
     */
    static Availability everywhere() {
        return Everywhere.INSTANCE;
    }

    /**
     * Returns availability in some villages only.
     *
     * @param villages the village codes (level village, Kemendagri scheme), at least one
     * @return the availability
     * @throws IllegalArgumentException if the set is empty or a code is not a Kemendagri village code
     */
    static Availability in(Collection<RegionCode> villages) {
        return new Villages(villages);
    }

    /**
     * Tells whether the service is available in a village, given the provider's region.
     *
     * @param village a village code
     * @param providerRegion the provider's region, or null for a central agency (the whole country)
     * @return true if available there
     */
    boolean includes(RegionCode village, @Nullable RegionCode providerRegion);

    /** Availability across the provider's whole region. */
    final class Everywhere implements Availability {
        private static final Everywhere INSTANCE = new Everywhere();

        private Everywhere() {
        }

        @Override
        public boolean includes(RegionCode village, @Nullable RegionCode providerRegion) {
            Objects.requireNonNull(village, "village");
            return providerRegion == null || providerRegion.equals(village) || providerRegion.isAncestorOf(village);
        }

        @Override
        public String toString() {
            return "everywhere";
        }
    }

    /**
     * Availability in the listed villages only.
     *
     * @param villages the village codes, sorted, at least one
     */
    record Villages(SortedSet<RegionCode> villages) implements Availability {
        /**
         * Checks the villages.
         *
         * @throws IllegalArgumentException if the set is empty or a code is not a Kemendagri village code
         */
        public Villages {
            Objects.requireNonNull(villages, "villages");
            TreeSet<RegionCode> copy = new TreeSet<>();
            for (RegionCode v : villages) {
                Objects.requireNonNull(v, "villages holds null");
                if (v.level() != RegionCode.Level.VILLAGE || v.scheme() != RegionCode.Scheme.KEMENDAGRI) {
                    throw new IllegalArgumentException("availability lists " + v
                            + ", which is not a Kemendagri village code; list kelurahan or desa codes");
                }
                copy.add(v);
            }
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("availability lists no village; use everywhere() for the whole region");
            }
            villages = Collections.unmodifiableSortedSet(copy);
        }

        private Villages(Collection<RegionCode> villages) {
            this(new TreeSet<>(Objects.requireNonNull(villages, "villages")));
        }

        @Override
        public boolean includes(RegionCode village, @Nullable RegionCode providerRegion) {
            return villages.contains(Objects.requireNonNull(village, "village"));
        }

        @Override
        public String toString() {
            return villages.toString();
        }
    }
}
