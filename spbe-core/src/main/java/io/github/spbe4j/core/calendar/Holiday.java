package io.github.spbe4j.core.calendar;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
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
 *        {@code "ID-BA"}) for a {@link HolidayKind#REGIONAL} day; empty for every other kind
 * @param estimated true for a day the calendar estimated for a year without decreed data (see
 *        {@link WorkingDayCalendar#withEstimates(boolean)}); its {@code decree} then names the basis of
 *        the estimate instead of a decree
 * @since 0.1.0
 */
public record Holiday(LocalDate date, HolidayKind kind, String name, String decree, Optional<String> region, boolean estimated) {

    /** Orders holidays by date, then kind, then region (none first). */
    static final Comparator<Holiday> ORDER = Comparator.comparing(Holiday::date)
            .thenComparing(Holiday::kind)
            .thenComparing(h -> h.region().orElse(""));

    /**
     * Creates a holiday set by decree (not estimated), checking its texts as the canonical
     * constructor does.
     *
     * @param date the day
     * @param kind the kind
     * @param name the name, one line, not blank
     * @param decree the decree that set the day, one line, not blank
     * @param region the region's code for a regional day, otherwise empty
     * @throws InvalidHolidayDataException if a rule is broken
     */
    public Holiday(LocalDate date, HolidayKind kind, String name, String decree, Optional<String> region) {
        this(date, kind, name, decree, region, false);
    }

    /**
     * Creates a holiday, checking that its texts are one line and not blank and that a region is
     * given exactly for a regional day.
     *
     * @param date the day
     * @param kind the kind
     * @param name the name, one line, not blank
     * @param decree the decree that set the day, one line, not blank
     * @param region the region's code for a regional day, otherwise empty
     * @param estimated true for an estimated day, false for a decreed one
     * @throws InvalidHolidayDataException if a rule is broken
     */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(decree, "decree");
        Objects.requireNonNull(region, "region");
        String where = "holiday " + date;
        Optional<Problem> problem = textProblem(where + " name", name)
                .or(() -> textProblem(where + " decree", decree))
                .or(() -> regionProblem(where, kind, region.orElse(null)));
        if (problem.isPresent()) {
            throw new InvalidHolidayDataException(problem.get());
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
        return new Holiday(date, HolidayKind.NATIONAL_HOLIDAY, name, decree, Optional.empty());
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
        return new Holiday(date, HolidayKind.COLLECTIVE_LEAVE, name, decree, Optional.empty());
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
        return new Holiday(date, HolidayKind.REGIONAL, name, decree, Optional.of(region));
    }

    /**
     * Returns an estimated national holiday, for a year without decreed data.
     *
     * @param date the day
     * @param name the name
     * @param basis how the day was estimated, e.g. {@code "estimate: fixed date"}
     * @return the holiday, {@link #estimated()} true
     */
    public static Holiday estimatedNational(LocalDate date, String name, String basis) {
        return new Holiday(date, HolidayKind.NATIONAL_HOLIDAY, name, basis, Optional.empty(), true);
    }

    /** Returns the problem with a text field, named by its path: "years.2025[0].name is blank; ...". */
    static Optional<Problem> textProblem(String at, String text) {
        if (text.isBlank()) {
            return Optional.of(Problem.of(at, "NotBlank", at + " is blank; it must be filled in", Text.quote(text)));
        }
        return TextPolicy.LINE.check(at, text);
    }

    /** Returns the problem with a region for a kind, at a path. */
    static Optional<Problem> regionProblem(String where, HolidayKind kind, @Nullable String region) {
        if (kind == HolidayKind.REGIONAL) {
            return region == null ? Optional.of(Problem.of(where, "Required", where
                    + " is a regional holiday without a region; a regional holiday needs one", null))
                    : textProblem(where + " region", region);
        }
        return region == null ? Optional.empty()
                : Optional.of(Problem.of(where, "NoRegion", where + " is a " + kind.label() + " day with region " + Text.clean(region)
                        + "; only a regional holiday has a region", Text.quote(region)));
    }
}
