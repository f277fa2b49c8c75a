package io.github.spbe4j.core.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A day off set by decree: its date, kind, Indonesian name, the decree that set it, and for a
 * regional holiday the code of its region.
 *
 * <pre>{@code
 * Holiday galungan = Holiday.regional(LocalDate.of(2025, 4, 23), "51", "Hari Raya Galungan",
 *         "Keputusan Gubernur Bali (example)");
 * }</pre>
 *
 * @param date the day
 * @param kind national holiday, collective leave or regional holiday
 * @param name the name as the decree gives it, one line, not blank
 * @param decree the decree or other provenance that set the day, one line, not blank
 * @param region the region's code (any code the caller uses, e.g. BPS {@code "51"} or ISO
 *        {@code "ID-BA"}) for a {@link HolidayKind#REGIONAL} day; null for every other kind
 */
public record Holiday(LocalDate date, HolidayKind kind, String name, String decree, @Nullable String region) {

    /** Orders holidays by date, then kind, then region. */
    static final Comparator<Holiday> ORDER = Comparator.comparing(Holiday::date)
            .thenComparing(Holiday::kind)
            .thenComparing(Holiday::region, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * Creates a holiday, checking that its texts are one line and not blank and that a region is
     * given exactly for a regional day.
     *
     * @param date the day
     * @param kind the kind
     * @param name the name, one line, not blank
     * @param decree the decree that set the day, one line, not blank
     * @param region the region's code for a regional day, otherwise null
     * @throws IllegalArgumentException if a rule is broken
     */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(decree, "decree");
        String problem = problem("name", name);
        if (problem == null) {
            problem = problem("decree", decree);
        }
        if (problem == null) {
            problem = regionProblem(kind, region);
        }
        if (problem != null) {
            throw new IllegalArgumentException("holiday " + date + " " + problem);
        }
    }

    /**
     * Returns a national holiday (libur nasional).
     *
     * @param date the day
     * @param name the name
     * @param decree the decree that set it
     * @return the holiday
     */
    public static Holiday national(LocalDate date, String name, String decree) {
        return new Holiday(date, HolidayKind.NATIONAL_HOLIDAY, name, decree, null);
    }

    /**
     * Returns a collective-leave day (cuti bersama).
     *
     * @param date the day
     * @param name the name
     * @param decree the decree that set it
     * @return the holiday
     */
    public static Holiday collectiveLeave(LocalDate date, String name, String decree) {
        return new Holiday(date, HolidayKind.COLLECTIVE_LEAVE, name, decree, null);
    }

    /**
     * Returns a holiday of one region (libur daerah).
     *
     * @param date the day
     * @param region the region's code
     * @param name the name
     * @param decree the regional decree that set it
     * @return the holiday
     */
    public static Holiday regional(LocalDate date, String region, String name, String decree) {
        return new Holiday(date, HolidayKind.REGIONAL, name, decree, Objects.requireNonNull(region, "region"));
    }

    /** Returns the problem with a text field, or null: "name is blank; ..." */
    static @Nullable String problem(String field, String text) {
        if (text.isBlank()) {
            return field + " is blank; it must be filled in";
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            return field + " contains a line break or control character; it must be one line";
        }
        return null;
    }

    /** Returns the problem with a region for a kind, or null. */
    static @Nullable String regionProblem(HolidayKind kind, @Nullable String region) {
        if (kind == HolidayKind.REGIONAL) {
            return region == null ? "is a regional holiday without a region; a regional holiday needs one"
                    : problem("region", region);
        }
        return region == null ? null
                : "is a " + kind.label() + " day with region " + region + "; only a regional holiday has a region";
    }
}
