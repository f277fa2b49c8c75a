package io.github.spbe4j.catalog;

import io.github.spbe4j.core.internal.TextPolicy;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The cost of a public service (biaya/tarif, standar component 4) in whole rupiah: {@linkplain Free
 * free of charge} ("gratis"), a {@linkplain Fixed fixed} amount, a {@linkplain Range range}, or an
 * amount {@linkplain PerUnit per unit} (per page, per square metre); a cost other than free names the
 * regulation that sets the tariff, usually a Perda on retribusi, when it is known.
 *
 * <p>Amounts are whole rupiah in a {@code long}, from 0 to {@link #MAX_RUPIAH}. The text form
 * ({@code toString()}) is Indonesian: {@code "gratis"}, {@code "Rp10.000"},
 * {@code "Rp10.000–Rp50.000"}, {@code "Rp5.000 per lembar"}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Cost {

    /** The largest amount accepted: one trillion rupiah. */
    long MAX_RUPIAH = 1_000_000_000_000L;

    /**
     * Returns the cost of a free service.
     *
     * @return free of charge
     */
    static Cost free() {
        return Free.INSTANCE;
    }

    /**
     * Returns a fixed cost whose tariff regulation is not known.
     *
     * @param rupiah the amount, 1..{@link #MAX_RUPIAH}
     * @return the cost
     * @throws InvalidServiceException if the amount is out of range
     */
    static Cost fixed(long rupiah) {
        return new Fixed(rupiah, Optional.empty());
    }

    /**
     * Returns a fixed cost set by a regulation.
     *
     * @param rupiah the amount, 1..{@link #MAX_RUPIAH}
     * @param tariff the regulation that sets it
     * @return the cost
     * @throws InvalidServiceException if the amount is out of range
     */
    static Cost fixed(long rupiah, LegalReference tariff) {
        return new Fixed(rupiah, Optional.of(Objects.requireNonNull(tariff, "tariff")));
    }

    /**
     * Returns a cost that lies in a range (for example set by the size of a building), whose tariff
     * regulation is not known.
     *
     * @param minimum the smallest amount, 0 or more
     * @param maximum the largest amount, above the smallest
     * @return the cost
     * @throws InvalidServiceException if a bound is out of range or the range is empty
     */
    static Cost range(long minimum, long maximum) {
        return new Range(minimum, maximum, Optional.empty());
    }

    /**
     * Returns a cost that lies in a range, set by a regulation.
     *
     * @param minimum the smallest amount, 0 or more
     * @param maximum the largest amount, above the smallest
     * @param tariff the regulation that sets it
     * @return the cost
     * @throws InvalidServiceException if a bound is out of range or the range is empty
     */
    static Cost range(long minimum, long maximum, LegalReference tariff) {
        return new Range(minimum, maximum, Optional.of(Objects.requireNonNull(tariff, "tariff")));
    }

    /**
     * Returns a cost per unit whose tariff regulation is not known.
     *
     * @param rupiah the amount per unit, 1..{@link #MAX_RUPIAH}
     * @param unit the unit, e.g. {@code "lembar"} or {@code "m2"}
     * @return the cost
     * @throws InvalidServiceException if the amount is out of range or the unit blank
     */
    static Cost perUnit(long rupiah, String unit) {
        return new PerUnit(rupiah, unit, Optional.empty());
    }

    /**
     * Returns a cost per unit set by a regulation.
     *
     * @param rupiah the amount per unit, 1..{@link #MAX_RUPIAH}
     * @param unit the unit, e.g. {@code "lembar"} or {@code "m2"}
     * @param tariff the regulation that sets it
     * @return the cost
     * @throws InvalidServiceException if the amount is out of range or the unit blank
     */
    static Cost perUnit(long rupiah, String unit, LegalReference tariff) {
        return new PerUnit(rupiah, unit, Optional.of(Objects.requireNonNull(tariff, "tariff")));
    }

    /**
     * Tells whether the service is free of charge.
     *
     * @return true for {@link Free}
     */
    default boolean isFree() {
        return this instanceof Free;
    }

    /**
     * Returns the least a citizen pays: 0 when free, the amount when fixed, the lower bound of a range,
     * the price of one unit.
     *
     * @return the smallest amount in rupiah
     */
    long minimum();

    /**
     * Returns the most a citizen pays, if bounded: absent for a cost per unit.
     *
     * @return the largest amount in rupiah
     */
    OptionalLong maximum();

    /**
     * Returns the regulation that sets the tariff, if known; always absent when free.
     *
     * @return the regulation
     */
    Optional<LegalReference> tariff();

    /**
     * Free of charge (gratis); its text form is {@code gratis}.
     *
     * @since 0.1.0
     */
    final class Free implements Cost {
        private static final Free INSTANCE = new Free();

        private Free() {
        }

        @Override
        public long minimum() {
            return 0;
        }

        @Override
        public OptionalLong maximum() {
            return OptionalLong.of(0);
        }

        @Override
        public Optional<LegalReference> tariff() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "gratis";
        }
    }

    /**
     * A fixed amount; its text form is {@code Rp10.000}.
     *
     * @param rupiah the amount, 1..{@link #MAX_RUPIAH}
     * @param tariff the regulation that sets it; empty when not known
     * @since 0.1.0
     */
    record Fixed(long rupiah, Optional<LegalReference> tariff) implements Cost {
        /**
         * Checks the amount.
         *
         * @throws InvalidServiceException if it is not 1..{@link #MAX_RUPIAH}
         */
        public Fixed {
            Objects.requireNonNull(tariff, "tariff");
            Amounts.check(new Checks(), "rupiah", rupiah, 1, "fixed cost").throwService("cost");
        }

        @Override
        public long minimum() {
            return rupiah;
        }

        @Override
        public OptionalLong maximum() {
            return OptionalLong.of(rupiah);
        }

        @Override
        public String toString() {
            return Amounts.format(rupiah);
        }
    }

    /**
     * An amount in a range; its text form is {@code Rp10.000–Rp50.000}.
     *
     * @param minimumRupiah the smallest amount, 0 or more
     * @param maximumRupiah the largest amount, above the smallest
     * @param tariff the regulation that sets it; empty when not known
     * @since 0.1.0
     */
    record Range(long minimumRupiah, long maximumRupiah, Optional<LegalReference> tariff) implements Cost {
        /**
         * Checks the bounds.
         *
         * @throws InvalidServiceException if a bound is out of 0..{@link #MAX_RUPIAH} or the range is empty
         */
        public Range {
            Objects.requireNonNull(tariff, "tariff");
            Checks checks = new Checks();
            Amounts.check(checks, "minimumRupiah", minimumRupiah, 0, "cost range minimum");
            Amounts.check(checks, "maximumRupiah", maximumRupiah, 1, "cost range maximum");
            if (checks.ok() && maximumRupiah <= minimumRupiah) {
                checks.add("maximumRupiah", Checks.RANGE, "cost range runs from " + minimumRupiah + " to " + maximumRupiah
                        + " rupiah; the maximum must be above the minimum", String.valueOf(maximumRupiah));
            }
            checks.throwService("cost");
        }

        @Override
        public long minimum() {
            return minimumRupiah;
        }

        @Override
        public OptionalLong maximum() {
            return OptionalLong.of(maximumRupiah);
        }

        @Override
        public String toString() {
            return Amounts.format(minimumRupiah) + "\u2013" + Amounts.format(maximumRupiah);
        }
    }

    /**
     * An amount per unit; its text form is {@code Rp5.000 per lembar}.
     *
     * @param rupiah the amount per unit, 1..{@link #MAX_RUPIAH}
     * @param unit the unit, e.g. {@code "lembar"}, not blank
     * @param tariff the regulation that sets it; empty when not known
     * @since 0.1.0
     */
    record PerUnit(long rupiah, String unit, Optional<LegalReference> tariff) implements Cost {
        /**
         * Checks the amount and unit.
         *
         * @throws InvalidServiceException if the amount is out of range or the unit blank
         */
        public PerUnit {
            Objects.requireNonNull(tariff, "tariff");
            Checks checks = Amounts.check(new Checks(), "rupiah", rupiah, 1, "cost per unit");
            checks.text("unit", "cost unit", TextPolicy.LINE, unit).throwService("cost");
        }

        @Override
        public long minimum() {
            return rupiah;
        }

        @Override
        public OptionalLong maximum() {
            return OptionalLong.empty();
        }

        @Override
        public String toString() {
            return Amounts.format(rupiah) + " per " + unit;
        }
    }
}

/** Checks and formats rupiah amounts. */
final class Amounts {
    private Amounts() {
    }

    static Checks check(Checks checks, String path, long rupiah, long least, String what) {
        if (rupiah < least || rupiah > Cost.MAX_RUPIAH) {
            checks.add(path, Checks.RANGE, what + " is " + rupiah + " rupiah; it must be " + least + ".." + Cost.MAX_RUPIAH,
                    String.valueOf(rupiah));
        }
        return checks;
    }

    static String format(long rupiah) {
        NumberFormat f = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID"));
        return "Rp" + Objects.requireNonNull(f.format(rupiah));
    }
}
