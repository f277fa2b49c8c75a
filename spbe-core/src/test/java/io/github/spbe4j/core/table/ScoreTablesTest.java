package io.github.spbe4j.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.testing.ProvinceSample;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTablesTest {

    private static final FrameworkRegistry REGISTRY = FrameworkRegistry.builtIn();

    private static ScoreCard card(String file) {
        return Scorer.score(SpbeJson.readAssessment(Path.of("..", "examples", "data", file)), REGISTRY);
    }

    @Test
    void scoreCards_twoFrameworks_oneRowEachWithEveryNodeAndIndicatorInFrameworkOrder() {
        ScoreCard spbe = card("kota-contoh-2025-spbe-2020.json");
        ScoreCard pemdi = card("kota-contoh-2026-pemdi-2026.json");

        Table t = ScoreTables.scoreCards(List.of(spbe, pemdi));

        assertThat(t.columns().subList(0, 10)).containsExactly("agency", "agency_code", "year", "framework", "stage", "index", "index_rounded",
                "predikat", "node:D1", "node:A1");
        assertThat(t.columns()).containsSubsequence("1", "2", "10", "47", "I1", "I2", "I10");
        assertThat(t.size()).isEqualTo(2);
        Table.Row row = t.row(0);
        assertThat(row.get("index")).isEqualTo(spbe.index());
        assertThat(row.get("index_rounded")).isEqualTo(spbe.indexRounded());
        assertThat(row.get("predikat")).isEqualTo(spbe.predikat().name());
        for (NodeScore n : spbe.nodes()) {
            assertThat((BigDecimal) row.get("node:" + n.code())).isEqualByComparingTo(n.index());
        }
        for (IndicatorScore i : spbe.indicators()) {
            assertThat(row.get(i.code())).isEqualTo(i.value().orElse(null));
        }
        assertThat(row.get("I1")).isNull();
        assertThat(t.row(1).get("1")).isNull();
    }

    @Test
    void scoreCards_toCsv_hasOneHeaderAndOneLinePerCard() {
        List<ScoreCard> cards = ProvinceSample.assessments().stream().map(a -> Scorer.score(a, REGISTRY)).toList();

        String csv = ScoreTables.scoreCards(cards).toCsv();

        assertThat(csv.lines()).hasSize(17);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("agency,agency_code,year,framework,stage,index,index_rounded,predikat,node:D1,");
        assertThat(csv).contains("\nKota Contoh,kota-contoh,2024,spbe-2020,final," + cards.get(0).index().toPlainString() + ",");
    }

    @Test
    void indicators_card_oneRowPerIndicatorWithContributionAndHeadroom() {
        ScoreCard spbe = card("kota-contoh-2025-spbe-2020.json");

        Table t = ScoreTables.indicators(spbe);

        assertThat(t.columns()).containsExactlyElementsOf(ScoreTables.INDICATOR_COLUMNS);
        assertThat(t.size()).isEqualTo(47);
        assertThat(t.row(0).get("code")).isEqualTo("1");
        assertThat(t.row(0).get("origin")).isEqualTo("value");
        // sorted by headroom, largest first, the first row is byHeadroom's first
        assertThat(t.sortedByDescending("headroom").row(0).get("headroom")).isEqualTo(spbe.byHeadroom().get(0).headroom());
    }
}
