package io.github.spbe4j.catalog;

import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.internal.Text;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The area where a public service is available: across the whole region of the instansi that provides it, or
 * only in some villages (kelurahan or desa) — a pilot at one kelurahan before the others, or a
 * kelurahan's own service. Immutable and thread-safe.
 *
 * @since 0.1.0
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
     * @throws InvalidServiceException if the set is empty or a code is not a Kemendagri village code
     */
    static Availability in(Collection<RegionCode> villages) {
        return new Villages(new TreeSet<>(Objects.requireNonNull(villages, "villages")));
    }

    /**
     * Tells whether the service is available in a village, given the provider's region.
     *
     * @param village a village code
     * @param providerRegion the region of the instansi that provides the service
     *     ({@link io.github.spbe4j.core.agency.Instansi#region()}); empty for a central government, whose
     *     region is the whole country
     * @return true if available there
     */
    boolean includes(RegionCode village, Optional<RegionCode> providerRegion);

    /**
     * Availability across the provider's whole region; its text form is {@code everywhere}.
     *
     * @since 0.1.0
     */
    final class Everywhere implements Availability {
        private static final Everywhere INSTANCE = new Everywhere();

        private Everywhere() {
        }

        @Override
        public boolean includes(RegionCode village, Optional<RegionCode> providerRegion) {
            Objects.requireNonNull(village, "village");
            return providerRegion.map(r -> r.equals(village) || r.isAncestorOf(village)).orElse(true);
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
     * @since 0.1.0
     */
    record Villages(SortedSet<RegionCode> villages) implements Availability {
        /**
         * Checks the villages.
         *
         * @throws InvalidServiceException if the set is empty or a code is not a Kemendagri village code
         */
        public Villages {
            Objects.requireNonNull(villages, "villages");
            TreeSet<RegionCode> copy = new TreeSet<>();
            Checks checks = new Checks();
            for (RegionCode v : villages) {
                Objects.requireNonNull(v, "villages holds null");
                if (v.level() != RegionCode.Level.VILLAGE || v.scheme() != RegionCode.Scheme.KEMENDAGRI) {
                    checks.add("villages", "VillageCode", "availability lists " + v
                            + ", which is not a Kemendagri village code; list kelurahan or desa codes", Text.quote(v.toString()));
                }
                copy.add(v);
            }
            if (copy.isEmpty()) {
                checks.add("villages", "NotEmpty", "availability lists no village; use everywhere() for the whole region");
            }
            checks.throwService("availability");
            villages = Collections.unmodifiableSortedSet(copy);
        }

        @Override
        public boolean includes(RegionCode village, Optional<RegionCode> providerRegion) {
            Objects.requireNonNull(providerRegion, "providerRegion");
            return villages.contains(Objects.requireNonNull(village, "village"));
        }

        @Override
        public String toString() {
            return villages.toString();
        }
    }
}
