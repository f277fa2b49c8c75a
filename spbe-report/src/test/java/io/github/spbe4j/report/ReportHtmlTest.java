package io.github.spbe4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.EvidenceStatus;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML page, parsed as a browser's parser reads it (jsoup implements the HTML5 parsing algorithm). */
class ReportHtmlTest {

    private static Document page(ScoreCard card, Language language) {
        return Jsoup.parse(Report.of(card).withLanguage(language).toHtml());
    }

    @Test
    void toHtml_sample_showsIndexAndPredikatInTheHeadline() {
        ScoreCard card = Samples.card2020();
        Document doc = page(card, Language.ENGLISH);

        assertThat(doc.select("h1").text()).isEqualTo("Kota Contoh");
        assertThat(doc.select(".index-value").text()).isEqualTo(card.indexRounded().toPlainString());
        assertThat(doc.select(".predikat-value").text()).isEqualTo(card.predikat().name());
        assertThat(doc.title()).isEqualTo("Kota Contoh — SPBE assessment report 2025");
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void toHtml_sample_groupChartHasOneBarPerGroupWithItsExactIndexAndTheBands() {
        ScoreCard card = Samples.card2020();
        Element chart = page(card, Language.ENGLISH).getElementById("chart-groups");

        assertThat(chart).isNotNull();
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.select("title#chart-groups-title").text()).isEqualTo("Domain and aspect indices");
        assertThat(chart.select("desc#chart-groups-desc").text()).contains("Domain D1 Kebijakan Internal SPBE: ");
        Elements bars = chart.select("rect.bar");
        assertThat(bars).hasSize(card.nodes().size());
        for (int i = 0; i < bars.size(); i++) {
            assertThat(bars.get(i).attr("data-value")).isEqualTo(card.nodes().get(i).index().toPlainString());
        }
        assertThat(chart.select("text.label").stream().map(Element::ownText).toList()).contains("D2 Tata Kelola SPBE", "A7 Layanan Administrasi Pemerintahan Berbasis Elektronik");
        assertThat(chart.select("rect.band")).hasSize(card.framework().predikat().size());
        assertThat(chart.select("text.band-label").eachText()).containsExactly("Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan");
        assertThat(chart.select("text.tick-label").eachText()).containsExactly("0", "1", "2", "3", "4", "5");
    }

    @Test
    void toHtml_sample_nextLevelChartHasABarPerIndicatorBelowTheTopLargestFirst() {
        ScoreCard card = Samples.card2020();
        Element chart = page(card, Language.ENGLISH).getElementById("chart-next-level");

        Elements bars = chart.select("rect.bar");
        long belowTop = card.indicators().stream().filter(s -> s.value().map(v -> v.intValue() < 5).orElse(true)).count();
        assertThat(bars).hasSize((int) belowTop);
        List<java.math.BigDecimal> values = bars.stream().map(b -> new java.math.BigDecimal(b.attr("data-value"))).toList();
        for (int i = 1; i < values.size(); i++) {
            assertThat(values.get(i)).isLessThanOrEqualTo(values.get(i - 1));
        }
        assertThat(chart.attr("aria-labelledby")).isEqualTo("chart-next-level-title chart-next-level-desc");
    }

    @Test
    void toHtml_sample_indicatorTableHasEveryIndicatorInTreeOrder() {
        ScoreCard card = Samples.card2020();
        Elements rows = page(card, Language.ENGLISH).select("table.indicators tbody tr");

        assertThat(rows).hasSize(card.indicators().size());
        assertThat(rows.eachAttr("id")).isEmpty();
        assertThat(rows.stream().map(r -> r.child(0).text()).toList())
                .isEqualTo(card.indicators().stream().map(s -> s.code()).toList());
    }

    @Test
    void toHtml_anyCard_fetchesNothingAndRunsNothing() {
        for (ScoreCard card : List.of(Samples.card2020(), Samples.cardPemdi())) {
            Document doc = page(card, Language.ENGLISH);

            assertThat(doc.select("script, link, img, iframe, object, embed, base, form, video, audio, source")).isEmpty();
            assertThat(doc.select("[src], [srcset], [style], [xlink:href], [action]")).isEmpty();
            assertThat(doc.select("[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
            assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on"))).isEmpty();
            assertThat(doc.select("style").html()).doesNotContain("url(", "@import");
            assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
        }
    }

    @Test
    void toHtml_inPageLinks_pointAtSectionsThatExist() {
        Document doc = page(Samples.card2020(), Language.ENGLISH);

        for (String href : doc.select("nav.contents a").eachAttr("href")) {
            assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
        }
        assertThat(doc.select("main > section").eachAttr("id")).containsExactly("groups", "next-level", "indicators");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Kota \"Contoh\" & <b>bold</b>", "</title><script>x()</script>",
            "Kota' onmouseover='alert(1)", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "&lt;script&gt;",
            "<!-- open comment", "]]><script>1</script>"})
    void toHtml_hostileAgencyName_staysTextEverywhere(String name) {
        Document doc = page(Samples.card2020Named(name), Language.ENGLISH);

        assertThat(doc.select("script, img, b").not("style")).isEmpty();
        assertThat(doc.select("svg").not(".chart")).isEmpty();
        assertThat(doc.select("h1").text()).isEqualTo(name);
        assertThat(doc.title()).startsWith(name + " — ");
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
        assertThat(doc.select("main > section")).hasSize(3);
    }

    @Test
    void toHtml_indonesian_reportWordsInIndonesianAndDecimalComma() {
        ScoreCard card = Samples.card2020();
        Document doc = page(card, Language.INDONESIAN);

        assertThat(doc.select("html").attr("lang")).isEqualTo("id");
        assertThat(doc.select("main h2").eachText()).containsExactly("Indeks domain dan aspek", "Tambahan dari satu tingkat berikutnya",
                "Indikator");
        assertThat(doc.select(".index-value").text()).isEqualTo(card.indexRounded().toPlainString().replace('.', ','));
        assertThat(doc.select("table.indicators thead th").eachText()).contains("Kode", "Indikator", "Bagian dari", "Tingkat");
        assertThat(doc.getElementById("chart-groups").select("text.label").stream().map(Element::ownText).toList()).contains("D1 Kebijakan Internal SPBE");
    }

    @Test
    void toHtml_pemdi_predikatShowsItsMaturityLabel() {
        ScoreCard card = Samples.cardPemdi();
        Document doc = page(card, Language.ENGLISH);

        assertThat(doc.select(".predikat-value").text()).isEqualTo(card.predikat().name() + " · " + card.predikat().label().orElseThrow());
        assertThat(doc.getElementById("chart-groups").select("rect.bar")).hasSize(card.nodes().size());
    }

    @Test
    void with_addedSection_comesBeforeTheIndicatorTableWithItsEscapedText() {
        ReportSection plan = new ReportSection() {
            @Override
            public String id() {
                return "plan";
            }

            @Override
            public String heading(Language language) {
                return "Plan <b>";
            }

            @Override
            public void writeHtml(HtmlOut out, Language language) {
                out.open("p", "class", "x\" onclick=\"y").text("raise 9 </p><script>").close("p");
            }

            @Override
            public void writeMarkdown(MarkdownOut out, Language language) {
                out.paragraph("raise *9*");
            }
        };
        Report report = Report.of(Samples.card2020()).with(plan);
        Document doc = Jsoup.parse(report.toHtml());

        assertThat(doc.select("main > section").eachAttr("id")).containsExactly("groups", "next-level", "plan", "indicators");
        assertThat(doc.select("#plan h2").text()).isEqualTo("Plan <b>");
        assertThat(doc.select("#plan p").text()).isEqualTo("raise 9 </p><script>");
        assertThat(doc.select("#plan p").attr("class")).isEqualTo("x\" onclick=\"y");
        assertThat(doc.select("script, b, [onclick]")).isEmpty();
        assertThat(report.toMarkdown()).contains("## Plan \\<b\\>\n\nraise \\*9\\*\n\n## Indicators");
    }

    @Test
    void with_sectionIdTakenOrMalformed_isRefused() {
        ReportSection bad = new FixedSection("indicators");
        assertThatThrownBy(() -> Report.of(Samples.card2020()).with(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already has a section with id indicators");
        assertThatThrownBy(() -> Report.of(Samples.card2020()).with(new FixedSection("Plan x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower-case letters");
        Report twice = Report.of(Samples.card2020()).with(new FixedSection("plan"));
        assertThatThrownBy(() -> twice.with(new FixedSection("plan"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toHtml_sectionLeavingAnElementOpen_isRefused() {
        ReportSection unclosed = new FixedSection("open") {
            @Override
            public void writeHtml(HtmlOut out, Language language) {
                out.open("div");
            }
        };
        assertThatThrownBy(() -> Report.of(Samples.card2020()).with(unclosed).toHtml()).isInstanceOf(IllegalStateException.class)
                .hasMessage("section open left 1 element(s) open");
    }

    @Test
    void scoreCard_notYetIndicated_listedInTheFactsAndNextLevelIsTheScalesLowest() {
        Assessment sample = Samples.assessment2020();
        Assessment.Builder b = Assessment.builder("spbe-2020", sample.agency(), sample.year());
        sample.inputs().forEach((code, input) -> {
            if (!code.equals("9")) {
                b.value(code, ((IndicatorInput.Value) input).value());
            }
        });
        ScoreCard card = Scorer.of(FrameworkRegistry.builtIn().get("spbe-2020"))
                .score(b.evidence("9", List.of(EvidenceItem.of(1, "Kebijakan audit TIK", EvidenceStatus.MISSING))).build());
        Document doc = page(card, Language.ENGLISH);

        assertThat(doc.select(".facts dd").eachText()).contains("9");
        Element row = doc.select("table.indicators tbody tr").get(8);
        assertThat(row.child(0).text()).isEqualTo("9");
        assertThat(row.child(4).text()).isEqualTo("Not yet indicated");
        assertThat(row.child(9).text()).isEqualTo("1");
    }

    /** A section with an id and nothing in it. */
    static class FixedSection implements ReportSection {
        private final String id;

        FixedSection(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String heading(Language language) {
            return id;
        }

        @Override
        public void writeHtml(HtmlOut out, Language language) {
        }

        @Override
        public void writeMarkdown(MarkdownOut out, Language language) {
        }
    }
}
