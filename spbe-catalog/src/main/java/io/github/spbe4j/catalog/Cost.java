package io.github.spbe4j.catalog;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The cost of a public service (biaya/tarif) in whole rupiah: {@linkplain Free free of charge}
 * ("gratis"), a {@linkplain Fixed fixed} amount, a {@linkplain Range range}, or an amount
 * {@linkplain PerUnit per unit} (per page, per square metre); a cost other than free names the
 * regulation that sets the tariff, usually a Perda on retribusi, when it is known.
 *
 * <p>Amounts are whole rupiah in a {@code long}, from 0 to {@link #MAX_RUPIAH}. The text form
 * ({@code toString()}) is Indonesian: {@code "gratis"}, {@code "Rp10.000"},
 * {@code "Rp10.000–Rp50.000"}, {@code "Rp5.000 per lembar"}.
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
     * Returns a fixed cost.
     *
     * @param rupiah the amount, 1 or more
     * @param tariff the regulation that sets it, or null if unknown
     * @return the cost
     */
    static Cost fixed(long rupiah, @Nullable LegalReference tariff) {
        return new Fixed(rupiah, tariff);
    }

    /**
     * Returns a cost that lies in a range (for example set by the size of a building).
     *
     * @param minimum the smallest amount
     * @param maximum the largest amount, above the smallest
     * @param tariff the regulation that sets it, or null if unknown
     * @return the cost
     */
    static Cost range(long minimum, long maximum, @Nullable LegalReference tariff) {
        return new Range(minimum, maximum, tariff);
    }

    /**
     * Returns a cost per unit.
     *
     * @param rupiah the amount per unit, 1 or more
     * @param unit the unit, e.g. {@code "lembar"} or {@code "m2"}
     * @param tariff the regulation that sets it, or null if unknown
     * @return the cost
     */
    static Cost perUnit(long rupiah, String unit, @Nullable LegalReference tariff) {
        return new PerUnit(rupiah, unit, tariff);
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

    /** Free of charge (gratis). */
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
     * A fixed amount.
     *
     * @param rupiah the amount, 1..{@link #MAX_RUPIAH}
     * @param tariffRegulation the regulation that sets it, or null if unknown
     */
    record Fixed(long rupiah, @Nullable LegalReference tariffRegulation) implements Cost {
        /**
         * Checks the amount.
         *
         * @throws IllegalArgumentException if it is not 1..{@link #MAX_RUPIAH}
         */
        public Fixed {
            Amounts.check(rupiah, 1, "fixed cost");
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
        public Optional<LegalReference> tariff() {
            return Optional.ofNullable(tariffRegulation);
        }

        @Override
        public String toString() {
            return Amounts.format(rupiah);
        }
    }

    /**
     * An amount in a range.
     *
     * @param minimumRupiah the smallest amount, 0 or more
     * @param maximumRupiah the largest amount, above the smallest
     * @param tariffRegulation the regulation that sets it, or null if unknown
     */
    record Range(long minimumRupiah, long maximumRupiah, @Nullable LegalReference tariffRegulation) implements Cost {
        /**
         * Checks the bounds.
         *
         * @throws IllegalArgumentException if a bound is out of 0..{@link #MAX_RUPIAH} or the range is empty
         */
        public Range {
            Amounts.check(minimumRupiah, 0, "cost range minimum");
            Amounts.check(maximumRupiah, 1, "cost range maximum");
            if (maximumRupiah <= minimumRupiah) {
                throw new IllegalArgumentException("cost range runs from " + minimumRupiah + " to " + maximumRupiah
                        + " rupiah; the maximum must be above the minimum");
            }
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
        public Optional<LegalReference> tariff() {
            return Optional.ofNullable(tariffRegulation);
        }

        @Override
        public String toString() {
            return Amounts.format(minimumRupiah) + "\u2013" + Amounts.format(maximumRupiah);
        }
    }

    /**
     * An amount per unit.
     *
     * @param rupiah the amount per unit, 1..{@link #MAX_RUPIAH}
     * @param unit the unit, e.g. {@code "lembar"}, not blank
     * @param tariffRegulation the regulation that sets it, or null if unknown
     */
    record PerUnit(long rupiah, String unit, @Nullable LegalReference tariffRegulation) implements Cost {
        /**
         * Checks the amount and unit.
         *
         * @throws IllegalArgumentException if the amount is out of range or the unit blank
         */
        public PerUnit {
            Amounts.check(rupiah, 1, "cost per unit");
            Texts.requireText(unit, "cost unit");
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
        public Optional<LegalReference> tariff() {
            return Optional.ofNullable(tariffRegulation);
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

    static void check(long rupiah, long least, String what) {
        if (rupiah < least || rupiah > Cost.MAX_RUPIAH) {
            throw new IllegalArgumentException(what + " is " + rupiah + " rupiah; it must be " + least + ".." + Cost.MAX_RUPIAH);
        }
    }

    static String format(long rupiah) {
        NumberFormat f = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID"));
        return "Rp" + Objects.requireNonNull(f.format(rupiah));
    }
}
