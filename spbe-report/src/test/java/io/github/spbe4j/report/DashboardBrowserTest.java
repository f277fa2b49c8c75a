package io.github.spbe4j.report;

import static io.github.spbe4j.report.HeadlessChromium.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.complaints.ComplaintRegister;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads the sample city dashboard (catalog, complaints and attendance) in a real browser — headless Chromium, from a file: URL — and checks that
 * the charts are in the page it rendered (its DOM after loading) and painted (its screenshot). This
 * test needs Chromium: it fails, saying how to install it, when there is none (see DEVELOPERS.md);
 * CI installs it. {@code -Dspbe.chromium=PATH} names the binary to use instead of {@code chromium} on the {@code PATH}.
 */
class DashboardBrowserTest {

    private static final Path OUT = Path.of("target", "browser");
    private static Path chromium;
    private static Path html;

    @BeforeAll
    static void writeDashboard() throws IOException {
        chromium = HeadlessChromium.require();
        Files.createDirectories(OUT);
        ComplaintRegister register = DashboardSamples.register();
        html = OUT.resolve("dashboard-kota-contoh.html").toAbsolutePath();
        Files.writeString(html, Dashboard.of(DashboardSamples.catalog()).withComplaints(register, DashboardSamples.complaints(register))
                .withAttendance(DashboardSamples.attendance()).toHtml(), StandardCharsets.UTF_8);
    }

    /** Runs Chromium headless on the page, as {@link HeadlessChromium#run} does; returns what it printed. */
    private static String run(String... args) throws IOException, InterruptedException {
        return HeadlessChromium.run(chromium, OUT, html, args);
    }

    @Test
    void dumpDom_sampleDashboard_chartsAreInTheRenderedPage() throws Exception {
        String dom = run("--dump-dom");
        Document rendered = Jsoup.parse(dom);
        CatalogMetrics m = DashboardSamples.catalog().metrics();

        assertThat(rendered.select("h1").text()).isEqualTo("Pemerintah Kota Contoh (fiktif)");
        for (String id : List.of("chart-online-opd", "chart-online-kelurahan", "chart-pilots", "chart-standar", "chart-complaints",
                "chart-attendance")) {
            Element chart = rendered.getElementById(id);
            assertThat(chart).as("%s in the DOM Chromium rendered", id).isNotNull();
            assertThat(chart.tagName()).isEqualTo("svg");
            assertThat(chart.select("rect.bar")).as("bars of %s", id).isNotEmpty();
        }
        assertThat(rendered.select("#chart-online-opd rect.bar")).hasSize(m.onlineShareByOpd().size());
        assertThat(rendered.select("#chart-online-kelurahan rect.bar")).hasSize(m.onlineShareByKelurahan().size());
        assertThat(rendered.select("#chart-standar rect.bar")).hasSize(m.completeness().size());
        assertThat(rendered.select("table.attendance tbody tr")).hasSize(DashboardSamples.attendance().agencies().size() + 1);
    }

    @Test
    void screenshot_sampleDashboard_chartsArePainted() throws Exception {
        Path png = OUT.resolve("dashboard-kota-contoh.png").toAbsolutePath();
        Files.deleteIfExists(png);
        run("--screenshot=" + png, "--window-size=1000,1400");

        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(10_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        // the bars' blues, as the style sheet gives them, are on the screen
        assertThat(count(image, 0x1f5f99) + count(image, 0x123f66)).as("pixels of the bars").isGreaterThan(5_000);
        assertThat(count(image, 0xffffff)).as("white pixels: the page is not one colour").isLessThan(image.getWidth() * image.getHeight());
    }
}
