package io.github.spbe4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.analysis.Ranking;
import io.github.spbe4j.core.analysis.Series;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.plan.PlanOutcome;
import io.github.spbe4j.core.plan.Planner;
import io.github.spbe4j.core.plan.Target;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plan, series and ranking sections, parsed as a browser's parser reads the page. */
class ReportSectionsTest {

    /** The 2020 sample with every indicator at one level, for another agency or year. */
    static ScoreCard card(String name, int year, int level) {
        Assessment a = Samples.assessment2020();
        Assessment.Builder b = Assessment.builder("spbe-2020", Agency.named(name), year);
        a.inputs().keySet().forEach(code -> b.value(code, BigDecimal.valueOf(level)));
        return Scorer.score(b.build(), FrameworkRegistry.builtIn());
    }

    /** The sample (Kota Contoh 2025) among five peers of 2025. */
    static Ranking peers(ScoreCard card) {
        List<ScoreCard> cards = new ArrayList<>(List.of(card(Samples.OTHER + " A", 2025, 4), card(Samples.OTHER + " B", 2025, 3),
                card(Samples.OTHER + " C", 2025, 2), card(Samples.OTHER + " D", 2025, 1)));
        cards.add(card);
        return Ranking.of(cards);
    }

    static Series series(ScoreCard card) {
        ScoreCard earlier = Scorer.score(card.assessment().toBuilder().year(2023).build(), FrameworkRegistry.builtIn());
        ScoreCard pemdi = Scorer.score(Samples.pemdiAssessment().toBuilder().agency(card.assessment().agency()).build(),
                FrameworkRegistry.builtIn());
        return Series.of(List.of(earlier, card, pemdi));
    }

    static Report full(ScoreCard card, Language language) {
        PlanOutcome outcome = Planner.of(card).plan(Target.parse("Memuaskan"));
        return Report.of(card).withLanguage(language).with(ReportSections.plan(card, outcome)).with(ReportSections.series(series(card)))
                .with(ReportSections.ranking(peers(card), card.assessment().agency()));
    }

    @Test
    void plan_sampleToMemuaskan_showsTargetCostIndexAndEveryChangeWithAChart() {
        ScoreCard card = Samples.card2020();
        PlanOutcome outcome = Planner.of(card).plan(Target.parse("Memuaskan"));
        Document doc = Jsoup.parse(Report.of(card).with(ReportSections.plan(card, outcome)).toHtml());

        Element section = doc.getElementById("plan");
        assertThat(section.select("h2").text()).isEqualTo("The plan: Target Memuaskan");
        assertThat(section.select(".facts dd").eachText()).contains("Memuaskan (4.20)", "yes: the plan reaches the target", "71",
                outcome.plan().indexRounded().toPlainString() + " (" + outcome.plan().index().toPlainString() + ")", "Memuaskan");
        Element chart = doc.getElementById("chart-plan");
        assertThat(chart.select("rect.bar").eachAttr("data-value")).containsExactly(card.index().toPlainString(),
                outcome.plan().index().toPlainString());
        assertThat(new BigDecimal(chart.select("line.marker.target").attr("data-value"))).isEqualByComparingTo("4.20");
        assertThat(chart.select("rect.band")).hasSize(5);
        Elements rows = section.select("table.plan-changes tbody tr");
        assertThat(rows).hasSize(outcome.plan().changes().size());
        assertThat(rows.get(0).child(0).text()).isEqualTo(outcome.plan().changes().get(0).code());
        assertThat(rows.get(0).child(3).text()).isEqualTo(outcome.plan().changes().get(0).to().toPlainString());
        assertThat(doc.select("main > section").eachAttr("id")).containsExactly("groups", "next-level", "plan", "indicators");
    }

    @Test
    void plan_outOfReach_saysSoAndShowsTheHighestPlan() {
        ScoreCard card = Samples.card2020();
        PlanOutcome outcome = Planner.of(card, io.github.spbe4j.core.plan.CostModel.uniform().withMaxStepsPerCycle(1))
                .plan(Target.parse("Memuaskan"));
        assertThat(outcome.reachable()).isFalse();

        Document doc = Jsoup.parse(Report.of(card).withLanguage(Language.INDONESIAN).with(ReportSections.plan(card, outcome)).toHtml());

        assertThat(doc.select("#plan .facts dd").eachText()).anyMatch(t -> t.startsWith("tidak: di luar jangkauan"));
        assertThat(doc.select("#plan h2").text()).isEqualTo("Rencana: Sasaran Memuaskan");
        assertThat(doc.select("#chart-plan rect.bar").get(1).attr("data-value")).isEqualTo(outcome.plan().index().toPlainString());
    }

    @Test
    void plan_targetAlreadyMet_saysNoChangeIsNeeded() {
        ScoreCard card = Samples.card2020();
        Document doc = Jsoup.parse(Report.of(card).with(ReportSections.plan(card, Planner.of(card).plan(Target.parse("2")))).toHtml());

        assertThat(doc.select("#plan .note").text()).isEqualTo("No change is needed: the target is already met.");
        assertThat(doc.select("#plan table")).isEmpty();
    }

    @Test
    void plan_ofAnotherCard_isRefused() {
        ScoreCard card = Samples.card2020();
        PlanOutcome other = Planner.of(card(Samples.OTHER, 2025, 2)).plan(Target.parse("Baik"));

        assertThatThrownBy(() -> ReportSections.plan(card, other)).isInstanceOf(SpbeException.class)
                .hasMessageContaining("another agency, year or framework");
    }

    @Test
    void series_acrossFrameworks_drawsAPointPerYearMarksTheChangeAndSaysIndicatorsAreNotCompared() {
        ScoreCard card = Samples.card2020();
        Series series = series(card);
        Document doc = Jsoup.parse(Report.of(card).with(ReportSections.series(series)).toHtml());

        Element chart = doc.getElementById("chart-series");
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.select("circle.point").eachAttr("data-year")).containsExactly("2023", "2025", "2026");
        assertThat(chart.select("circle.point").eachAttr("data-value")).containsExactly(series.points().get(0).index().toPlainString(),
                series.points().get(1).index().toPlainString(), series.points().get(2).index().toPlainString());
        assertThat(chart.select("polyline.trend").attr("points").split(" ")).hasSize(3);
        assertThat(chart.select("line.framework-change")).hasSize(1);
        assertThat(chart.select("text.framework-label").text()).isEqualTo("→ pemdi-2026");
        // each year's bands: spbe-2020's five over 2023 and 2025, Pemdi's over 2026
        assertThat(chart.select("rect.band")).hasSize(5 + 5 + FrameworkRegistry.builtIn().get("pemdi-2026").predikat().size());
        assertThat(doc.select("#series .note.across-frameworks").text()).startsWith("Indicator-level comparison across frameworks is not defined");
        assertThat(doc.select("#series table.series-years tbody tr")).hasSize(3);
        assertThat(doc.select("#series table.series-years tbody tr").get(2).child(5).text()).endsWith("(framework changed)");
    }

    @Test
    void series_oneFramework_hasNoNoteAndNoChangeMark() {
        ScoreCard card = Samples.card2020();
        ScoreCard earlier = Scorer.score(Samples.assessment2020().toBuilder().year(2024).build(), FrameworkRegistry.builtIn());
        Document doc = Jsoup.parse(Report.of(card).with(ReportSections.series(Series.of(List.of(earlier, card)))).toHtml());

        assertThat(doc.select("#series .across-frameworks")).isEmpty();
        assertThat(doc.select("#chart-series line.framework-change")).isEmpty();
        assertThat(doc.select("#chart-series circle.point")).hasSize(2);
    }

    @Test
    void ranking_sampleAmongPeers_highlightsItWithMedianAndRank() {
        ScoreCard card = Samples.card2020();
        Ranking ranking = peers(card);
        Document doc = Jsoup.parse(Report.of(card).with(ReportSections.ranking(ranking, card.assessment().agency())).toHtml());

        Element chart = doc.getElementById("chart-ranking");
        assertThat(chart.select("rect.bar")).hasSize(5);
        assertThat(chart.select("rect.bar-self")).hasSize(1);
        assertThat(chart.select("rect.bar-self").attr("data-value")).isEqualTo(card.index().toPlainString());
        assertThat(chart.select("rect.bar-self").attr("data-rank")).isEqualTo("3");
        assertThat(chart.select("line.marker.median").attr("data-value")).isEqualTo(ranking.median().toPlainString());
        // no national index is published for 2025
        assertThat(chart.select("line.marker.national")).isEmpty();
        assertThat(doc.select("#ranking .facts dd").eachText()).contains("3 of 5 (spbe-2020, 2025)", "not published for this framework and year");
        assertThat(doc.select("#ranking table.peers tbody tr.self th").text()).isEqualTo("3");
        assertThat(doc.select("#ranking table.peers tbody tr")).hasSize(5);
    }

    @Test
    void ranking_yearWithANationalIndex_drawsItsLineAndNamesItsSource() {
        List<ScoreCard> cards = List.of(card("Kota A", 2024, 4), card("Kota B", 2024, 3), card("Kota C", 2024, 2));
        Document doc = Jsoup.parse(Report.of(cards.get(1)).with(ReportSections.ranking(Ranking.of(cards), Agency.named("Kota B"))).toHtml());

        assertThat(doc.select("#chart-ranking line.marker.national").attr("data-value")).isEqualTo("3.12");
        assertThat(doc.select("#ranking .facts dd").eachText()).anyMatch(t -> t.startsWith("3.12 (source: KemenPANRB"));
        assertThat(doc.select("#ranking .facts dd").eachText()).contains("-0.12");
    }

    @Test
    void ranking_agencyNotAmongThePeers_isRefused() {
        Ranking ranking = Ranking.of(List.of(card("Kota A", 2025, 4)));

        assertThatThrownBy(() -> ReportSections.ranking(ranking, Agency.named("Kota Z"))).isInstanceOf(SpbeException.class)
                .hasMessageContaining("not among the 1 agencies ranked");
    }

    @Test
    void toHtml_allThreeSections_comeInOrderWithLinksAndNoScript() {
        Document doc = Jsoup.parse(full(Samples.card2020(), Language.ENGLISH).toHtml());

        assertThat(doc.select("main > section").eachAttr("id")).containsExactly("groups", "next-level", "plan", "series", "ranking",
                "indicators");
        assertThat(doc.select("svg.chart").eachAttr("id")).containsExactly("chart-groups", "chart-next-level", "chart-plan", "chart-series",
                "chart-ranking");
        for (String href : doc.select("nav.contents a").eachAttr("href")) {
            assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
        }
        assertThat(doc.select("script, link, img, iframe, [src], [style], [href]:not(nav a)")).isEmpty();
    }

    @Test
    void toHtml_indonesian_sectionsInIndonesian() {
        Document doc = Jsoup.parse(full(Samples.card2020(), Language.INDONESIAN).toHtml());

        assertThat(doc.select("main h2").eachText()).contains("Rencana: Sasaran Memuaskan", "Dari tahun ke tahun", "Di antara sesamanya");
        assertThat(doc.select("#series .across-frameworks").text()).startsWith("Perbandingan per indikator antar kerangka tidak terdefinisi");
        assertThat(doc.select("#ranking .facts dt").eachText()).contains("Peringkat", "Median kelompok");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "</title><script>x()</script>", "Kota' onmouseover='alert(1)",
            "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "]]><script>1</script>"})
    void toHtml_hostileAgencyNameInEverySection_staysText(String name) {
        ScoreCard card = Samples.card2020Named(name);
        Document doc = Jsoup.parse(full(card, Language.ENGLISH).toHtml());

        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.select("svg").not(".chart")).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
        assertThat(doc.select("#chart-ranking title#chart-ranking-title").text()).isEqualTo("Among its peers: " + name);
        assertThat(doc.select("#chart-ranking text.self-label").text()).startsWith(name + " ");
        assertThat(doc.select("#chart-series-title").text()).isEqualTo("Over the years: " + name);
        assertThat(doc.select("#ranking table.peers tr.self td").get(0).text()).isEqualTo(name);
    }

    @Test
    void toMarkdown_allThreeSections_asTablesWithEscapedNames() {
        ScoreCard card = Samples.card2020Named("Kota *Contoh* | <b>");
        String md = full(card, Language.ENGLISH).toMarkdown();

        assertThat(md).contains("## The plan: Target Memuaskan\n\n", "- Cost: 71\n", "| Code | Indicator | From | To | Level steps | Cost |",
                "## Over the years\n\n", "| 2026 | pemdi-2026 |", "Indicator-level comparison across frameworks is not defined",
                "## Among its peers\n\n", "- Rank: 3 of 5 (spbe-2020, 2025)\n", "| 3 | Kota \\*Contoh\\* \\| \\<b\\> (this agency) |");
        assertThat(md).doesNotContain("<b>", "*Contoh*");
        assertThat(md.indexOf("## Among its peers")).isLessThan(md.indexOf("## Indicators"));
    }
}
