package io.github.spbe4j.core.table;

import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Score cards as {@link Table}s: many cards as rows, ready for pandas or a spreadsheet
 * ({@code ScoreTables.scoreCards(cards).toCsv()}), and one card's indicators as rows.
 *
 * <p>The columns of {@link #scoreCards(List)}, in this order:
 * <ul>
 *   <li>{@code agency}, {@code agency_code}, {@code year}, {@code framework}, {@code stage}: the assessment's;</li>
 *   <li>{@code index} (exact), {@code index_rounded} (two decimals, half-up), {@code predikat} (the band's name);</li>
 *   <li>{@code node:CODE} for every group (domain, aspect, …) of the cards' frameworks, in tree order: its
 *       index, exact;</li>
 *   <li>{@code CODE} for every indicator, in framework order: its value, empty when not yet indicated —
 *       the same columns as the wide assessment sheet ({@link AssessmentSheet}).</li>
 * </ul>
 * Cards of several frameworks share one header: node and indicator columns are the union over the
 * frameworks, in the order they first appear, each in its own order; a row leaves another framework's
 * columns empty.
 *
 * @since 0.1.0
 */
public final class ScoreTables {

    /** The prefix of a group's index column, e.g. {@code node:D1}. */
    public static final String NODE_PREFIX = "node:";

    /** The columns of {@link #scoreCards(List)} before the groups'. */
    public static final List<String> CARD_COLUMNS = List.of("agency", "agency_code", "year", "framework", "stage", "index",
            "index_rounded", "predikat");

    /** The columns of {@link #indicators(ScoreCard)}. */
    public static final List<String> INDICATOR_COLUMNS = List.of("code", "name", "value", "origin", "contribution",
            "headroom");

    private ScoreTables() {
    }

    /**
     * Returns score cards as rows, one per card, in the order given.
     *
     * @param cards the cards
     * @return the table
     */
    public static Table scoreCards(List<ScoreCard> cards) {
        Objects.requireNonNull(cards, "cards");
        Set<String> nodes = new LinkedHashSet<>();
        Set<String> indicators = new LinkedHashSet<>();
        Set<String> frameworks = new LinkedHashSet<>();
        for (ScoreCard card : cards) {
            Framework f = Objects.requireNonNull(card, "card").framework();
            if (frameworks.add(f.id())) {
                f.groups().forEach(g -> nodes.add(g.code()));
                f.indicators().forEach(i -> indicators.add(i.code()));
            }
        }
        List<String> columns = new ArrayList<>(CARD_COLUMNS);
        nodes.forEach(code -> columns.add(NODE_PREFIX + code));
        columns.addAll(indicators);
        Map<String, Integer> at = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            at.put(columns.get(c), c);
        }
        List<List<@Nullable Object>> rows = new ArrayList<>(cards.size());
        for (ScoreCard card : cards) {
            @Nullable Object[] cells = new Object[columns.size()];
            var a = card.assessment();
            cells[0] = a.agency().name();
            cells[1] = a.agency().code().orElse(null);
            cells[2] = BigDecimal.valueOf(a.year());
            cells[3] = a.frameworkId();
            cells[4] = a.stage().id();
            cells[5] = card.index();
            cells[6] = card.indexRounded();
            cells[7] = card.predikat().name();
            for (NodeScore n : card.nodes()) {
                cells[at.get(NODE_PREFIX + n.code())] = n.index();
            }
            for (IndicatorScore i : card.indicators()) {
                cells[at.get(i.code())] = i.value().orElse(null);
            }
            rows.add(Arrays.asList(cells));
        }
        return Table.of(columns, rows);
    }

    /**
     * Returns one card's indicators as rows, in framework order: {@code code}, {@code name},
     * {@code value} (empty when not yet indicated), {@code origin} ({@code value}, {@code evidence},
     * {@code external}), {@code contribution} (what it adds to the index) and
     * {@code headroom} (what raising it to the scale's maximum would add), exact.
     *
     * @param card the card
     * @return the table
     */
    public static Table indicators(ScoreCard card) {
        Objects.requireNonNull(card, "card");
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (IndicatorScore i : card.indicators()) {
            Indicator ind = i.indicator();
            rows.add(Arrays.asList(ind.code(), ind.name(), i.value().orElse(null), i.origin().id(),
                    i.contribution(), i.headroom()));
        }
        return Table.of(INDICATOR_COLUMNS, rows);
    }
}
