package io.github.spbe4j.core.calendar;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The kind of a day off set by decree: a national holiday, a collective-leave day, or a region's
 * own holiday.
 *
 * <p>Each kind has the Indonesian label the holiday files use for it ({@code "libur nasional"},
 * {@code "cuti bersama"}, {@code "libur daerah"}).
 *
 * @since 0.1.0
 */
public enum HolidayKind {

    /** A national holiday (libur nasional): a day off for everyone. */
    NATIONAL_HOLIDAY("libur nasional"),

    /**
     * A collective-leave day (cuti bersama): a day off for civil servants; for private employers an
     * optional day off that counts against annual leave.
     */
    COLLECTIVE_LEAVE("cuti bersama"),

    /** A holiday of one region only (libur daerah), such as Bali's or Aceh's own days. */
    REGIONAL("libur daerah");

    private final String label;

    HolidayKind(String label) {
        this.label = label;
    }

    /**
     * Returns the Indonesian label holiday files use for this kind.
     *
     * @return the label, e.g. {@code "cuti bersama"}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the kind with a label, exactly as {@link #label()} gives it.
     *
     * @param label the label
     * @return the kind, or empty for an unknown label
     */
    public static Optional<HolidayKind> fromLabel(String label) {
        Objects.requireNonNull(label, "label");
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }
}
