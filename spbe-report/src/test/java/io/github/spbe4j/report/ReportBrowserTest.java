package io.github.spbe4j.report;

import static io.github.spbe4j.report.HeadlessChromium.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.scoring.ScoreCard;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads the sample report in a real browser — headless Chromium, from a file: URL — and checks that
 * the charts are in the page it rendered (its DOM after loading) and painted (its screenshot). This
 * test needs Chromium: it fails, saying how to install it, when there is none (see DEVELOPERS.md);
 * CI installs it. {@code -Dspbe.chromium=PATH} names the binary to use instead of {@code chromium} on the {@code PATH}.
 */
class ReportBrowserTest {

    private static final Path OUT = Path.of("target", "browser");
    private static Path chromium;
    private static Path html;
    private static Path fullHtml;
    private static ScoreCard card;

    @BeforeAll
    static void writeReport() throws IOException {
        chromium = HeadlessChromium.require();
        Files.createDirectories(OUT);
        card = Samples.card2020();
        html = OUT.resolve("report-kota-contoh-2025.html").toAbsolutePath();
        Files.writeString(html, Report.of(card).toHtml(), StandardCharsets.UTF_8);
        fullHtml = OUT.resolve("report-kota-contoh-2025-plan-series-ranking.html").toAbsolutePath();
        Files.writeString(fullHtml, ReportSectionsTest.full(card, Language.ENGLISH).toHtml(), StandardCharsets.UTF_8);
    }

    /** Runs Chromium headless on the page, as {@link HeadlessChromium#run} does; returns what it printed. */
    private static String run(String... args) throws IOException, InterruptedException {
        return run(html, args);
    }

    private static String run(Path page, String... args) throws IOException, InterruptedException {
        return HeadlessChromium.run(chromium, OUT, page, args);
    }

    @Test
    void dumpDom_sampleReport_chartsAreInTheRenderedPage() throws Exception {
        String dom = run("--dump-dom");
        Document rendered = Jsoup.parse(dom);

        assertThat(rendered.select("h1").text()).isEqualTo("Kota Contoh");
        assertThat(rendered.select(".index-value").text()).isEqualTo(card.indexRounded().toPlainString());
        Element groups = rendered.getElementById("chart-groups");
        assertThat(groups).as("the domain and aspect chart in the DOM Chromium rendered").isNotNull();
        assertThat(groups.tagName()).isEqualTo("svg");
        assertThat(groups.select("rect.bar")).hasSize(card.nodes().size());
        assertThat(groups.select("rect.band")).hasSize(card.framework().predikat().size());
        Element next = rendered.getElementById("chart-next-level");
        assertThat(next).isNotNull();
        assertThat(next.select("rect.bar")).hasSizeGreaterThan(40);
        assertThat(rendered.select("table.indicators tbody tr")).hasSize(card.indicators().size());
    }

    @Test
    void screenshot_sampleReport_chartsArePainted() throws Exception {
        Path png = OUT.resolve("report-kota-contoh-2025.png").toAbsolutePath();
        Files.deleteIfExists(png);
        run("--screenshot=" + png, "--window-size=1000,1400");

        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(10_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        // the bars' blues and the predikat bands' colours, as the style sheet gives them, are on the screen
        assertThat(count(image, 0x1f5f99) + count(image, 0x123f66)).as("pixels of the bars").isGreaterThan(5_000);
        assertThat(count(image, 0xfde2c4)).as("pixels of the Cukup band").isGreaterThan(5_000);
        assertThat(count(image, 0xb7e4c7)).as("pixels of the Memuaskan band").isGreaterThan(2_000);
        assertThat(count(image, 0xffffff)).as("white pixels: the page is not one colour").isLessThan(image.getWidth() * image.getHeight());
    }

    @Test
    void dumpDom_reportWithPlanSeriesAndRanking_theirChartsAreInTheRenderedPage() throws Exception {
        Document rendered = Jsoup.parse(run(fullHtml, "--dump-dom"));

        assertThat(rendered.select("main > section").eachAttr("id")).containsExactly("groups", "next-level", "plan", "series", "ranking",
                "indicators");
        Element plan = rendered.getElementById("chart-plan");
        assertThat(plan).as("the plan's chart in the DOM Chromium rendered").isNotNull();
        assertThat(plan.select("rect.bar")).hasSize(2);
        assertThat(plan.select("line.marker.target")).hasSize(1);
        Element series = rendered.getElementById("chart-series");
        assertThat(series).isNotNull();
        assertThat(series.select("circle.point")).hasSize(3);
        assertThat(series.select("polyline.trend")).hasSize(1);
        assertThat(series.select("line.framework-change")).hasSize(1);
        Element ranking = rendered.getElementById("chart-ranking");
        assertThat(ranking).isNotNull();
        assertThat(ranking.select("rect.bar")).hasSize(5);
        assertThat(ranking.select("rect.bar-self")).hasSize(1);
        assertThat(ranking.select("line.marker.median")).hasSize(1);
    }

    @Test
    void screenshot_reportWithPlanSeriesAndRanking_theirChartsArePainted() throws Exception {
        Path png = OUT.resolve("report-kota-contoh-2025-plan-series-ranking.png").toAbsolutePath();
        Files.deleteIfExists(png);
        // tall enough for the page down to the ranking's chart
        run(fullHtml, "--screenshot=" + png, "--window-size=1000,5600");

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getHeight()).isEqualTo(5600);
        // the agency's own column in the ranking and the target line of the plan share one red
        assertThat(count(image, 0xc0392b)).as("pixels of the highlighted column and the target line").isGreaterThan(300);
        // the trend line and its points
        assertThat(count(image, 0x1f5f99) + count(image, 0x123f66)).as("pixels of bars, the trend and its points").isGreaterThan(8_000);
    }
}
