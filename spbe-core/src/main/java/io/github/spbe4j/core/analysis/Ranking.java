package io.github.spbe4j.core.analysis;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A set of agencies ranked by their exact index, under one framework and in one year: each agency's
 * rank (ties shared), percentile rank, distance to the peer median, and, where it is known, to the
 * national index of the year.
 *
 * <ul>
 *   <li>Ranks: by the exact index, highest first; agencies with equal exact indices are tied. By
 *       default standard competition ranking ("1224"), or dense ranking ("1223"), see {@link RankingMethod}.
 *   <li>Percentile rank of an agency among n: 100 × (B + E/2) / n, where B agencies have a strictly
 *       lower index and E (itself included) an equal one; rounded half-up to two decimals, B and E kept
 *       in each entry. The lowest of distinct indices is near 0, the highest near 100, all equal gives 50.
 *   <li>The peer median: the middle exact index, or the mean of the two middle ones; exact.
 *   <li>The national reference: the {@link NationalIndex} of the ranking's year when published for its
 *       framework, with its source; each entry's rounded index minus it.
 * </ul>
 *
 * <pre>{@code
 * Ranking ranking = Ranking.of(cards);
 * ranking.median();
 * ranking.entry(agency).map(RankEntry::rank);
 * System.out.println(ranking.summary());
 * }</pre>
 *
 * <p>Immutable and thread-safe; the components are the JSON form.
 *
 * @param framework the framework's id
 * @param year the evaluation year
 * @param method how ties are numbered
 * @param entries one entry per agency, by rank (ties in the order given)
 * @param median the peer median of the exact indices
 * @param national the national index of the year, when published for the framework; else null
 * @since 0.2.0
 */
public record Ranking(String framework, int year, RankingMethod method, List<RankEntry> entries, BigDecimal median,
        @Nullable NationalFigure national) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Checks for nulls and that there is an entry. */
    public Ranking {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(median, "median");
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IncomparableException(Problem.of("entries", "NotEmpty", "a ranking has at least one agency, was none", null));
        }
    }

    /**
     * Ranks score cards with standard competition ranking ("1224").
     *
     * @param cards one card per agency, all of one framework and year
     * @return the ranking
     * @throws IncomparableException if there is no card, the cards mix frameworks or years, or an agency appears twice
     */
    public static Ranking of(List<ScoreCard> cards) {
        return of(cards, RankingMethod.COMPETITION);
    }

    /**
     * Ranks score cards.
     *
     * @param cards one card per agency, all of one framework and year
     * @param method how ties are numbered
     * @return the ranking
     * @throws IncomparableException if there is no card, the cards mix frameworks or years, or an agency appears twice
     */
    public static Ranking of(List<ScoreCard> cards, RankingMethod method) {
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(method, "method");
        if (cards.isEmpty()) {
            throw new IncomparableException(Problem.of("cards", "NotEmpty", "a ranking needs at least one score card, was none", null));
        }
        ScoreCard first = cards.get(0);
        String framework = first.framework().id();
        int year = first.assessment().year();
        Set<Agency> agencies = new HashSet<>();
        for (int i = 0; i < cards.size(); i++) {
            ScoreCard c = Objects.requireNonNull(cards.get(i), "card");
            if (!c.framework().id().equals(framework)) {
                throw new IncomparableException(Problem.of("cards[" + i + "].framework", "SameFramework", "a ranking is of one framework, "
                        + "but " + Text.quote(c.assessment().agency().name()) + " is scored under " + Text.quote(c.framework().id())
                        + " and the first card under " + Text.quote(framework), Text.clean(c.framework().id())));
            }
            if (c.assessment().year() != year) {
                throw new IncomparableException(Problem.of("cards[" + i + "].year", "SameYear", "a ranking is of one year, but "
                        + Text.quote(c.assessment().agency().name()) + " is of " + c.assessment().year() + " and the first card of " + year,
                        Integer.toString(c.assessment().year())));
            }
            if (!agencies.add(c.assessment().agency())) {
                throw new IncomparableException(Problem.of("cards[" + i + "].agency", "OneCardPerAgency", "a ranking has one card per "
                        + "agency, but " + Text.quote(c.assessment().agency().toString()) + " appears twice",
                        Text.clean(c.assessment().agency().toString())));
            }
        }
        int n = cards.size();
        BigDecimal[] sorted = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = cards.get(i).index();
        }
        Arrays.sort(sorted);
        BigDecimal median = n % 2 == 1 ? sorted[n / 2] : sorted[n / 2 - 1].add(sorted[n / 2]).divide(TWO);
        // distinct values in ascending order, for dense ranks
        List<BigDecimal> distinctList = new ArrayList<>();
        for (BigDecimal v : sorted) {
            if (distinctList.isEmpty() || distinctList.get(distinctList.size() - 1).compareTo(v) != 0) {
                distinctList.add(v);
            }
        }
        BigDecimal[] distinct = distinctList.toArray(new BigDecimal[0]);
        NationalFigure national = NationalIndex.of(framework, year).orElse(null);
        List<RankEntry> entries = new ArrayList<>(n);
        for (ScoreCard c : cards) {
            BigDecimal index = c.index();
            int below = lowerBound(sorted, index);
            int tied = upperBound(sorted, index) - below;
            int higher = n - below - tied;
            int rank = method == RankingMethod.COMPETITION ? higher + 1 : distinct.length - upperBound(distinct, index) + 1;
            BigDecimal percentile = BigDecimal.valueOf(50L * (2L * below + tied)).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
            entries.add(new RankEntry(rank, c.assessment().agency(), index, c.indexRounded(), c.predikat().name(), below, tied, percentile,
                    index.subtract(median), national == null ? null : c.indexRounded().subtract(national.index())));
        }
        List<RankEntry> byRank = new ArrayList<>(entries);
        byRank.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
        return new Ranking(framework, year, method, byRank, median, national);
    }

    /** Returns the number of values strictly below v. */
    private static int lowerBound(BigDecimal[] sorted, BigDecimal v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].compareTo(v) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Returns the number of values at or below v. */
    private static int upperBound(BigDecimal[] sorted, BigDecimal v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].compareTo(v) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Returns the number of agencies ranked.
     *
     * @return the count
     */
    public int size() {
        return entries.size();
    }

    /**
     * Returns an agency's entry.
     *
     * @param agency the agency
     * @return its entry, if it is ranked
     */
    public Optional<RankEntry> entry(Agency agency) {
        Objects.requireNonNull(agency, "agency");
        return entries.stream().filter(e -> e.agency().equals(agency)).findFirst();
    }

    /**
     * Returns the ranking in a few lines for a person: the peer median, the national index with its
     * source when known, then one line per agency.
     *
     * @return the summary, lines separated by {@code \n}
     */
    public String summary() {
        StringBuilder s = new StringBuilder().append(entries.size()).append(entries.size() == 1 ? " agency, " : " agencies, ")
                .append(framework).append(' ').append(year).append(", ").append(method.id()).append(" ranking; peer median ")
                .append(median.stripTrailingZeros().toPlainString());
        if (national != null) {
            s.append("\n").append(national).append(", source: ").append(national.source());
        }
        for (RankEntry e : entries) {
            s.append("\n  ").append(e);
            if (e.vsNational() != null) {
                s.append(", ").append(Comparison.signed(e.vsNational())).append(" against the national index");
            }
        }
        return s.toString();
    }

    /** Returns e.g. {@code 6 agencies, spbe-2020 2024, median 2.9425}. */
    @Override
    public String toString() {
        return entries.size() + (entries.size() == 1 ? " agency, " : " agencies, ") + framework + " " + year + ", median "
                + median.stripTrailingZeros().toPlainString();
    }
}
