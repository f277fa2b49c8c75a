package io.github.spbe4j.catalog;

import io.github.spbe4j.core.Problem;
import java.util.Locale;

/**
 * The digital level of a public service on the SPBE service ladder of PermenPANRB 59/2020, each
 * level including the one below: information published, interaction, full transaction online,
 * collaboration across instansi, and optimisation.
 *
 * @since 0.1.0
 */
public enum DigitalLevel {
    /** Level 1, Informasi: information about the service is published online. */
    INFORMASI(1),
    /** Level 2, Interaksi: two-way interaction online (forms, questions). */
    INTERAKSI(2),
    /** Level 3, Transaksi: the whole transaction is carried out online. */
    TRANSAKSI(3),
    /** Level 4, Kolaborasi: integrated with other instansi's services. */
    KOLABORASI(4),
    /** Level 5, Optimalisasi: continuously improved and adapted to users. */
    OPTIMALISASI(5);

    private final int level;

    DigitalLevel(int level) {
        this.level = level;
    }

    /**
     * Returns the level number, 1..5.
     *
     * @return the level
     */
    public int level() {
        return level;
    }

    /**
     * Returns the Indonesian name, e.g. {@code "Transaksi"}.
     *
     * @return the name
     */
    public String displayName() {
        String n = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /**
     * Tells whether a service at this level can be completed online (Transaksi or above).
     *
     * @return true from level 3
     */
    public boolean transactional() {
        return level >= TRANSAKSI.level;
    }

    /**
     * Returns the level with a number.
     *
     * @param level the number, 1..5
     * @return the level
     * @throws InvalidServiceException if the number is not 1..5
     */
    public static DigitalLevel of(int level) {
        if (level < 1 || level > 5) {
            throw new InvalidServiceException(Problem.of("digitalLevel", Checks.RANGE,
                    "digital level is " + level + "; the SPBE service ladder runs 1..5", String.valueOf(level)));
        }
        return values()[level - 1];
    }
}
