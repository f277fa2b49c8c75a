package io.github.spbe4j.core.analysis;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One agency's index and predikat over the years, even across frameworks (SPBE 2018 → SPBE 2020 →
 * Pemdi 2026), each year compared with the year before.
 *
 * <p>Across a change of framework only the index and the predikat are compared: the indicators
 * differ, so a comparison indicator by indicator is not defined unless a mapping from one
 * framework's codes to the other's is supplied, and spbe4j does not take such a mapping yet. The
 * {@link #note()} says so in the result. Each year's predikat is read with its own framework's bands
 * (Memuaskan starts at 4.2 under SPBE 2020 and at 4.0 under Pemdi 2026). Within one framework,
 * {@link Comparison#of} compares two years indicator by indicator.
 *
 * <p>Immutable and thread-safe; the components are the JSON form.
 *
 * @param agency the agency
 * @param points one point per year, in year order
 * @param note what the series does not compare, in plain words; empty when every year is under one framework
 * @since 0.2.0
 */
public record Series(Agency agency, List<SeriesPoint> points, String note) {

    /** Checks for nulls, that there is a point, and that years increase. */
    public Series {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(note, "note");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IncomparableException(Problem.of("points", "NotEmpty", "a series has at least one year, was none", null));
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).year() <= points.get(i - 1).year()) {
                throw new IncomparableException(Problem.of("points[" + i + "].year", "IncreasingYears", "a series has one point per year "
                        + "in year order, but " + points.get(i).year() + " follows " + points.get(i - 1).year(),
                        Integer.toString(points.get(i).year())));
            }
        }
    }

    /**
     * Returns the series of one agency's score cards, one per year, in any order.
     *
     * @param cards the cards, at least one
     * @return the series, in year order
     * @throws IncomparableException if the cards are of different agencies, two are of one year, or there are none
     */
    public static Series of(List<ScoreCard> cards) {
        Objects.requireNonNull(cards, "cards");
        if (cards.isEmpty()) {
            throw new IncomparableException(Problem.of("cards", "NotEmpty", "a series needs at least one score card, was none", null));
        }
        List<ScoreCard> sorted = new ArrayList<>(cards);
        sorted.sort(Comparator.comparingInt(c -> c.assessment().year()));
        Agency agency = sorted.get(0).assessment().agency();
        List<SeriesPoint> points = new ArrayList<>(sorted.size());
        Set<String> frameworks = new LinkedHashSet<>();
        @Nullable ScoreCard previous = null;
        for (ScoreCard card : sorted) {
            Agency other = card.assessment().agency();
            if (!other.equals(agency)) {
                throw new IncomparableException(Problem.of("agency", "SameAgency", "a series is of one agency, but the cards are of "
                        + Text.quote(agency.toString()) + " and " + Text.quote(other.toString()), Text.clean(other.toString())));
            }
            int year = card.assessment().year();
            if (previous != null && previous.assessment().year() == year) {
                throw new IncomparableException(Problem.of("year", "OneCardPerYear", "a series has one score card per year, but "
                        + year + " has two (" + previous.assessment().stage().id() + " and " + card.assessment().stage().id()
                        + "); compare two stages with Comparison.of", Integer.toString(year)));
            }
            frameworks.add(card.framework().id());
            BigDecimal delta = previous == null ? null : card.index().subtract(previous.index());
            BigDecimal roundedDelta = previous == null ? null : card.indexRounded().subtract(previous.indexRounded());
            boolean predikatChanged = previous != null && !previous.predikat().name().equals(card.predikat().name());
            boolean frameworkChanged = previous != null && !previous.framework().id().equals(card.framework().id());
            points.add(new SeriesPoint(year, card.assessment().stage(), card.framework().id(), card.index(), card.indexRounded(),
                    card.predikat().name(), delta, roundedDelta, predikatChanged, frameworkChanged));
            previous = card;
        }
        return new Series(agency, points, frameworks.size() < 2 ? "" : noteAcross(List.copyOf(frameworks)));
    }

    private static String noteAcross(List<String> frameworks) {
        String names = frameworks.size() == 2 ? frameworks.get(0) + " and " + frameworks.get(1)
                : String.join(", ", frameworks.subList(0, frameworks.size() - 1)) + " and " + frameworks.get(frameworks.size() - 1);
        return "Indicator-level comparison across frameworks is not defined: " + names + " have different indicators and no mapping "
                + "between their codes is supplied, so across a change of framework only the index and the predikat are compared, "
                + "each predikat read with its own framework's bands.";
    }

    /**
     * Returns the frameworks of the series, in order of first use.
     *
     * @return the framework ids
     */
    public List<String> frameworks() {
        return points.stream().map(SeriesPoint::framework).distinct().toList();
    }

    /**
     * Tells whether the series crosses a change of framework.
     *
     * @return true when more than one framework is used
     */
    public boolean crossesFrameworks() {
        return frameworks().size() > 1;
    }

    /**
     * Returns the exact change of the index from the first year to the last.
     *
     * @return last index − first index; zero for a single year
     */
    public BigDecimal overallDelta() {
        return points.get(points.size() - 1).index().subtract(points.get(0).index());
    }

    /**
     * Returns the series in a few lines for a person: one line per year, then the note.
     *
     * @return the summary, lines separated by {@code \n}
     */
    public String summary() {
        StringBuilder s = new StringBuilder(agency.name()).append(", ").append(points.get(0).year()).append('–')
                .append(points.get(points.size() - 1).year()).append(':');
        for (SeriesPoint p : points) {
            s.append("\n  ").append(p);
        }
        if (!note.isEmpty()) {
            s.append('\n').append(note);
        }
        return s.toString();
    }

    /** Returns e.g. {@code Kota Contoh 2025–2026: 2.78 Baik → 2.31 Cukup}. */
    @Override
    public String toString() {
        SeriesPoint first = points.get(0);
        SeriesPoint last = points.get(points.size() - 1);
        return agency.name() + " " + first.year() + "–" + last.year() + ": " + Comparison.two(first.indexRounded()) + " " + first.predikat()
                + " → " + Comparison.two(last.indexRounded()) + " " + last.predikat();
    }
}
